/**
 * The dev documents rewritten in other spellings a user's Markdown may have (npm run
 * eval): CRLF line ends, hard-wrapped paragraphs, Markdown footnotes ([^1], [^1]:),
 * superscripts without brackets (<sup>1</sup>), bold names, a level-1 title; and in
 * other formats: a web page (the analysis in <main>, with a site menu, cookie banner
 * and footer around it), plain text without Markdown marks (with blank lines between
 * paragraphs, or a paragraph per line), and PDF text (plain text with a running header
 * and a page number every four blocks). Each is
 * segmented and aligned end to end and scored against the same gold as the original:
 * the readers should make them all read alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSides } from '../src/align/index.js';
import { segmentDocument } from '../src/documents/index.js';
import { readDocumentAnyFile, readDocumentBytes, type ReadDocument } from '../src/formats/index.js';
import type { SegmentedSide } from '../src/model/index.js';
import { beadScore, projectBeads, projectSegments } from './lib/align-score.js';
import { ALIGN_DIR, boundaryScore, goldBeads, goldSegments, setNames } from './lib/gold.js';

function superscript(digits: string): string {
  return [...digits].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');
}

const VARIANTS: Record<string, (md: string) => string> = {
  'as given': (s) => s,
  'CRLF line ends': (s) => s.replace(/\n/g, '\r\n'),
  'hard-wrapped at 78': (s) =>
    s
      .split('\n')
      .map((line) => (line.startsWith('#') || line.length < 90 ? line : line.replace(/(.{1,78})(\s+|$)/g, '$1\n').trimEnd()))
      .join('\n'),
  'Markdown footnotes [^1]': (s) => s.replace(/<sup>\[(\d+)\]<\/sup>/g, '[^$1]').replace(/^\[(\d+)\] /gm, '[^$1]: '),
  '<sup>1</sup> markers': (s) => s.replace(/<sup>\[(\d+)\]<\/sup>/g, '<sup>$1</sup>'),
  // as text copied from a PDF or a web page has them: "… 2024.¹ Its …", "¹ Port of …"
  'superscript digits ¹': (s) => s.replace(/<sup>\[(\d+)\]<\/sup>|(?<=[.!?"”)])\[(\d+)\]/g, (_, a: string | undefined, b: string | undefined) => superscript(a ?? b!)).replace(/^\[(\d+)\] /gm, (_, n: string) => `${superscript(n)} `),
  'bold country names': (s) => s.replace(/\b(Azerbaijan|Azerbaycan|Armenia|Ermenistan|Georgia|Gürcistan)\b/g, '**$1**'),
  '# title': (s) => s.replace(/^## /m, '# '),
};

/** The Markdown as a web page: headings, paragraphs, links and superscripts as HTML elements, text escaped. */
function asHtml(md: string): string {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const inline = (t: string) =>
    escape(t)
      .replace(/&lt;(\/?)sup&gt;/g, '<$1sup>')
      .replace(/&lt;(https?:[^&\s]+|mailto:[^&\s]+)&gt;/g, '<a href="$1">$1</a>')
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/\*([^*]+)\*/g, '<em>$1</em>');
  const blocks = md.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const body = blocks
    .map((b) => {
      const heading = /^(#{1,6})\s+(.*)$/s.exec(b);
      if (heading) return `<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`;
      if (/^-{3,}$/.test(b)) return '<hr>';
      return `<p>${inline(b)}</p>`;
    })
    .join('\n');
  // the site around the analysis, as a saved page has it: menu, banner, footer
  const site =
    '<header><div class="logo">HAKAM</div><nav><ul><li><a href="/">Home</a></li><li><a href="/analyses">Analyses</a></li></ul></nav></header>\n' +
    '<div class="cookie-banner"><p>This site uses cookies to improve your experience.</p><button>OK</button></div>\n';
  const footer = '<footer><p>© HAKAM. All rights reserved.</p><form><input name="email"><button>Subscribe</button></form></footer>\n';
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>analysis</title></head><body>\n${site}<main><article>\n${body}\n</article></main>\n${footer}</body></html>\n`;
}

/**
 * The Markdown as a page from a site generator (Pandoc, WordPress): each footnote marker a
 * superscript link, <sup><a href="#fn1">1</a></sup>; the notes a list whose items carry
 * their number only in their id, each with a back link "↩︎"; and a sidebar pull quote
 * repeating a sentence of the text.
 */
function asGeneratedHtml(md: string): string {
  const body = md
    .split(/\n\s*\n/)
    .map((b) => b.trim().replace(/^\[(\d+)\]\s+/, '@@NOTE@@$1@@'))
    .join('\n\n')
    .replace(/<sup>\[(\d+)\]<\/sup>|\[(\d+)\](?!\()/g, (_, a: string | undefined, b: string | undefined) => `@@FN${a ?? b}@@`);
  const quote = /^[^#\n][^\n]*?[.!?](?=\s)/m.exec(body.split(/\n\s*\n/).find((b) => !b.startsWith('#') && b.length > 80) ?? '')?.[0] ?? '';
  return asHtml(body)
    .replace(/@@FN(\d+)@@/g, '<sup><a href="#fn$1" id="fnref$1">$1</a></sup>')
    .replace(/<p>@@NOTE@@(\d+)@@([\s\S]*?)<\/p>/g, '<li id="fn$1"><p>$2 <a href="#fnref$1" class="footnote-back">↩︎</a></p></li>')
    .replace(/(?:<li id="fn\d+">[\s\S]*?<\/li>\n?)+/g, (run) => `<section class="footnotes"><hr><ol>\n${run}</ol></section>\n`)
    .replace('</article>', `<aside class="pullquote"><p>${quote.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></aside>\n</article>`);
}

/** Rewrites that change the format, not only the spelling: the file name's extension changes with them. */
const FORMATS: Record<string, { ext: string; rewrite: (md: string) => string }> = {
  'as a web page': { ext: 'html', rewrite: asHtml },
  'as a generated web page': { ext: 'html', rewrite: asGeneratedHtml },
  'as PDF text': { ext: 'txt', rewrite: asPdfText },
  'as PDF text, note numbers flattened': {
    // as pdftotext writes raised note numbers: "… the region.3 The EU …", "3 Port of …"
    ext: 'txt',
    rewrite: (md) => asPdfText(md).replace(/(?<=[.!?"”)])\[(\d+)\]/g, '$1').replace(/^\[(\d+)\] /gm, '$1 '),
  },
  'as plain text, a line per paragraph': {
    // as a word processor saves plain text: no blank lines, a paragraph on each line
    ext: 'txt',
    rewrite: (md) => toPlainText(md).split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ')).join('\n'),
  },
  'as plain text': {
    ext: 'txt',
    rewrite: (md) => toPlainText(md),
  },
};

/** The Markdown without its marks, as a .txt file would have it. */
/** Plain text as extracted from a PDF: a running header and a page number every few paragraphs, also where a page break cuts a sentence. */
function asPdfText(md: string): string {
  const blocks = toPlainText(md).split(/\n\s*\n/);
  let page = 1;
  const furniture = () => `${++page}\n\nHAKAM · Caspian Analyses\n\n`;
  // a new page every four blocks after the first page, and where a page break cuts a sentence
  const cut = (k: number) => k > 0 && !/[.!?:\]]\s*$/u.test(blocks[k - 1]!) && /^\p{Ll}/u.test(blocks[k]!);
  return blocks.map((b, k) => ((k >= 8 && k % 4 === 0) || cut(k) ? furniture() + b : b)).join('\n\n');
}

function toPlainText(md: string): string {
  return md
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*+([^*]+)\*+/g, '$1')
    .replace(/<sup>(\[\d+\])<\/sup>/g, '$1')
    .replace(/<(https?:[^>\s]+|mailto:[^>\s]+)>/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1');
}

/** One row of the table: worst segmentation F1 and bead F1 of each set, the sides read by `read`. */
function scoreSets(read: (name: string, lang: 'en' | 'tr') => SegmentedSide): string[] {
  const f = (x: number) => x.toFixed(3);
  return setNames().map((name) => {
    const src = read(name, 'en');
    const tgt = read(name, 'tr');
    const system = alignSides(src, tgt).map((b) => ({ en: b.src, tr: b.tgt }));
    const enText = src.segments.map((s) => s.text);
    const trText = tgt.segments.map((s) => s.text);
    const projected = projectBeads(system, projectSegments(enText, goldSegments(name, 'en')), projectSegments(trText, goldSegments(name, 'tr')));
    const seg = Math.min(boundaryScore(enText, goldSegments(name, 'en')).f1, boundaryScore(trText, goldSegments(name, 'tr')).f1);
    return `${name} ${f(seg)}/${f(beadScore(projected, gold(name)).f1)}`;
  });
}
const gold = goldBeads;

/**
 * The dev pairs as Word and PDF files (data/dev/binary/, made by
 * scripts/make-binary-dev.sh: pandoc's DOCX, Chromium's print of pandoc's HTML), each
 * side read by the binary readers, in the four pairings.
 */
export async function evalBinaryVariants(): Promise<void> {
  const dir = join(ALIGN_DIR, '../binary');
  const read = new Map<string, ReadDocument>();
  for (const name of setNames()) for (const lang of ['en', 'tr']) for (const ext of ['docx', 'pdf']) read.set(`${name}.${lang}.${ext}`, await readDocumentAnyFile(join(dir, `${name}.${lang}.${ext}`)));
  console.log('the dev documents as Word and PDF files (end to end: worst segmentation F1, bead F1 per set)');
  for (const [label, en, tr] of [['Word + Word', 'docx', 'docx'], ['PDF + PDF', 'pdf', 'pdf'], ['EN PDF + TR Word', 'pdf', 'docx'], ['EN Word + TR PDF', 'docx', 'pdf']] as const) {
    const rows = scoreSets((name, lang) => segmentDocument(read.get(`${name}.${lang}.${lang === 'en' ? en : tr}`)!, lang));
    console.log(`  ${label.padEnd(36)} ${rows.join(' · ')}`);
  }
}

export function evalVariants(): void {
  const f = (x: number) => x.toFixed(3);
  console.log('the dev documents in other Markdown spellings and formats (end to end: worst segmentation F1, bead F1 per set)');
  const all = [...Object.entries(VARIANTS).map(([label, rewrite]) => ({ label, ext: 'md', rewrite })), ...Object.entries(FORMATS).map(([label, f]) => ({ label, ...f }))];
  for (const { label, ext, rewrite } of all) {
    const rows: string[] = [];
    for (const name of setNames()) {
      const side = (lang: 'en' | 'tr') => {
        const text = rewrite(readFileSync(join(ALIGN_DIR, `${name}.${lang}.md`), 'utf8'));
        return segmentDocument(readDocumentBytes(new TextEncoder().encode(text), `${name}.${lang}.${ext}`), lang);
      };
      const src = side('en');
      const tgt = side('tr');
      const gold = goldBeads(name);
      const system = alignSides(src, tgt).map((b) => ({ en: b.src, tr: b.tgt }));
      const enText = src.segments.map((s) => s.text);
      const trText = tgt.segments.map((s) => s.text);
      const projected = projectBeads(system, projectSegments(enText, goldSegments(name, 'en')), projectSegments(trText, goldSegments(name, 'tr')));
      const seg = Math.min(boundaryScore(enText, goldSegments(name, 'en')).f1, boundaryScore(trText, goldSegments(name, 'tr')).f1);
      rows.push(`${name} ${f(seg)}/${f(beadScore(projected, gold).f1)}`);
    }
    console.log(`  ${label.padEnd(36)} ${rows.join(' · ')}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) evalVariants();
