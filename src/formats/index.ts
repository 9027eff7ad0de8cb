export { decodeText, type DecodedText, type TextEncoding } from './encoding.js';
export { readMarkdown } from './markdown.js';
export { readPlainText } from './plaintext.js';
export { readHtml } from './html.js';
export { classifyParagraphs, METADATA_PATTERNS } from './classify.js';
export { parseInline } from './inline-markdown.js';
export { readDocumentBytes, readDocumentFile, SUPPORTED_EXTENSIONS, type ReadDocument } from './read.js';
export { readPresegmented } from './presegmented.js';
export * as xliff from './xliff/index.js';
