import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError } from '../errors.js';
import type { Paragraph } from '../model/index.js';
import { decodeText, type TextEncoding } from './encoding.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readPlainText } from './plaintext.js';

export interface ReadDocument {
  file: string;
  encoding: TextEncoding;
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

export const SUPPORTED_EXTENSIONS = Object.keys(READERS);

/** Read a document from bytes; `name` picks the reader by extension and names the file in errors. */
export function readDocumentBytes(bytes: Uint8Array, name: string): ReadDocument {
  const ext = extname(name).toLowerCase();
  const reader = READERS[ext];
  if (!reader) {
    throw new InputError(`unsupported file type "${ext || '(none)'}"; use one of ${SUPPORTED_EXTENSIONS.join(', ')}`, { file: name });
  }
  const { text, encoding } = decodeText(bytes, name);
  const paragraphs = reader(text);
  if (paragraphs.length === 0) throw new InputError('the file has no paragraphs of text', { file: name });
  return { file: basename(name), encoding, paragraphs };
}

/** Read a document from disk. */
export function readDocumentFile(path: string): ReadDocument {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(err);
    throw new InputError(why, { file: path });
  }
  return { ...readDocumentBytes(bytes, path), file: basename(path) };
}
