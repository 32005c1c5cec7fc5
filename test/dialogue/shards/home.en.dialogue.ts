// One shard of the dialogue benchmark (see ../dialogue.config.mjs): the home shop in 'en'.
import { runShard } from '../eval.ts';

runShard('home', 'en');
