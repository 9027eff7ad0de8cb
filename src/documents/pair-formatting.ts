import { type Db } from '../db/index.js';
import type { Mark } from '../model/index.js';
import type { Pair } from '../model/pair.js';
import { formattingOf, marksOfSegments, reanchorMarks, type Formatting } from '../text/formatting.js';

type Side = 'src' | 'tgt';
interface MarkedSegment {
  text: string;
  start: number;
  marks: Formatting[];
}

/**
 * Bold, italic and links of each pair's two sides: the source's from the paragraphs its
 * sentences were read from; the target's as a CAT tool returned them (stored with the
 * pair) or else from the document's own translation as read. Either is placed on the
 * pair's current text, so an edit keeps the formatting of what it did not touch.
 * Loads only the segments of paragraphs that have formatting (one query; none for a
 * document without any); each pair then costs O(its segments × marks).
 */
export class PairFormatting {
  private readonly segments: Record<Side, Map<number, MarkedSegment>> = { src: new Map(), tgt: new Map() };

  constructor(db: Db, documentId: number) {
    const rows = db
      .prepare(
        `SELECT s.side, s.ordinal, s.text, s.start, p.marks FROM segments s
           JOIN paragraphs p ON p.document_id = s.document_id AND p.side = s.side AND p.ordinal = s.paragraph
          WHERE s.document_id = ? AND p.marks <> '[]'`,
      )
      .all(documentId) as { side: Side; ordinal: number; text: string; start: number; marks: string }[];
    const parsed = new Map<string, Formatting[]>();
    for (const r of rows) {
      // a paragraph's marks are the same string for each of its segments: parsed once
      let marks = parsed.get(r.marks);
      if (!marks) parsed.set(r.marks, (marks = formattingOf(JSON.parse(r.marks) as Mark[])));
      if (marks.length) this.segments[r.side].set(r.ordinal, { text: r.text, start: r.start, marks });
    }
  }

  of(pair: Pair): { source: Formatting[]; target: Formatting[] } {
    return {
      source: this.fromDocument('src', pair.srcSegments, pair.source),
      target: pair.targetMarks ? pair.targetMarks.map((m) => ({ ...m })) : this.fromDocument('tgt', pair.tgtSegments, pair.target),
    };
  }

  private fromDocument(side: Side, ordinals: readonly number[], text: string): Formatting[] {
    const known = this.segments[side];
    if (!ordinals.some((o) => known.has(o))) return [];
    // every segment of the pair, those without formatting too, to place the others' marks
    const segments = ordinals.map((o) => known.get(o) ?? null);
    if (segments.some((s) => s === null)) return this.partly(segments, text);
    const marked = segments as MarkedSegment[];
    const read = marked.map((s) => s.text).join(' ');
    return reanchorMarks(read, marksOfSegments(marked.map((s) => ({ start: s.start, end: s.start + s.text.length, marks: s.marks }))), text);
  }

  /** A pair of segments of which some have no formatting: each marked segment's marks placed on the text alone. */
  private partly(segments: (MarkedSegment | null)[], text: string): Formatting[] {
    const out: Formatting[] = [];
    for (const s of segments) {
      if (!s) continue;
      const own = marksOfSegments([{ start: s.start, end: s.start + s.text.length, marks: s.marks }]);
      out.push(...reanchorMarks(s.text, own, text));
    }
    return out;
  }
}
