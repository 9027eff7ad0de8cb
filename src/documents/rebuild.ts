import type { DocumentDetail, Pair } from '../db/index.js';
import { InputError } from '../errors.js';
import type { Mark, ParagraphKind } from '../model/index.js';
import { reanchorMarks } from '../text/formatting.js';

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
  const texts = new Map<number, { text: string; untranslated: boolean; marks: Mark[] | null }[]>();
  const missing: number[] = [];
  let lastParagraph = structure.paragraphs[0]?.ordinal ?? 0;
  for (const [k, pair] of pairs.entries()) {
    const first = pair[sideKey][0];
    const paragraph = first === undefined ? lastParagraph : (paragraphOf.get(first) ?? lastParagraph);
    lastParagraph = paragraph;
    let text = options.side === 'source' ? pair.source : pair.target;
    let untranslated = false;
    // a translation with formatting of its own (returned by a CAT tool) brings it along
    let own: Mark[] | null = options.side === 'target' && pair.targetMarks ? pair.targetMarks.map((m) => ({ ...m })) : null;
    if (!text.trim()) {
      // a source sentence the translation lacks (or one not translated yet): on the target
      // side it is a gap to show, on the source side a Turkish addition, not part of it
      if (options.side === 'source' || !pair.source.trim()) continue;
      missing.push(k + 1);
      text = pair.source;
      untranslated = true;
      own = null;
    }
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (own) own = own.map((m) => ({ ...m, start: Math.max(0, m.start - lead), end: Math.min(trimmed.length, m.end - lead) })).filter((m) => m.end > m.start);
    (texts.get(paragraph) ?? texts.set(paragraph, []).get(paragraph)!).push({ text: trimmed, untranslated, marks: own });
  }
  if (missing.length && options.untranslated === 'refuse') {
    throw new InputError(`${missing.length} pair${missing.length === 1 ? ' has' : 's have'} no translation (pair ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}); translate them or export with the source text in their place`, { reason: 'untranslated', params: { count: missing.length } });
  }
  const paragraphs: RebuiltParagraph[] = [];
  for (const p of structure.paragraphs) {
    const parts = texts.get(p.ordinal);
    if (!parts) continue; // every sentence of it went elsewhere (merged into another paragraph's pair)
    const text = parts.map((x) => x.text).join(' ');
    const out: RebuiltParagraph = { kind: p.kind, text, marks: paragraphMarks(p.text, p.marks, parts, text), untranslated: parts.some((x) => x.untranslated) };
    if (p.level !== undefined) out.level = p.level;
    if (p.footnote !== undefined) out.footnote = p.footnote;
    paragraphs.push(out);
  }
  return { title: detail.title, lang: structure.lang, paragraphs };
}

/**
 * A rebuilt paragraph's marks: the paragraph's as read, placed on its new text; where a
 * pair brings formatting of its own, that pair's part takes its own instead (shifted to
 * where the part stands) and the rest keep the paragraph's. O(parts × marks × length).
 */
function paragraphMarks(read: string, marks: readonly Mark[], parts: readonly { text: string; marks: Mark[] | null }[], text: string): Mark[] {
  if (!parts.some((x) => x.marks)) return reanchorMarks(read, marks, text);
  const out: Mark[] = [];
  let offset = 0;
  for (const part of parts) {
    for (const m of part.marks ?? reanchorMarks(read, marks, part.text)) out.push({ ...m, start: m.start + offset, end: m.end + offset });
    offset += part.text.length + 1;
  }
  return out;
}
