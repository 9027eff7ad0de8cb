import type { DocumentDetail, DocumentSideDetail } from '../db/documents.js';
import type { Pair } from '../model/pair.js';
import { formattingOf, marksOfSegments, reanchorMarks, type Formatting } from '../text/formatting.js';

/**
 * Bold, italic and links of each pair's two sides: the source's from the paragraphs its
 * sentences were read from; the target's as a CAT tool returned them (stored with the
 * pair) or else from the document's own translation as read. Either is placed on the
 * pair's current text, so an edit keeps the formatting of what it did not touch.
 * Built once per document: O(paragraphs + segments); each pair O(its segments × marks).
 */
export class PairFormatting {
  private readonly sides: Record<'source' | 'target', { segments: Map<number, DocumentSideDetail['segments'][number]>; marks: Map<number, Formatting[]> }>;

  constructor(detail: DocumentDetail) {
    const index = (side: DocumentSideDetail) => ({
      segments: new Map(side.segments.map((s) => [s.ordinal, s])),
      marks: new Map(side.paragraphs.map((p) => [p.ordinal, formattingOf(p.marks)])),
    });
    this.sides = { source: index(detail.source), target: index(detail.target) };
  }

  of(pair: Pair): { source: Formatting[]; target: Formatting[] } {
    return {
      source: this.fromDocument('source', pair.srcSegments, pair.source),
      target: pair.targetMarks ? pair.targetMarks.map((m) => ({ ...m })) : this.fromDocument('target', pair.tgtSegments, pair.target),
    };
  }

  private fromDocument(which: 'source' | 'target', ordinals: readonly number[], text: string): Formatting[] {
    const side = this.sides[which];
    const segments = ordinals.flatMap((o) => {
      const s = side.segments.get(o);
      return s ? [{ text: s.text, start: s.start, end: s.start + s.text.length, marks: side.marks.get(s.paragraph) ?? [] }] : [];
    });
    if (!segments.some((s) => s.marks.length)) return [];
    const read = segments.map((s) => s.text).join(' ');
    return reanchorMarks(read, marksOfSegments(segments), text);
  }
}
