import { InputError } from '../errors.js';
import { readDocumentBytes, readDocumentFile, type ReadDocument } from '../formats/index.js';
import type { SegmentedSide } from '../model/index.js';
import { joinBrokenParagraphs, segmentParagraphs } from '../segment/index.js';
import { guessLanguage, type Lang } from '../text/index.js';

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
    const names: Record<Lang, string> = { en: 'English', tr: 'Turkish' };
    throw new InputError(
      `the text looks ${names[guess.lang]}, not ${names[side.lang]} as the language flag or argument order says (use --force to go on)`,
      { file, reason: 'wrong-language', params: { looks: guess.lang, expected: side.lang } },
    );
  }
}

export interface SideInput {
  /** A path on disk, or a name plus bytes (uploads). */
  path?: string;
  name?: string;
  bytes?: Uint8Array;
}

export function readSide(input: SideInput): ReadDocument {
  if (input.bytes) return readDocumentBytes(input.bytes, input.name ?? input.path ?? 'upload');
  if (input.path) return readDocumentFile(input.path);
  throw new InputError('no file given');
}
