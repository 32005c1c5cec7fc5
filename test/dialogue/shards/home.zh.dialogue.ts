// One shard of the dialogue benchmark (see ../dialogue.config.mjs): the home shop in 'zh'.
import { runShard } from '../eval.ts';

runShard('home', 'zh');
