/** Side-effect module: the shims must run before web-llm is evaluated (see shimmed-llm.worker.ts). */
import { installWorkerShims } from './shims.ts';

installWorkerShims();
