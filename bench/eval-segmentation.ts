/**
 * Segmentation accuracy on the dev sets: boundary precision, recall and F1 per file and
 * language against the gold .txt segmentation (see data/dev/align/README.md).
 * Usage: npm run eval [-- --verbose]
 */
import { join } from 'node:path';
import { readDocumentFile } from '../src/formats/index.js';
import { segmentDocument } from '../src/documents/pipeline.js';
import { ALIGN_DIR, boundaryScore, goldSegments, setNames } from './lib/gold.js';

export function evalSegmentation(verbose = false): { worstF1: number } {
  let worstF1 = 1;
  console.log('segmentation (boundary P / R / F1)');
  for (const name of setNames()) {
    for (const lang of ['en', 'tr'] as const) {
      const doc = readDocumentFile(join(ALIGN_DIR, `${name}.${lang}.md`));
      const system = segmentDocument(doc, lang).segments.map((s) => s.text);
      const gold = goldSegments(name, lang);
      const score = boundaryScore(system, gold);
      worstF1 = Math.min(worstF1, score.f1);
      console.log(
        `  ${name.padEnd(10)} ${lang}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}  (${system.length} system / ${gold.length} gold segments)${score.sameText ? '' : '  TEXT DIFFERS'}`,
      );
      if (verbose && score.f1 < 1) {
        const g = new Set(gold);
        for (const s of system) if (!g.has(s)) console.log(`    system: ${s}`);
        const sys = new Set(system);
        for (const s of gold) if (!sys.has(s)) console.log(`    gold:   ${s}`);
      }
    }
  }
  console.log(`  worst F1 ${worstF1.toFixed(3)} (goal ≥ 0.99)`);
  return { worstF1 };
}

if (import.meta.url === `file://${process.argv[1]}`) evalSegmentation(process.argv.includes('--verbose'));
