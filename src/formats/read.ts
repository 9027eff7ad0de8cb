import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError } from '../errors.js';
import type { Paragraph } from '../model/index.js';
import { decodeText, type TextEncoding } from './encoding.js';
import { readHtml } from './html.js';
import { readDocx, type DocxOptions } from './docx.js';
import { dropPageFurniture } from './furniture.js';
import { readPdf, type PdfOptions } from './pdf.js';
import { readMarkdown } from './markdown.js';
import { readPlainText } from './plaintext.js';

export interface ReadDocument {
  file: string;
  /** How the text was stored: a text encoding, or the binary format it came in. */
  encoding: TextEncoding | 'pdf' | 'docx';
  paragraphs: Paragraph[];
}

const READERS: Record<string, (text: string) => Paragraph[]> = {
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.txt': readPlainText,
  '.text': readPlainText,
  '.html': readHtml,
  '.htm': readHtml,
  '.xhtml': readHtml,
};

/** Formats read from their binary package (asynchronously: readDocumentAnyBytes). */
const BINARY_EXTENSIONS = ['.pdf', '.docx'];

export const SUPPORTED_EXTENSIONS = [...Object.keys(READERS), ...BINARY_EXTENSIONS];

export const isBinaryDocument = (name: string): boolean => BINARY_EXTENSIONS.includes(extname(name).toLowerCase());

export interface ReadOptions extends DocxOptions, PdfOptions {}

/**
 * Read a document of any supported type, PDF and Word included (those are read
 * asynchronously: pdf.js and the ZIP package). Text formats as readDocumentBytes.
 */
export async function readDocumentAnyBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<ReadDocument> {
  const ext = extname(name).toLowerCase();
  if (!isBinaryDocument(name)) return readDocumentBytes(bytes, name);
  if (bytes.length === 0) throw new InputError('the file is empty', { file: name, reason: 'file-empty' });
  // a PDF is extracted text, with page furniture to drop; Word's structure is explicit
  const paragraphs = ext === '.pdf' ? dropPageFurniture(await readPdf(bytes, name, options)) : await readDocx(bytes, name, options);
  if (paragraphs.length === 0) throw new InputError('the file has no paragraphs of text', { file: name, reason: 'no-text' });
  return { file: basename(name), encoding: ext === '.pdf' ? 'pdf' : 'docx', paragraphs };
}

/** Markup that only HTML opens with, and lines only Markdown has (headings, footnote marks, emphasis). */
const LOOKS_HTML = /^\s*(?:<!doctype html|<html|<head|<body|<(?:p|div|h[1-6]|article|main)[\s>])/i;
const LOOKS_MARKDOWN = /^#{1,6}\s|<sup>|\*\*[^*\n]+\*\*|^\[\^?\d+\]|\]\([^)\s]+\)/m;

/** The reader for a file without an extension, judged by its text. */
function sniffReader(text: string): (text: string) => Paragraph[] {
  if (LOOKS_HTML.test(text)) return readHtml;
  return LOOKS_MARKDOWN.test(text) ? readMarkdown : readPlainText;
}

/**
 * Read a document from bytes; `name` picks the reader by extension and names the file in
 * errors. A name without an extension is read as what its text looks like (HTML,
 * Markdown, plain text); an unknown extension is refused.
 */
export function readDocumentBytes(bytes: Uint8Array, name: string): ReadDocument {
  const ext = extname(name).toLowerCase();
  const known = READERS[ext];
  if (isBinaryDocument(name)) throw new Error(`${ext} is read by readDocumentAnyBytes`); // a caller's mistake, not the user's
  if (!known && ext !== '') {
    throw new InputError(`unsupported file type "${ext}"; use one of ${SUPPORTED_EXTENSIONS.join(', ')}`, { file: name, reason: 'unsupported-type', params: { ext, supported: SUPPORTED_EXTENSIONS.join(', ') } });
  }
  const { text, encoding } = decodeText(bytes, name);
  const reader = known ?? sniffReader(text);
  // page furniture is a trait of extracted text; a web page's table cells may hold bare numbers
  let paragraphs: Paragraph[];
  try {
    paragraphs = reader === readHtml ? reader(text) : dropPageFurniture(reader(text));
  } catch (err) {
    // a reader knows the line, the caller the file
    if (err instanceof InputError && !err.file) throw new InputError(err.problem, { ...err.where, file: name });
    throw err;
  }
  if (paragraphs.length === 0) throw new InputError('the file has no paragraphs of text', { file: name, reason: 'no-text' });
  return { file: basename(name), encoding, paragraphs };
}

/** Read a document from disk. */
export function readDocumentFile(path: string): ReadDocument {
  return { ...readDocumentBytes(readBytes(path), path), file: basename(path) };
}

/** Read a document of any supported type (PDF and Word included) from disk. */
export async function readDocumentAnyFile(path: string, options: ReadOptions = {}): Promise<ReadDocument> {
  return { ...(await readDocumentAnyBytes(readBytes(path), path, options)), file: basename(path) };
}

function readBytes(path: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(err);
    throw new InputError(why, { file: path });
  }
  return bytes;
}
