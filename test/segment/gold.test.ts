import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/documents/index.js';
import { readDocumentFile } from '../../src/formats/index.js';
import { ALIGN_DIR, boundaryScore, goldSegments, setNames } from '../../bench/lib/gold.js';

// The dev sets in data/dev/align: every file must reach boundary F1 ≥ 0.99.
describe('segmentation of the dev documents', () => {
  const names = setNames();
  it('finds the dev sets', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });
  for (const name of names) {
    for (const lang of ['en', 'tr'] as const) {
      it(`${name}.${lang}: boundary F1 ≥ 0.99 and the same text as the gold`, () => {
        const doc = readDocumentFile(join(ALIGN_DIR, `${name}.${lang}.md`));
        const system = segmentDocument(doc, lang).segments.map((s) => s.text);
        const score = boundaryScore(system, goldSegments(name, lang));
        expect(score.sameText).toBe(true);
        expect(score.f1).toBeGreaterThanOrEqual(0.99);
      });
    }
  }
});
