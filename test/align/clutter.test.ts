import { describe, expect, it } from 'vitest';
import { alignSides, type AlignSide } from '../../src/align/index.js';
import { datesIn, extractAnchors } from '../../src/align/anchors.js';

/** Sides made of paragraphs of sentences, as a page reads: each list a paragraph. */
function side(lang: 'en' | 'tr', paragraphs: string[][], kinds: ('body' | 'metadata' | 'heading')[] = []): AlignSide {
  return {
    lang,
    paragraphs: paragraphs.map((_, p) => ({ kind: kinds[p] ?? ('body' as const) })),
    segments: paragraphs.flatMap((sentences, p) => sentences.map((text) => ({ text, paragraph: p }))),
  };
}
/** The beads as [en, tr] index lists, in a fixed order (a 1-0 and a 0-1 side by side may come either way). */
const shapes = (en: AlignSide, tr: AlignSide) => alignSides(en, tr).map((b) => [b.src, b.tgt]).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));

describe('dates as one anchor', () => {
  it('reads a date written out in either language, or in digits, as one day', () => {
    expect(datesIn('Published 16 September 2015 in Ankara', 'en').map((d) => d.key)).toEqual(['2015-09-16']);
    expect(datesIn("21 Temmuz 2015'te açıklandı", 'tr').map((d) => d.key)).toEqual(['2015-07-21']);
    expect(datesIn('September 16, 2015', 'en').map((d) => d.key)).toEqual(['2015-09-16']);
    expect(datesIn('31/08/2018 - 18:46', 'en').map((d) => d.key)).toEqual(['2018-08-31']);
    expect(datesIn('in 2015 and 2016', 'en')).toEqual([]);
  });
  it('the same year in another date is not a shared anchor', () => {
    const en = extractAnchors('16 September 2015', 'en');
    const tr = extractAnchors('21 Temmuz 2015', 'tr');
    expect(en).toEqual([{ kind: 'date', key: '2015-09-16' }]);
    expect(tr).toEqual([{ kind: 'date', key: '2015-07-21' }]);
  });
});

