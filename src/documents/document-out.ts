import { Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Mark } from '../model/index.js';
import type { RebuiltDocument, RebuiltParagraph } from './rebuild.js';

/**
 * A rebuilt document (rebuild.ts) written as Markdown, HTML or Word. Footnote markers
 * "[n]" become each format's notes: Markdown footnotes ([^n] / [^n]: …), HTML links to a
 * list of notes, real Word footnotes. Bold, italic, superscript, code and links are kept
 * where the paragraph still has them; a paragraph holding untranslated source text is
 * marked (an HTML class and the source language, a Word highlight, a Markdown comment).
 * Each writer is O(length of the document).
 */

/** A stretch of text with the same formatting; `note` for a footnote marker. */
interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  sup: boolean;
  code: boolean;
  href?: string;
  note?: number;
}

const MARKER = /\[(\d{1,4})\]/g;
const NOTE_ENTRY = /^\[(\d{1,4})\]:?\s*/;

/** The text of a note paragraph without its leading "[n] ". */
function noteBody(p: RebuiltParagraph): { text: string; marks: Mark[] } {
  const lead = NOTE_ENTRY.exec(p.text)?.[0].length ?? 0;
  return { text: p.text.slice(lead), marks: p.marks.filter((m) => m.end > lead).map((m) => ({ ...m, start: Math.max(0, m.start - lead), end: m.end - lead })) };
}

/** A paragraph's text cut into runs at every mark and marker boundary. Markers of notes the document has become `note` runs. */
function runsOf(text: string, marks: readonly Mark[], notes: ReadonlySet<number>): Run[] {
  const cuts = new Set([0, text.length]);
  for (const m of marks) cuts.add(Math.max(0, Math.min(text.length, m.start))).add(Math.max(0, Math.min(text.length, m.end)));
  const markers = [...text.matchAll(MARKER)].filter((m) => notes.has(Number(m[1])));
  for (const m of markers) cuts.add(m.index).add(m.index + m[0].length);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [start, end] = [points[k]!, points[k + 1]!];
    const marker = markers.find((m) => m.index === start && m.index + m[0].length === end);
    if (marker) {
      runs.push({ text: marker[0], bold: false, italic: false, sup: true, code: false, note: Number(marker[1]) });
      continue;
    }
    const on = (type: Mark['type']) => marks.find((m) => m.type === type && m.start <= start && m.end >= end);
    const link = on('link');
    runs.push({ text: text.slice(start, end), bold: !!on('bold'), italic: !!on('italic'), sup: !!on('sup'), code: !!on('code'), ...(link?.href ? { href: link.href } : {}) });
  }
  return runs.filter((r) => r.text);
}

/** Note numbers that have a note paragraph (markers of other numbers stay text). */
const notesOf = (doc: RebuiltDocument) => new Set(doc.paragraphs.filter((p) => p.kind === 'footnote' && p.footnote !== undefined).map((p) => p.footnote!));

// ---------------------------------------------------------------- Markdown

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(#{1,6}\s|\d+\.\s|[-+]\s)/, '\\$1');

function markdownRuns(runs: readonly Run[]): string {
  return runs
    .map((r) => {
      if (r.note !== undefined) return `[^${r.note}]`;
      let out = r.code ? `\`${r.text.replace(/`/g, 'ʼ')}\`` : escapeMarkdown(r.text);
      if (r.sup) out = `<sup>${out}</sup>`;
      // emphasis must hug its text: spaces at its edges stay outside
      const wrap = (s: string, w: string) => s.replace(/^(\s*)([\s\S]*?)(\s*)$/, (_, a: string, b: string, c: string) => (b ? `${a}${w}${b}${w}${c}` : s));
      if (r.italic) out = wrap(out, '*');
      if (r.bold) out = wrap(out, '**');
      if (r.href) out = `[${out}](${r.href.replace(/[()\s]/g, encodeURIComponent)})`;
      return out;
    })
    .join('');
}

