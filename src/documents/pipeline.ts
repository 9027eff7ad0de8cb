import { InputError } from '../errors.js';
import { isBinaryDocument, readDocumentAnyBytes, readDocumentAnyFile, readDocumentBytes, readDocumentFile, type ReadDocument, type ReadOptions } from '../formats/index.js';
import type { SegmentedSide } from '../model/index.js';
import { joinBrokenParagraphs, segmentParagraphs } from '../segment/index.js';
import { guessLanguage, LANGUAGE_NAMES, type Lang } from '../text/index.js';

/** Paragraphs (with page-break halves joined) and sentence segments of one read document. */
export function segmentDocument(doc: ReadDocument, lang: Lang): SegmentedSide {
  const paragraphs = joinBrokenParagraphs(doc.paragraphs);
  return { lang, paragraphs, segments: segmentParagraphs(paragraphs, lang) };
}

/**
 * Refuse a document whose text is clearly in the other language than the one it was
 * given as (swapped files, a wrong --lang). Short or mixed texts are let through.
 */
export function checkLanguage(side: SegmentedSide, file: string): void {
  const guess = guessLanguage(side.paragraphs.map((p) => p.text).join('\n'));
  if (guess.lang && guess.lang !== side.lang && guess.confidence >= 0.8) {
    throw new InputError(
      `the text looks ${LANGUAGE_NAMES[guess.lang]}, not ${LANGUAGE_NAMES[side.lang]} as the language flag or argument order says (use --force to go on)`,
      { file, reason: 'wrong-language', params: { looks: guess.lang, expected: side.lang } },
    );
  }
}

export interface SideInput {
  /** A path on disk, or a name plus bytes (uploads). */
  path?: string;
  name?: string;
  bytes?: Uint8Array;
  /** The document already read (a PDF or Word file, read asynchronously before the rest of the import). */
  read?: ReadDocument;
}

export function readSide(input: SideInput): ReadDocument {
  if (input.read) return input.read;
  if (input.bytes) return readDocumentBytes(input.bytes, input.name ?? input.path ?? 'upload');
  if (input.path) return readDocumentFile(input.path);
  throw new InputError('no file given');
}

/**
 * The PDF and Word sides of an import read first (their readers are asynchronous); the
 * rest of the import (segmenting, aligning) then runs as for text files. Text sides are
 * left as they are.
 */
export async function readBinarySides<T extends { source: SideInput; target: SideInput }>(request: T, options: ReadOptions = {}): Promise<T> {
  const read = async (side: SideInput): Promise<SideInput> => {
    const name = side.name ?? side.path ?? '';
    if (side.read || !isBinaryDocument(name)) return side;
    const document = side.bytes ? await readDocumentAnyBytes(side.bytes, name, options) : await readDocumentAnyFile(side.path!, options);
    return { name, read: document };
  };
  return { ...request, source: await read(request.source), target: await read(request.target) };
}
