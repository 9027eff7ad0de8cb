import { describe, expect, it } from 'vitest';
import { AnchorIndex, matchedWeight } from '../../src/align/index.js';
import { defaultGlossary, glossaryAnchors, TermMatcher } from '../../src/glossary/index.js';

describe('glossary terms as alignment anchors', () => {
  const anchors = glossaryAnchors(new TermMatcher(defaultGlossary()));

  it('gives a term and its inflected or variant translation the same key', () => {
    const en = anchors('Trucks would use the Zangezur corridor.', 'en');
    const tr = anchors("Kamyonlar Zengezur koridorunu kullanacak; Zangezur'un önemi büyük.", 'tr');
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((a) => a.kind === 'term')).toBe(true);
    for (const a of en) expect(tr.map((t) => t.key)).toContain(a.key);
  });

  it('counts as a shared anchor of a bead', () => {
    const src = [anchors('Posts on Odnoklassniki spread the claim.', 'en')];
    const tgt = [anchors("Odnoklassniki'deki paylaşımlar iddiayı yaydı.", 'tr'), anchors('Liman büyüdü.', 'tr')];
    const index = new AnchorIndex(src, tgt);
    const s = index.encodeAll(src, 'src');
    const t = index.encodeAll(tgt, 'tgt');
    const scratch = new Int32Array(index.weights.length);
    expect(matchedWeight(s, 0, 1, t, 0, 1, index.weightTable(), scratch)).toBeGreaterThan(0);
    expect(matchedWeight(s, 0, 1, t, 1, 1, index.weightTable(), scratch)).toBe(0);
  });
});
