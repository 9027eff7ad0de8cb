import { InputError } from '../errors.js';
import { xmlLimits } from './xml-limits.js';
import { Parser } from 'htmlparser2';
import { footnoteMarkerText } from './inline-markdown.js';
import type { Mark, Paragraph, ParagraphKind } from '../model/index.js';
import { classifyParagraphs } from './classify.js';
import { superscriptNotes } from './superscripts.js';

const BLOCKS: Record<string, ParagraphKind | null> = {
  p: null, div: null, blockquote: null, td: 'body', th: 'body', dd: null, dt: null, figcaption: null, caption: null,
  // containers: text written straight into them is a paragraph too
  body: null, main: null, article: null, section: null, header: null, footer: null,
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item',
};
// <aside> holds a page's sidebars, related links and pull quotes (a sentence of the text
// again): not text of the document
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'nav', 'form', 'button', 'select', 'textarea', 'aside']);
/** Ids generators give the items of a footnote list: fn1, fn:1, footnote-1, note1, endnote1, ftn1. */
const FOOTNOTE_ITEM_ID = /^(?:fn|footnote|note|endnote|ftn|_ftn|en)[-_:.]?(\d{1,3})$/i;
/** A link from a note back to where it is referenced, and the arrow it shows. */
const BACK_LINK = /^#(?:fnref|footnote-ref|ftnref|_ftnref|noteref|endnoteref)[-_:.]?\d/i;
const BACK_ARROW = /^[\s↩↑⤴^\ufe0e\ufe0f]*$/u;
/** Where a page marks its content, the rest (menus, banners, site footers) is not the analysis. */
const CONTENT = ['main', 'article'] as const;
const MARKS: Record<string, Mark['type']> = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', sup: 'sup', a: 'link', code: 'code' };

interface Open {
  kind: ParagraphKind | null;
  /** Opened inside the page's <main> (or <article>, where there is no <main>). */
  inContent: boolean;
  level?: number;
  line: number;
  text: string;
  marks: Mark[];
  stack: { tag: string; type: Mark['type']; start: number; href?: string }[];
}

/**
 * HTML as saved from the institute's web pages: headings, paragraphs and list items
 * become paragraphs; scripts, styles and the <head> are dropped; inline b/i/sup/a are
 * kept as marks. Entities are decoded; no external resource is ever fetched.
 */
