/** npm run eval: segmentation and alignment accuracy on the dev sets. */
import { evalAlignment } from './eval-alignment.js';
import { evalSegmentation } from './eval-segmentation.js';

const verbose = process.argv.includes('--verbose');
evalSegmentation(verbose);
console.log('');
evalAlignment(verbose);
