/** npm run eval: segmentation, alignment and QA accuracy on the dev sets. */
import { evalAlignment } from './eval-alignment.js';
import { evalParagraphs } from './eval-paragraphs.js';
import { evalPerturbed } from './eval-perturbed.js';
import { evalBinaryVariants, evalVariants } from './eval-variants.js';
import { evalMojibakeSynthetic } from './eval-mojibake-synthetic.js';
import { evalMojibake, evalTerms } from './eval-qa.js';
import { evalSegmentation } from './eval-segmentation.js';
import { evalReal } from './eval-real.js';
import { evalRestore } from './eval-restore.js';
import { evalSubUnits } from './eval-subunits.js';

const verbose = process.argv.includes('--verbose');
evalSegmentation(verbose);
console.log('');
evalAlignment(verbose);
console.log('');
evalPerturbed();
console.log('');
console.log('sentence-level TM units of many-to-one beads (dev and unseen gold)');
evalSubUnits();
console.log('');
evalParagraphs();
console.log('');
evalVariants();
console.log('');
await evalBinaryVariants();
console.log('');
evalTerms(verbose);
console.log('');
evalMojibake(verbose);
console.log('');
evalMojibakeSynthetic(verbose);
console.log('');
await evalRestore();
// real published pages, read from where they are (never copied): npm run eval -- --real ../shared/data/real-dev
const real = process.argv.indexOf('--real');
if (real >= 0) {
  console.log('');
  evalReal(process.argv[real + 1] ?? '../shared/data/real-dev', verbose);
}