describe('page clutter on real pages', () => {
  it('a dateline pairs with the same date, or with nothing', () => {
    const en = side('en', [['Aktau port doubles its capacity'], ['16 September 2015'], ['The port of Aktau will double its capacity by 2030, the ministry said on Tuesday.']], ['heading', 'metadata', 'body']);
    const tr = side('tr', [['Aktau limanı kapasitesini ikiye katlıyor'], ['21 Temmuz 2015'], ['Bakanlık salı günü yaptığı açıklamada Aktau limanının kapasitesini 2030 yılına kadar ikiye katlayacağını söyledi.']], ['heading', 'metadata', 'body']);
    expect(shapes(en, tr)).toEqual([[[], [1]], [[0], [0]], [[1], []], [[2], [2]]]);
    const same = side('tr', [['Aktau limanı kapasitesini ikiye katlıyor'], ['16 Eylül 2015'], ['Bakanlık salı günü yaptığı açıklamada Aktau limanının kapasitesini 2030 yılına kadar ikiye katlayacağını söyledi.']], ['heading', 'metadata', 'body']);
    expect(shapes(en, same)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
  });

  it('a section label next to a sentence is not part of its translation', () => {
    const en = side('en', [['The port of Aktau will double its capacity by 2030, the ministry of transport said on Tuesday.']]);
    const tr = side('tr', [['Haberler', 'Ulaştırma bakanlığı salı günü Aktau limanının kapasitesini 2030 yılına kadar ikiye katlayacağını söyledi.']]);
    expect(shapes(en, tr)).toEqual([[[], [0]], [[0], [1]]]);
  });

  it('sentences that keep their numbers still pair one to one', () => {
    const en = side('en', [['Fewer than twenty ships serve the route, most of them built before 1991.', 'Trade grew by 40 percent in 2023.']]);
    const tr = side('tr', [['Hatta yirmiden az gemi hizmet veriyor ve çoğu 1991 öncesinde inşa edildi.', 'Ticaret 2023 yılında yüzde 40 büyüdü.']]);
    expect(shapes(en, tr)).toEqual([[[0], [0]], [[1], [1]]]);
  });

  it('clutter with nothing in common stays unpaired, and is not flagged for it; a title kept as it is pairs', () => {
    const body = {
      en: 'The port of Aktau will double its capacity by 2030, the ministry of transport said on Tuesday.',
      tr: 'Ulaştırma bakanlığı salı günü Aktau limanının kapasitesini 2030 yılına kadar ikiye katlayacağını söyledi.',
    };
    const en = side('en', [['By Ayşe Demirtaş'], [body.en]], ['metadata', 'body']);
    const tr = side('tr', [["Facebook'ta PaylaşTwitter'da Paylaş"], [body.tr]], ['metadata', 'body']);
    const beads = alignSides(en, tr);
    expect(shapes(en, tr)).toEqual([[[], [0]], [[0], []], [[1], [1]]]);
    // a run of unpaired clutter: each line is sure to have no counterpart, whatever order the two are listed in
    for (const b of beads.filter((x) => !x.src.length || !x.tgt.length)) {
      expect(b.score).toBeGreaterThan(0.7);
      expect(b.needsReview).toBe(false);
    }
    const kept = side('tr', [['By Ayşe Demirtaş'], [body.tr]], ['metadata', 'body']);
    expect(shapes(en, kept)).toEqual([[[0], [0]], [[1], [1]]]);
  });

  it('an unpaired sentence of the text is still flagged, with the probability that it has no counterpart', () => {
    const en = side('en', [['Trade grew by 40 percent in 2023.', 'The minister thanked the crews of the ships.', 'Fewer than twenty ships serve the route.']]);
    const tr = side('tr', [['Ticaret 2023 yılında yüzde 40 büyüdü.', 'Hatta yirmiden az gemi hizmet veriyor.']]);
    const lone = alignSides(en, tr).find((b) => b.tgt.length === 0)!;
    expect(lone.src).toEqual([1]);
    expect(lone.needsReview).toBe(true);
  });
});


describe('sentences that are not translations of each other', () => {
  // a revised page: each side keeps a sentence the other lacks, between shared ones; the
  // two share a topic (port, ships) but nothing a translation would keep
  const en = side('en', [
    [
      'The port of Aktau will double its capacity by 2030, the ministry of transport said on Tuesday.',
      'Ships waiting for a berth in the port are served in the order of their arrival.',
      'Trade through the port grew by 40 percent in 2023.',
    ],
  ]);
  const tr = side('tr', [
    [
      'Ulaştırma bakanlığı salı günü Aktau limanının kapasitesini 2030 yılına kadar ikiye katlayacağını söyledi.',
      'Limanda kış aylarında buzlanma nedeniyle gemi seferlerinin ertelenebileceği, yolcuların bilet ücretlerinin iade edilmeyeceği ve yük sahiplerinin zararı karşılayacağı belirtildi.',
      'Limandan geçen ticaret 2023 yılında yüzde 40 büyüdü.',
    ],
  ]);

  it('are left unpaired when nothing is shared and their lengths are far apart', () => {
    const beads = alignSides(en, tr);
    expect(beads.map((b) => [b.src, b.tgt])).toContainEqual([[1], []]);
    expect(beads.map((b) => [b.src, b.tgt])).toContainEqual([[], [1]]);
    expect(beads.filter((b) => !b.src.length || !b.tgt.length).every((b) => b.needsReview)).toBe(true);
  });

  it('the wide tail of the length model is what paired them', () => {
    const beads = alignSides(en, tr, {}, { model: { tailNeedsEvidence: false } });
    expect(beads.map((b) => [b.src, b.tgt])).toContainEqual([[1], [1]]);
  });
});
