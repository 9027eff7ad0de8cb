/**
 * Copies of a gold-aligned pair whose paragraphing differs between the two sides, as
 * when a translator (or a PDF extraction) joins two paragraphs, starts a new one in the
 * middle of a paragraph, or leaves one out: every such edit of a body paragraph, one
 * edit per copy, on either side, with the gold rewritten to match. Sentences are not
 * touched by joins and splits, so their gold beads stay as they are.
 */
import { readPresegmented } from '../../src/formats/index.js';
import type { IndexBead } from './align-score.js';
import { presegmentedText, type GoldPair, type Sentence } from './perturb.js';

export interface ParagraphEdit {
  kind: 'join' | 'split' | 'drop';
  side: 'en' | 'tr';
  /** Paragraph joined with the next, split before `sentence`, or dropped. */
  paragraph: number;
  pair: GoldPair;
}

export function paragraphEdits(base: GoldPair): ParagraphEdit[] {
  const out: ParagraphEdit[] = [];
  for (const side of ['en', 'tr'] as const) {
    const sentences = base[side];
    const kinds = readPresegmented(presegmentedText(sentences)).paragraphs.map((p) => p.kind);
    const isBody = (p: number) => kinds[p] === 'body';
    const withSide = (edited: Sentence[], beads: IndexBead[] = base.beads): GoldPair => ({ ...base, [side]: edited, beads });
    for (let p = 0; p < kinds.length; p++) {
      if (!isBody(p)) continue;
      if (isBody(p + 1)) {
        out.push({ kind: 'join', side, paragraph: p, pair: withSide(sentences.map((s) => (s.paragraph > p ? { ...s, paragraph: s.paragraph - 1 } : s))) });
      }
      sentences.forEach((s, k) => {
        if (k > 0 && s.paragraph === p && sentences[k - 1]!.paragraph === p) {
          out.push({ kind: 'split', side, paragraph: p, pair: withSide(sentences.map((x, i) => (i >= k ? { ...x, paragraph: x.paragraph + 1 } : x))) });
        }
      });
      out.push({ kind: 'drop', side, paragraph: p, pair: dropParagraph(base, side, p) });
    }
  }
  return out;
}

/** The pair without paragraph p of one side; the other side's sentences it translated become 1-0 / 0-1 beads. */
function dropParagraph(base: GoldPair, side: 'en' | 'tr', p: number): GoldPair {
  const other = side === 'en' ? 'tr' : 'en';
  const newIndex: number[] = [];
  let next = 0;
  base[side].forEach((s, i) => (newIndex[i] = s.paragraph === p ? -1 : next++));
  const kept = base[side].filter((s) => s.paragraph !== p).map((s) => (s.paragraph > p ? { ...s, paragraph: s.paragraph - 1 } : s));
  const beads: IndexBead[] = [];
  for (const b of base.beads) {
    const mine = b[side].filter((i) => newIndex[i]! >= 0).map((i) => newIndex[i]!);
    if (mine.length === 0 && b[side].length > 0) {
      for (const i of b[other]) beads.push(side === 'en' ? { en: [], tr: [i] } : { en: [i], tr: [] });
    } else beads.push(side === 'en' ? { en: mine, tr: b.tr } : { en: b.en, tr: mine });
  }
  return { ...base, [side]: kept, beads };
}
