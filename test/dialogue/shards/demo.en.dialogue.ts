// One shard of the dialogue benchmark (see ../dialogue.config.mjs): the demo shop in 'en'.
import { runShard } from '../eval.ts';

runShard('demo', 'en');
