import type { DocumentDetail, Pair } from '../db/index.js';
import { InputError } from '../errors.js';
import type { Mark, ParagraphKind } from '../model/index.js';

/**
 * A document in one language rebuilt from the current pairs, with the structure it was
 * read with: each paragraph of that side (heading, body, list item, note …) holds the
 * current text of the pairs whose sentences it had, so every correction made in Hizala
 * (a fixed spelling, restored characters) is in the file. Pure; O(paragraphs + pairs).
 */
export interface RebuiltParagraph {
  kind: ParagraphKind;
  level?: number;
  /** The note's number, for a footnote paragraph. */
  footnote?: number;
  text: string;
  /** Bold, italic, links … of the paragraph as read, where their text is still there. */
  marks: Mark[];
  /** Holds source text because the pair has no translation yet. */
  untranslated: boolean;
}

export interface RebuiltDocument {
  title: string;
  lang: 'en' | 'tr';
  paragraphs: RebuiltParagraph[];
}

export type ExportSide = 'source' | 'target';

export interface RebuildOptions {
  side: ExportSide;
  /** A pair without a translation: its source text, marked (default), or refuse the export. */
  untranslated?: 'source' | 'refuse';
}

export function rebuildDocument(detail: DocumentDetail, pairs: readonly Pair[], options: RebuildOptions): RebuiltDocument {
  const sideKey = options.side === 'source' ? 'srcSegments' : 'tgtSegments';
  const structure = options.side === 'source' ? detail.source : detail.target;
  const paragraphOf = new Map(structure.segments.map((s) => [s.ordinal, s.paragraph]));
  const texts = new Map<number, { text: string; untranslated: boolean }[]>();
  const missing: number[] = [];
  let lastParagraph = structure.paragraphs[0]?.ordinal ?? 0;
  for (const [k, pair] of pairs.entries()) {
    const first = pair[sideKey][0];
    const paragraph = first === undefined ? lastParagraph : (paragraphOf.get(first) ?? lastParagraph);
    lastParagraph = paragraph;
    let text = options.side === 'source' ? pair.source : pair.target;
    let untranslated = false;
    if (!text.trim()) {
      // a source sentence the translation lacks (or one not translated yet): on the target
      // side it is a gap to show, on the source side a Turkish addition, not part of it
      if (options.side === 'source' || !pair.source.trim()) continue;
      missing.push(k + 1);
      text = pair.source;
      untranslated = true;
    }
    (texts.get(paragraph) ?? texts.set(paragraph, []).get(paragraph)!).push({ text: text.trim(), untranslated });
  }
  if (missing.length && options.untranslated === 'refuse') {
    throw new InputError(`${missing.length} pair${missing.length === 1 ? ' has' : 's have'} no translation (pair ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}); translate them or export with the source text in their place`, { reason: 'untranslated', params: { count: missing.length } });
  }
  const paragraphs: RebuiltParagraph[] = [];
  for (const p of structure.paragraphs) {
    const parts = texts.get(p.ordinal);
    if (!parts) continue; // every sentence of it went elsewhere (merged into another paragraph's pair)
    const text = parts.map((x) => x.text).join(' ');
    const out: RebuiltParagraph = { kind: p.kind, text, marks: reanchorMarks(p.text, p.marks, text), untranslated: parts.some((x) => x.untranslated) };
    if (p.level !== undefined) out.level = p.level;
    if (p.footnote !== undefined) out.footnote = p.footnote;
    paragraphs.push(out);
  }
  return { title: detail.title, lang: structure.lang, paragraphs };
}

/**
 * The marks of a paragraph as read, placed on its current text: a mark stays where the
 * text it covered is found in the new text exactly once (an edit elsewhere in the
 * paragraph does not lose it); a mark whose text was edited or is ambiguous is dropped,
 * as bold in the wrong place is worse than none. O(marks × length).
 */
export function reanchorMarks(before: string, marks: readonly Mark[], after: string): Mark[] {
  if (before === after) return marks.map((m) => ({ ...m }));
  const out: Mark[] = [];
  for (const m of marks) {
    const covered = before.slice(m.start, m.end);
    if (!covered.trim()) continue;
    const at = after.indexOf(covered);
    if (at < 0 || after.indexOf(covered, at + 1) >= 0) continue;
    out.push({ ...m, start: at, end: at + covered.length });
  }
  return out;
}
