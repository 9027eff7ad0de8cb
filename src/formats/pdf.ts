import { InputError } from '../errors.js';
import type { Paragraph } from '../model/index.js';
import { collapseWhitespace, joinLines, wordsOf } from './blocks.js';
import { isPageNumber } from './furniture.js';
import { paragraphsOfTextBlocks, type TextBlock } from './plaintext.js';

/**
 * PDF files, through the text layer pdf.js reads (Mozilla's, the reader in Firefox):
 * each text run with its position and font size. Runs become lines (by baseline), a
 * smaller raised run a note marker "[n]", lines become paragraphs (a larger gap than
 * the line pitch, a change of font size, or a short line that ends a sentence), a
 * paragraph in a larger font a heading (the level by the size's rank). Words hyphenated
 * at a line end are joined only where the document writes them whole elsewhere; page
 * furniture, sentences cut by page breaks and bare note numbers at a page's foot are
 * then repaired as for any extracted text (plain text's path). Costs grow linearly with
 * the pages; pdf.js runs on this thread (the server reads uploads in a worker thread).
 */

export interface PdfOptions {
  /** Called after each page with (page, pages): long files report progress. */
  onPage?: (page: number, pages: number) => void;
}

interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  page: number;
}

/** A raised run at most this fraction of the line's size is a superscript. */
const SUPERSCRIPT_SIZE = 0.85;
/** A note number as a run or a line holds it: "3" or "[3]". */
const NOTE_NUMBER = /^\[?(\d{1,3})\]?$/;

/** A run set smaller than `base` and raised above its baseline, within its height: a superscript. */
function raisedAbove(run: Run, base: { y: number; size: number }): boolean {
  return run.size <= SUPERSCRIPT_SIZE * base.size && run.y > base.y + 0.1 * base.size && run.y < base.y + base.size;
}
/** A gap between runs wider than this many font sizes is a column gutter. */
const COLUMN_GAP = 2.5;
/** A gap between runs wider than this fraction of the font size is a space. */
const SPACE_GAP = 0.15;
/** A paragraph in a font this much larger than the body is a heading. */
const HEADING_SIZE = 1.15;

export async function readPdf(bytes: Uint8Array, file: string, options: PdfOptions = {}): Promise<Paragraph[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes the array over (transfers it): give it a copy, the caller keeps its bytes
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') throw new InputError('the PDF is encrypted with a password; save a copy without one', { file, reason: 'pdf-encrypted' });
    throw new InputError(`not a readable PDF (${(err as Error).message})`, { file, reason: 'pdf-damaged' });
  }
  try {
    const lines: Line[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , d, e, f] = item.transform as number[];
        runs.push({ text: item.str, x: e!, y: f!, width: item.width, size: Math.round((Math.hypot(a!, b!) || Math.abs(d!)) * 100) / 100 });
      }
      lines.push(...linesOf(runs, n));
      page.cleanup();
      options.onPage?.(n, doc.numPages);
    }
    if (!lines.some((l) => /[\p{L}\p{N}]/u.test(l.text))) {
      throw new InputError('the PDF has no text layer (a scan?); run OCR on it first', { file, reason: 'pdf-no-text' });
    }
    return paragraphsOfTextBlocks(blocksOf(notesToTheEnd(withOrphanMarkers(withoutPageFurniture(lines)))));
  } finally {
    await doc.destroy();
  }
}

/**
 * The runs of one page as lines, in the order the page draws them (which is reading
 * order for what browsers and word processors print). A run joins the current line when
 * its baseline is within half a size of it, or when it is a superscript raised above it.
 */
