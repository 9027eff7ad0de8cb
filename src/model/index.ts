/**
 * The small data model every capability shares: a document is read into paragraphs,
 * paragraphs are split into segments, segments are aligned into pairs.
 */
import type { Lang } from '../text/case.js';

export type ParagraphKind = 'heading' | 'body' | 'footnote' | 'list-item' | 'metadata';

export const PARAGRAPH_KINDS: readonly ParagraphKind[] = ['heading', 'body', 'footnote', 'list-item', 'metadata'];

/** A styled or coded range of a paragraph's plain text, kept so markup can be restored. */
export interface Mark {
  type: 'bold' | 'italic' | 'sup' | 'link' | 'code';
  start: number;
  end: number;
  /** Link target, for `link` marks. */
  href?: string;
}

export interface Paragraph {
  kind: ParagraphKind;
  /** Plain text: markup removed, whitespace collapsed. */
  text: string;
  marks: Mark[];
  /** 1-based line of the input where the paragraph starts (for messages). */
  line: number;
  /** Heading level (1–6) for headings. */
  level?: number;
  /** Footnote number for footnote entries ("[7] …" → 7). */
  footnote?: number;
}

export interface Segment {
  /** Index of the paragraph the segment belongs to. */
  paragraph: number;
  text: string;
  /** Character range in the paragraph's text. */
  start: number;
  end: number;
}

export interface SegmentedSide {
  lang: Lang;
  paragraphs: Paragraph[];
  segments: Segment[];
}
