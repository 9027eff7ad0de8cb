import JSZip from 'jszip';
import mammoth from 'mammoth';
import { InputError } from '../errors.js';
import type { Paragraph } from '../model/index.js';
import { readHtml } from './html.js';

/**
 * Word files (.docx). mammoth turns the OOXML into semantic HTML — headings by style,
 * paragraphs, lists, tables cell by cell, footnotes and endnotes as a numbered list with
 * their markers, bold/italic/links — and our HTML reader (which knows Word's footnote
 * lists) makes the paragraphs, so DOCX gets the same model and the same repairs as a web
 * page. mammoth rather than our own OOXML walker: it is maintained, handles numbering,
 * nested tables, hyperlink relationships and notes, and ignores comments by design.
 * Tracked changes: by default the document as it would print with the changes accepted
 * (insertions kept, deletions gone); `trackedChanges: 'reject'` reads the text before the
 * changes. O(size of the file).
 */
export interface DocxOptions {
  trackedChanges?: 'accept' | 'reject';
}

/** An OLE compound file: what Word writes for a password-protected .docx (and for .doc). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export async function readDocx(bytes: Uint8Array, file: string, options: DocxOptions = {}): Promise<Paragraph[]> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new InputError('an encrypted (password-protected) Word file or an old .doc, not a .docx; save it without a password as .docx', { file, reason: 'docx-encrypted' });
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new InputError('not a .docx file: it is not a ZIP package (damaged, or another kind of file renamed)', { file, reason: 'docx-damaged' });
  }
  const main = zip.file('word/document.xml');
  if (!main || !zip.file('[Content_Types].xml')) {
    throw new InputError('a ZIP file without word/document.xml: not a Word document (another kind of file renamed .docx?)', { file, reason: 'docx-not-word' });
  }
  let input: Buffer = Buffer.from(bytes);
  if (options.trackedChanges === 'reject') {
    zip.file('word/document.xml', rejectTrackedChanges(await main.async('string')));
    input = await zip.generateAsync({ type: 'nodebuffer' });
  }
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: input }, { ignoreEmptyParagraphs: true }));
  } catch (err) {
    throw new InputError(`the Word document cannot be read: ${(err as Error).message}`, { file, reason: 'docx-damaged' });
  }
  return readHtml(html);
}

/**
 * The text before the tracked changes: insertions (w:ins) dropped, deletions (w:del)
 * kept as text. Regex over the XML is enough here: w:ins and w:del do not nest in
 * themselves, and w:delText is only ever inside w:del. O(length).
 */
export function rejectTrackedChanges(xml: string): string {
  return xml
    .replace(/<w:ins\b[^>]*\/>/g, '')
    .replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, '')
    .replace(/<w:del\b[^>]*\/>/g, '')
    .replace(/<w:del\b[^>]*>([\s\S]*?)<\/w:del>/g, '$1')
    .replace(/<w:delText\b/g, '<w:t')
    .replace(/<\/w:delText>/g, '</w:t>');
}