function linesOf(runs: readonly Run[], page: number): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  const newLine = (run: Run): Line => ({ text: '', x: run.x, y: run.y, right: run.x, size: run.size, page });
  for (const [k, run] of runs.entries()) {
    if (!run.text.trim() && line) {
      // a space run (pdf.js puts one over every gap, a column gutter too): a space, and the
      // gap stays measured from the last text
      if (!line.text.endsWith(' ')) line.text += ' ';
      continue;
    }
    const raised = line !== null && raisedAbove(run, line);
    // a note number raised at the start of a line (wrapped after the sentence it belongs
    // to): it ends the line before, as "[n]"
    const next = runs[k + 1];
    const number = NOTE_NUMBER.exec(run.text.trim());
    if (!raised && number && line && next && raisedAbove(run, next) && next.y < line.y) {
      line.text = `${line.text.trimEnd()}[${number[1]}]`;
      continue;
    }
    const sameLine = line !== null && (raised || Math.abs(run.y - line.y) <= 0.5 * Math.max(run.size, line.size)) && run.x >= line.x - run.size;
    if (!line || !sameLine) {
      if (line) lines.push(line);
      line = newLine(run);
    }
    let text = run.text;
    if (raised) {
      // a raised number is a note marker, as Markdown writes it
      const number = NOTE_NUMBER.exec(text.trim());
      if (number) text = `[${number[1]}]`;
    }
    const gap = run.x - line.right;
    if (line.text && gap > COLUMN_GAP * run.size && !raised) {
      // a gutter: what follows is another column's line drawn on the same baseline
      lines.push(line);
      line = newLine(run);
    }
    if (line.text && gap > SPACE_GAP * run.size && !line.text.endsWith(' ') && !text.startsWith(' ') && !raised) line.text += ' ';
    line.text += text;
    line.right = Math.max(line.right, run.x + run.width);
    if (!raised && run.text.trim()) line.size = Math.max(line.size, run.size);
  }
  if (line) lines.push(line);
  return inColumnOrder(lines.filter((l) => l.text.trim()));
}

/**
 * A page set in two columns whose lines are drawn across the page (left line, right
 * line, next left line …): the right column's lines start at one x, right of every
 * left line's end. Read the left column first, then the right; any other page is left
 * in drawing order (most generators draw a column at a time already).
 */
function inColumnOrder(lines: readonly Line[]): Line[] {
  if (lines.length < 6) return [...lines];
  const left = Math.min(...lines.map((l) => l.x));
  const starts = lines.filter((l) => l.x > left + 10 * l.size);
  if (starts.length < 3 || starts.length < 0.2 * lines.length) return [...lines];
  const boundary = Math.min(...starts.map((l) => l.x));
  const aligned = starts.filter((l) => l.x - boundary <= l.size).length >= 0.8 * starts.length;
  const leftLines = lines.filter((l) => l.x < boundary);
  const clear = leftLines.filter((l) => l.right <= boundary - l.size).length >= 0.9 * leftLines.length;
  if (!aligned || !clear) return [...lines];
  return [...leftLines, ...lines.filter((l) => l.x >= boundary)];
}

/** A line that is only a note number (a marker wrapped alone onto the next line) goes back to the line before: no paragraph is a bare marker. */
function withOrphanMarkers(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const number = NOTE_NUMBER.exec(line.text.trim());
    const previous = out.at(-1);
    if (number && previous && previous.page === line.page && line.size <= previous.size * 1.05 && previous.y - line.y <= 2 * previous.size) previous.text = `${previous.text.trimEnd()}[${number[1]}]`;
    else out.push(line);
  }
  return out;
}

/**
 * Notes set at the foot of a page (the page's last lines, in a smaller size than the
 * body) moved after the text, as Word and web pages keep them: a paragraph that runs on
 * to the next page is then read as one, and the notes come in the same place on both
 * sides whatever the files' formats.
 */
function notesToTheEnd(lines: readonly Line[]): Line[] {
  const body = bodySize(lines);
  const text: Line[] = [];
  const notes: Line[] = [];
  for (let k = 0; k < lines.length; ) {
    let end = k;
    while (end < lines.length && lines[end]!.page === lines[k]!.page) end++;
    let foot = end;
    while (foot > k && lines[foot - 1]!.size < 0.92 * body) foot--;
    // a page of nothing but small print is not a page foot
    if (foot === k) foot = end;
    text.push(...lines.slice(k, foot));
    notes.push(...lines.slice(foot, end));
    k = end;
  }
  return [...text, ...notes];
}

/** The body text's size: the most common size, by characters. */
const bodySize = (lines: readonly Line[]): number => mode(lines.map((l) => ({ value: l.size, weight: l.text.length })));

/**
 * The first and last lines of each page that are page furniture: a page number, or a
 * line (digits aside) that stands first or last on at least three pages and half of
 * them. Dropped before paragraphs are made, so a paragraph running over a page break is
 * read as one.
 */
function withoutPageFurniture(lines: readonly Line[]): Line[] {
  const pages = new Map<number, Line[]>();
  for (const line of lines) (pages.get(line.page) ?? pages.set(line.page, []).get(line.page)!).push(line);
  const key = (l: Line) => l.text.trim().replace(/\d+/g, '#').toLowerCase();
  const edges = [...pages.values()].flatMap((p) => [...new Set([p[0]!, p[1], p.at(-2), p.at(-1)!].filter((l): l is Line => l !== undefined))]);
  const counts = new Map<string, number>();
  for (const l of edges) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  const repeated = (l: Line) => (counts.get(key(l)) ?? 0) >= Math.max(3, pages.size / 2);
  const drop = new Set(edges.filter((l) => isPageNumber(l.text) || repeated(l)));
  return lines.filter((l) => !drop.has(l));
}

