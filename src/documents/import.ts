import { basename } from 'node:path';
import { insertDocument, type Db } from '../db/index.js';
import { InputError } from '../errors.js';
import type { SegmentedSide } from '../model/index.js';
import type { Lang } from '../text/index.js';
import { checkLanguage, readSide, segmentDocument, type SideInput } from './pipeline.js';

export interface ImportRequest {
  source: SideInput;
  target: SideInput;
  srcLang?: Lang;
  tgtLang?: Lang;
  title?: string;
  /** Import even when a file's text looks like the other language. */
  force?: boolean;
}

export interface ImportResult {
  id: number;
  title: string;
  srcLang: Lang;
  tgtLang: Lang;
  source: { file: string; encoding: string; paragraphs: number; segments: number };
  target: { file: string; encoding: string; paragraphs: number; segments: number };
}

/**
 * Read, segment and store an English/Turkish document pair. Everything that can fail
 * on the input (reading, decoding, language check) happens before the database is
 * touched, and the write is one transaction, so a failed import leaves no trace.
 */
export function importDocumentPair(db: Db, request: ImportRequest): ImportResult {
  const srcLang = request.srcLang ?? 'en';
  const tgtLang = request.tgtLang ?? 'tr';
  if (srcLang === tgtLang) throw new InputError(`source and target languages are both "${srcLang}"`);
  const srcDoc = readSide(request.source);
  const tgtDoc = readSide(request.target);
  const source = segmentDocument(srcDoc, srcLang);
  const target = segmentDocument(tgtDoc, tgtLang);
  if (!request.force) {
    checkLanguage(source, srcDoc.file);
    checkLanguage(target, tgtDoc.file);
  }
  const title = request.title?.trim() || titleOf(source) || basename(srcDoc.file);
  const id = insertDocument(db, { title, source: { ...source, file: srcDoc.file }, target: { ...target, file: tgtDoc.file } });
  return {
    id,
    title,
    srcLang,
    tgtLang,
    source: { file: srcDoc.file, encoding: srcDoc.encoding, paragraphs: source.paragraphs.length, segments: source.segments.length },
    target: { file: tgtDoc.file, encoding: tgtDoc.encoding, paragraphs: target.paragraphs.length, segments: target.segments.length },
  };
}

/** The first heading, as the analyses put their title there. */
function titleOf(side: SegmentedSide): string | undefined {
  return side.paragraphs.find((p) => p.kind === 'heading')?.text;
}