export function readHtml(html: string): Paragraph[] {
  const lineStarts: number[] = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  type Found = { kind: ParagraphKind | null; level?: number; line: number; text: string; marks: Mark[]; inContent: boolean };
  const found: Found[] = [];
  const blockStack: Open[] = [];
  let skipDepth = 0;
  // htmlparser2 keeps its open elements with unshift/shift, O(depth) a tag: a page nested
  // 80,000 levels took 45 s. Real pages nest a few dozen levels; past the limit, refuse.
  const { maxDepth } = xmlLimits();
  let depth = 0;
  const contentTag = CONTENT.find((tag) => new RegExp(`<${tag}[\\s>]`, 'i').test(html));
  let contentDepth = 0;
  /** Line breaks since the last text or tag. */
  let brRun = 0;
  /** "[n] " for the note a footnote list item holds, put before its first text. */
  let pendingNoteNumber = '';
  /** Inside a link back from a note to its reference (the "↩" of generated footnotes). */
  let backLinkDepth = 0;

  const flush = (block: Open) => {
    const leading = block.text.length - block.text.trimStart().length;
    const text = block.text.trim();
    if (!text) return;
    const marks = block.marks
      .map((m) => ({ ...m, start: Math.max(0, m.start - leading), end: Math.min(text.length, m.end - leading) }))
      .filter((m) => m.end > m.start);
    const p: Found = { kind: block.kind, line: block.line, ...superscriptNotes(text, marks), inContent: block.inContent };
    if (block.level) p.level = block.level;
    found.push(p);
  };
  const append = (s: string) => {
    const block = blockStack[blockStack.length - 1];
    if (!block) return;
    // collapse whitespace as we go so mark offsets stay right
    let collapsed = s.replace(/[\s\u00a0\u202f]+/gu, ' ');
    if (pendingNoteNumber && collapsed.trim()) {
      collapsed = pendingNoteNumber + collapsed.replace(/^ /, '');
      pendingNoteNumber = '';
    }
    block.text += block.text.endsWith(' ') || block.text === '' ? collapsed.replace(/^ /, '') : collapsed;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > maxDepth) throw new InputError(`elements nested deeper than ${maxDepth} levels`, { line: lineOf(parser.startIndex), reason: 'too-deep', params: { max: maxDepth } });
        if (skipDepth > 0 || SKIPPED.has(name)) {
          if (SKIPPED.has(name)) skipDepth++;
          return;
        }
        if (name === contentTag) contentDepth++;
        if (name in BLOCKS) {
          const current = blockStack[blockStack.length - 1];
          if (current) {
            flush(current);
            current.text = '';
            current.marks = [];
          }
          // a paragraph inside a table cell is cell text, never a heading (Word's cells hold <p>s)
          const kind = BLOCKS[name] ?? (current?.kind === 'body' && name === 'p' ? 'body' : null);
          const open: Open = { kind, inContent: contentDepth > 0, line: lineOf(parser.startIndex), text: '', marks: [], stack: [] };
          if (/^h[1-6]$/.test(name)) open.level = Number(name[1]);
          // a note of a generated footnote list (<li id="fn1">, Pandoc, WordPress, Word):
          // its number is only in the id, so it is written out as "[1] …", as in Markdown
          const note = name === 'li' ? FOOTNOTE_ITEM_ID.exec(attributes.id ?? '') : null;
          if (note) {
            pendingNoteNumber = `[${note[1]}] `;
            open.kind = null; // a footnote entry, as the classifier will read "[n] …"
          }
          blockStack.push(open);
          return;
        }
        if (name === 'br') {
          // two line breaks in a row end a paragraph, as pages without <p> use them
          const block = blockStack[blockStack.length - 1];
          if (block && brRun > 0 && block.text.trim() !== '') {
            flush(block);
            block.text = '';
            block.marks = [];
            for (const open of block.stack) open.start = 0; // a mark still open goes on in the new paragraph
            block.line = lineOf(parser.startIndex);
          } else append(' ');
          brRun++;
          return;
        }
        brRun = 0;
        if (name === 'a' && (backLinkDepth > 0 || BACK_LINK.test(attributes.href ?? '') || /footnote-back/.test(attributes.class ?? ''))) backLinkDepth++;
        const type = MARKS[name];
        const block = blockStack[blockStack.length - 1];
        if (type && block) {
          const entry: Open['stack'][number] = { tag: name, type, start: block.text.length };
          if (type === 'link' && attributes.href) entry.href = attributes.href;
          block.stack.push(entry);
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (backLinkDepth > 0 && BACK_ARROW.test(data)) return;
        if (data.trim() !== '') brRun = 0;
        append(data);
      },
      onclosetag(name) {
        depth--;
        if (SKIPPED.has(name)) {
          if (skipDepth > 0) skipDepth--;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'a' && backLinkDepth > 0) backLinkDepth--;
        if (name === contentTag && contentDepth > 0) contentDepth--;
        if (name in BLOCKS) {
          const block = blockStack.pop();
          if (block) flush(block);
          return;
        }
        const block = blockStack[blockStack.length - 1];
        if (!block) return;
        const k = block.stack.map((e) => e.tag).lastIndexOf(name);
        if (k >= 0) {
          const [entry] = block.stack.splice(k, 1);
          if (entry && block.text.length > entry.start) {
            // a superscript footnote number reads as a marker, "[1]", as in Markdown — also
            // when it is a link to the note (<sup><a href="#fn1">1</a></sup>, as most
            // web pages write it): the link inside goes with the number it wrapped
            const marker = entry.type === 'sup' && !block.marks.some((x) => x.start < entry.start && x.end > entry.start) ? footnoteMarkerText(block.text.slice(entry.start)) : null;
            if (marker) {
              block.text = block.text.slice(0, entry.start) + marker;
              block.marks = block.marks.filter((x) => x.start < entry.start);
            }
            const mark: Mark = { type: entry.type, start: entry.start, end: block.text.length };
            if (entry.href) mark.href = entry.href;
            block.marks.push(mark);
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  while (blockStack.length) flush(blockStack.pop()!);

  // keep the marked content, unless the page marks an empty one
  const content = found.filter((f) => f.inContent);
  const kept = content.length > 0 ? content : found;
  const kinds = classifyParagraphs(
    kept.map((f) => f.text),
    kept.map((f) => f.kind),
  );
  return kept.map((f, i) => {
    const p: Paragraph = { kind: kinds[i]!.kind, text: f.text, marks: f.marks, line: f.line };
    if (f.level) p.level = f.level;
    if (kinds[i]!.footnote !== undefined) p.footnote = kinds[i]!.footnote;
    return p;
  });
}