/** Font sizes within 5 % of each other are one size. */
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 0.05 * b;

/** The most common value, weighted (font sizes and line pitches, rounded to a half point). */
function mode(values: readonly { value: number; weight: number }[]): number {
  const counts = new Map<number, number>();
  for (const { value, weight } of values) {
    const key = Math.round(value * 2) / 2;
    counts.set(key, (counts.get(key) ?? 0) + weight);
  }
  let best = 0;
  let bestCount = -1;
  for (const [value, count] of counts) if (count > bestCount) [best, bestCount] = [value, count];
  return best;
}

const ENDS_SENTENCE = /[.!?…:]["'”’»)\]]*$/u;

/** A line that stops although the next line's first word would have fit after it: the paragraph ended there. */
function endsShort(line: Line, next: Line, rightEdge: number): boolean {
  const charWidth = (line.right - line.x) / Math.max(1, line.text.length);
  const firstWord = next.text.trim().split(/\s/, 1)[0]!.length;
  return line.right + (firstWord + 1) * charWidth < rightEdge - charWidth;
}

/**
 * Lines as paragraphs. A new paragraph starts on a new page's first line, after a gap
 * wider than 1.3 line pitches, where the font size changes, or after a body line that
 * ends a sentence well short of the text's right edge. Headings are the paragraphs set
 * larger than the body, ranked by size (largest: level 1).
 */
function blocksOf(lines: readonly Line[]): TextBlock[] {
  const body = bodySize(lines);
  const pitches: { value: number; weight: number }[] = [];
  for (let k = 1; k < lines.length; k++) {
    const [a, b] = [lines[k - 1]!, lines[k]!];
    if (a.page === b.page && near(a.size, body) && near(b.size, body) && a.y > b.y) pitches.push({ value: a.y - b.y, weight: 1 });
  }
  const pitch = mode(pitches) || body * 1.2;
  // the text's right edge: where the longest body lines end (the 90th percentile, past a stray wide line)
  const rights = lines.filter((l) => near(l.size, body)).map((l) => l.right).sort((a, b) => a - b);
  const rightEdge = rights[Math.floor(0.9 * (rights.length - 1))] ?? 0;
  const headingSizes = [...new Set(lines.filter((l) => l.size >= HEADING_SIZE * body).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);

  const groups: Line[][] = [];
  for (const [k, line] of lines.entries()) {
    const previous = lines[k - 1];
    const group = groups.at(-1);
    const sizeChange = previous !== undefined && Math.abs(previous.size - line.size) > 0.1 * body;
    // a body paragraph that runs on over a page break: the last line of the page full and
    // without a sentence's end
    const runsOn = previous !== undefined && previous.page !== line.page && !sizeChange && near(line.size, body) && !ENDS_SENTENCE.test(previous.text.trim()) && previous.right >= rightEdge - 2 * body;
    const newParagraph =
      !previous ||
      !group ||
      (previous.page !== line.page && !runsOn) ||
      (previous.page === line.page && (previous.y - line.y > 1.3 * Math.max(pitch, line.size * 1.25) || line.y > previous.y)) ||
      sizeChange ||
      (ENDS_SENTENCE.test(previous.text.trim()) && endsShort(previous, line, rightEdge));
    if (newParagraph) groups.push([line]);
    else group.push(line);
  }
  const words = wordsOf(lines.map((l) => l.text).join('\n'));
  return groups.map((group) => {
    const size = group[0]!.size;
    const level = size >= HEADING_SIZE * body ? headingSizes.indexOf(Math.round(size * 2) / 2) + 1 : 0;
    // a note marker wrapped to the start of a line inside a paragraph belongs to the sentence before it
    const texts = group.map((l) => l.text.trim());
    for (let k = 1; k < texts.length; k++) {
      const marker = /^\[\d{1,3}\](?=\s|$)/.exec(texts[k]!);
      if (marker && ENDS_SENTENCE.test(texts[k - 1]!)) {
        texts[k - 1] += marker[0];
        texts[k] = texts[k]!.slice(marker[0].length).trimStart();
      }
    }
    const block: TextBlock = { text: collapseWhitespace(joinLines(texts.filter(Boolean), words)), line: group[0]!.page, kind: level ? 'heading' : null };
    if (level) block.level = Math.min(6, level);
    return block;
  });
}
