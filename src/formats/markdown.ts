import type { Paragraph, ParagraphKind } from '../model/index.js';
import { collapseWhitespace, joinLines, splitBlocks, wordsOf } from './blocks.js';
import { classifyParagraphs } from './classify.js';
import { parseInline, referenceLabel } from './inline-markdown.js';
import { superscriptNotes } from './superscripts.js';

const THEMATIC_BREAK = /^\s*([-*_])(?:\s*\1){2,}\s*$/;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const BULLET = /^\s{0,3}(?:[-*+]|\d{1,3}\))\s+/;
const NUMBERED = /^\s{0,3}\d{1,3}\.\s+/;
const FOOTNOTE_DEFINITION = /^\[\^(\d+)\]:\s*/;
/**
 * A link reference definition, "[1]: https://… "title"": no text of the document. Strict —
 * a destination without spaces, then at most a title — so a note written "[1]: Ministry
 * of Energy, 2024." stays a note.
 */
const LINK_DEFINITION = /^\s{0,3}\[([^\]^][^\]]*)\]:\s*<?([^\s<>]+)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/;
/** The row under a pipe table's header: |---|:---:|---| */
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const BLOCKQUOTE = /^\s{0,3}>\s?/;
/** The underline of a setext heading: "Title" over "=====" (level 1) or "-----" (level 2). */
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;

/** Cells of a pipe-table row; an escaped \| stays in its cell. */
function tableCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

interface RawParagraph {
  source: string;
  line: number;
  kind: ParagraphKind | null;
  level?: number;
  footnote?: number;
}

/**
 * Markdown as the institute's analyses use it: ATX headings, paragraphs, bullet lists,
 * footnote entries "[n] …" (or "[^n]: …"), thematic breaks (dropped), inline bold,
 * italic, links and <sup> footnote markers (see inline-markdown.ts); and, as pages
 * converted to Markdown have them, pipe tables (a paragraph per cell) and block quotes.
 * HTML comments and images are left out.
 */
export function readMarkdown(text: string): Paragraph[] {
  const raw: RawParagraph[] = [];
  // HTML comments are no text; their line breaks stay, so line numbers still hold
  const uncommented = text.includes('<!--') ? text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, '')) : text;
  const words = wordsOf(uncommented);
  const blocks = splitBlocks(uncommented);
  // link reference definitions anywhere in the document serve the links before them
  const references = new Map<string, string>();
  for (const block of blocks) {
    if (!block.lines.every((l) => LINK_DEFINITION.test(l))) continue;
    for (const l of block.lines) {
      const [, label, href] = LINK_DEFINITION.exec(l)!;
      if (!references.has(referenceLabel(label!))) references.set(referenceLabel(label!), href!);
    }
  }
  for (const block of blocks) {
    const first = block.lines[0]!;
    if (block.lines.every((l) => LINK_DEFINITION.test(l))) continue;
    if (block.lines.length === 1 && THEMATIC_BREAK.test(first)) continue;
    if (block.lines.length >= 2 && first.includes('|') && TABLE_DELIMITER.test(block.lines[1]!)) {
      // a pipe table: every cell is a paragraph of its own, as <td> is in HTML
      block.lines.forEach((row, k) => {
        if (k === 1) return;
        for (const cell of tableCells(row)) if (cell !== '') raw.push({ source: cell, line: block.line + k, kind: null });
      });
      continue;
    }
    if (block.lines.every((l) => BLOCKQUOTE.test(l))) {
      // a quotation: its text without the markers; an empty quoted line ends a paragraph
      let start = 0;
      const lines = block.lines.map((l) => l.replace(BLOCKQUOTE, ''));
      lines.forEach((l, k) => {
        const last = k === lines.length - 1;
        if (l.trim() === '' || last) {
          const part = lines.slice(start, l.trim() === '' ? k : k + 1).join(' ');
          if (part.trim() !== '') raw.push({ source: part, line: block.line + start, kind: null });
          start = k + 1;
        }
      });
      continue;
    }
    const underline = block.lines.length === 2 ? SETEXT_UNDERLINE.exec(block.lines[1]!) : null;
    if (underline && !BULLET.test(first)) {
      raw.push({ source: first, line: block.line, kind: 'heading', level: underline[1]!.startsWith('=') ? 1 : 2 });
      continue;
    }
    const heading = ATX_HEADING.exec(first);
    if (heading) {
      raw.push({ source: heading[2]!, line: block.line, kind: 'heading', level: heading[1]!.length });
      if (block.lines.length > 1) raw.push({ source: block.lines.slice(1).join(' '), line: block.line + 1, kind: null });
      continue;
    }
    const numberedList = block.lines.length > 1 && block.lines.every((l) => NUMBERED.test(l) || !/^\S/.test(l));
    if (BULLET.test(first) || (numberedList && NUMBERED.test(first))) {
      let item: RawParagraph | null = null;
      block.lines.forEach((l, k) => {
        const marker = BULLET.exec(l) ?? (numberedList ? NUMBERED.exec(l) : null);
        if (marker || !item) {
          item = { source: marker ? l.slice(marker[0].length) : l, line: block.line + k, kind: 'list-item' };
          raw.push(item);
        } else item.source += ` ${l}`;
      });
      continue;
    }
    const definition = FOOTNOTE_DEFINITION.exec(first);
    if (definition) {
      const body = [first.slice(definition[0].length), ...block.lines.slice(1)].join(' ');
      raw.push({ source: `[${definition[1]}] ${body}`, line: block.line, kind: 'footnote', footnote: Number(definition[1]) });
      continue;
    }
    raw.push({ source: joinLines(block.lines, words), line: block.line, kind: null });
  }
  const inline = raw.map((r) => {
    const parsed = parseInline(collapseWhitespace(r.source), references);
    return superscriptNotes(parsed.text, parsed.marks);
  });
  const kinds = classifyParagraphs(
    inline.map((p) => p.text),
    raw.map((r) => r.kind),
  );
  const paragraphs: Paragraph[] = [];
  raw.forEach((r, i) => {
    const { text, marks } = inline[i]!;
    if (text.trim() === '') return;
    const kind = kinds[i]!;
    const p: Paragraph = { kind: kind.kind, text, marks, line: r.line };
    if (r.level) p.level = r.level;
    const footnote = r.footnote ?? kind.footnote;
    if (footnote !== undefined) p.footnote = footnote;
    paragraphs.push(p);
  });
  return paragraphs;
}