export function writeMarkdown(doc: RebuiltDocument): string {
  const notes = notesOf(doc);
  const blocks: string[] = [];
  for (const p of doc.paragraphs) {
    const untranslated = p.untranslated ? '<!-- untranslated: source text -->\n' : '';
    if (p.kind === 'footnote' && p.footnote !== undefined) {
      const body = noteBody(p);
      blocks.push(`${untranslated}[^${p.footnote}]: ${markdownRuns(runsOf(body.text, body.marks, new Set()))}`);
      continue;
    }
    const text = markdownRuns(runsOf(p.text, p.marks, notes));
    if (p.kind === 'heading') blocks.push(`${untranslated}${'#'.repeat(p.level ?? 2)} ${text}`);
    else if (p.kind === 'list-item') blocks.push(`${untranslated}- ${text}`);
    else blocks.push(`${untranslated}${text}`);
  }
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------- HTML

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlRuns(runs: readonly Run[]): string {
  return runs
    .map((r) => {
      if (r.note !== undefined) return `<sup><a href="#fn${r.note}" id="fnref${r.note}">[${r.note}]</a></sup>`;
      let out = escapeHtml(r.text);
      if (r.code) out = `<code>${out}</code>`;
      if (r.sup) out = `<sup>${out}</sup>`;
      if (r.italic) out = `<em>${out}</em>`;
      if (r.bold) out = `<strong>${out}</strong>`;
      if (r.href) out = `<a href="${escapeHtml(r.href)}">${out}</a>`;
      return out;
    })
    .join('');
}

export function writeHtml(doc: RebuiltDocument, sourceLang: string): string {
  const notes = notesOf(doc);
  const body: string[] = [];
  const noteItems: string[] = [];
  let list = false;
  for (const p of doc.paragraphs) {
    const attrs = p.untranslated ? ` class="untranslated" lang="${sourceLang}"` : '';
    if (p.kind === 'footnote' && p.footnote !== undefined) {
      const note = noteBody(p);
      noteItems.push(`<li id="fn${p.footnote}"${attrs}><p>${htmlRuns(runsOf(note.text, note.marks, new Set()))} <a href="#fnref${p.footnote}" class="footnote-back">↩</a></p></li>`);
      continue;
    }
    if (p.kind === 'list-item' && !list) body.push('<ul>');
    if (p.kind !== 'list-item' && list) body.push('</ul>');
    list = p.kind === 'list-item';
    const text = htmlRuns(runsOf(p.text, p.marks, notes));
    const tag = p.kind === 'heading' ? `h${Math.min(6, Math.max(1, p.level ?? 2))}` : p.kind === 'list-item' ? 'li' : 'p';
    body.push(`<${tag}${attrs}>${text}</${tag}>`);
  }
  if (list) body.push('</ul>');
  if (noteItems.length) body.push(`<section class="footnotes">\n<hr>\n<ol>\n${noteItems.join('\n')}\n</ol>\n</section>`);
  return `<!DOCTYPE html>\n<html lang="${doc.lang}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(doc.title)}</title>\n<style>.untranslated { background: #fff3c4; }</style>\n</head>\n<body>\n<article>\n${body.join('\n')}\n</article>\n</body>\n</html>\n`;
}

// ---------------------------------------------------------------- Word

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

function docxRuns(runs: readonly Run[], untranslated: boolean): ParagraphChild[] {
  return runs.map((r) => {
    if (r.note !== undefined) return new FootnoteReferenceRun(r.note);
    const run = new TextRun({ text: r.text, bold: r.bold, italics: r.italic, superScript: r.sup, ...(r.code ? { font: 'Courier New' } : {}), ...(r.href ? { style: 'Hyperlink' } : {}), ...(untranslated ? { highlight: 'yellow' } : {}) });
    return r.href ? new ExternalHyperlink({ link: r.href, children: [run] }) : run;
  });
}

/** Word: headings as Heading 1–6, list items as bullets, notes as real footnotes at the foot of the page. */
export async function writeDocx(doc: RebuiltDocument): Promise<Uint8Array> {
  const notes = notesOf(doc);
  // a note whose marker is nowhere in the text would be invisible as a Word footnote: it stays a paragraph at the end
  const referenced = new Set<number>();
  for (const p of doc.paragraphs) if (p.kind !== 'footnote') for (const m of p.text.matchAll(MARKER)) if (notes.has(Number(m[1]))) referenced.add(Number(m[1]));
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const children: Paragraph[] = [];
  for (const p of doc.paragraphs) {
    if (p.kind === 'footnote' && p.footnote !== undefined && referenced.has(p.footnote)) {
      const note = noteBody(p);
      footnotes[p.footnote] = { children: [new Paragraph({ children: docxRuns(runsOf(note.text, note.marks, new Set()), p.untranslated) })] };
      continue;
    }
    const runs = docxRuns(runsOf(p.text, p.marks, referenced), p.untranslated);
    if (p.kind === 'heading') children.push(new Paragraph({ heading: HEADINGS[Math.min(6, Math.max(1, p.level ?? 2)) - 1]!, children: runs }));
    else if (p.kind === 'list-item') children.push(new Paragraph({ bullet: { level: 0 }, children: runs }));
    else children.push(new Paragraph({ children: runs }));
  }
  const language = doc.lang === 'tr' ? 'tr-TR' : 'en-GB';
  const file = new Document({
    title: doc.title,
    styles: { default: { document: { run: { language: { value: language } } } } },
    footnotes,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
