import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { alignSides, defaultLexicon, fillGaps, type AlignContext, type Bead } from '../align/index.js';
import { documentsWithContent, insertDocument, type Db, type NewPair } from '../db/index.js';
import { DuplicateImportError, InputError } from '../errors.js';
import { glossaryAnchors } from '../glossary/index.js';
import { tmLexicon } from '../tm/index.js';
import { workspaceMatcher } from '../workspace/index.js';
import type { SegmentedSide } from '../model/index.js';
import { checkText, FIELD_LIMITS, type Lang } from '../text/index.js';
import { checkLanguage, readSide, segmentDocument, type SideInput } from './pipeline.js';

export interface ImportRequest {
  source: SideInput;
  target: SideInput;
  srcLang?: Lang;
  tgtLang?: Lang;
  title?: string;
  /** Import even when a file's text looks like the other language, or the same files were imported before. */
  force?: boolean;
  /** Align and store pairs (default true). */
  align?: boolean;
  /** Add a word lexicon learned from the translation memory to the shipped one (default false; docs/alignment.md says why). */
  tmLexicon?: boolean;
}

export interface ImportResult {
  id: number;
  title: string;
  srcLang: Lang;
  tgtLang: Lang;
  source: { file: string; encoding: string; paragraphs: number; segments: number };
  target: { file: string; encoding: string; paragraphs: number; segments: number };
  pairs: number;
  /** Pairs whose alignment confidence is below the review threshold. */
  needsReview: number;
}

/**
 * Read, segment and store an English/Turkish document pair. Everything that can fail
 * on the input (reading, decoding, language check) happens before the database is
 * touched, and the write is one transaction, so a failed import leaves no trace.
 */
/** What the workspace adds to the aligner: its glossary's terms as anchors, and on request a lexicon learned from its TM. */
function alignContext(db: Db, withTmLexicon: boolean): AlignContext {
  const learned = withTmLexicon ? tmLexicon(db) : null;
  return { termAnchors: glossaryAnchors(workspaceMatcher(db)), ...(learned ? { lexicon: fillGaps(defaultLexicon(), learned) } : {}) };
}

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
  const contentHash = contentHashOf(source, target);
  if (!request.force) {
    const [earlier] = documentsWithContent(db, contentHash);
    if (earlier) throw new DuplicateImportError(earlier);
  }
  const title = request.title?.trim() || titleOf(source) || basename(srcDoc.file);
  checkText(title, 'title', FIELD_LIMITS.title);
  const beads = request.align === false ? [] : alignSides(source, target, {}, alignContext(db, request.tmLexicon === true));
  const pairs = pairsFromBeads(beads, source, target);
  const id = insertDocument(db, { title, source: { ...source, file: srcDoc.file }, target: { ...target, file: tgtDoc.file }, pairs, contentHash });
  return {
    id,
    title,
    srcLang,
    tgtLang,
    source: { file: srcDoc.file, encoding: srcDoc.encoding, paragraphs: source.paragraphs.length, segments: source.segments.length },
    target: { file: tgtDoc.file, encoding: tgtDoc.encoding, paragraphs: target.paragraphs.length, segments: target.segments.length },
    pairs: pairs.length,
    needsReview: beads.filter((b) => b.needsReview).length,
  };
}

/** One pair per bead: the bead's segments joined with a space on each side. */
export function pairsFromBeads(beads: readonly Bead[], source: SegmentedSide, target: SegmentedSide): NewPair[] {
  return beads.map((b) => ({
    srcSegments: b.src,
    tgtSegments: b.tgt,
    source: b.src.map((k) => source.segments[k]!.text).join(' '),
    target: b.tgt.map((k) => target.segments[k]!.text).join(' '),
    score: b.score,
  }));
}

/**
 * What makes two imports "the same files": both sides' languages and read text (so a
 * re-saved file in another encoding or with other line endings is the same content).
 */
function contentHashOf(source: SegmentedSide, target: SegmentedSide): string {
  const hash = createHash('sha256');
  for (const side of [source, target]) {
    hash.update(`${side.lang}\u0000`);
    for (const p of side.paragraphs) hash.update(`${p.text}\u0001`);
    hash.update('\u0002');
  }
  return hash.digest('hex');
}

/** The first heading, as the analyses put their title there. */
function titleOf(side: SegmentedSide): string | undefined {
  return side.paragraphs.find((p) => p.kind === 'heading')?.text;
}
