import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { alignSides, defaultLexicon, fillGaps, type AlignContext, type Bead, type Lexicon } from '../align/index.js';
import { documentsWithContent, insertDocument, loadGlossary, type Db, type NewPair } from '../db/index.js';
import { DuplicateImportError, InputError } from '../errors.js';
import { glossaryAnchors, TermMatcher } from '../glossary/index.js';
import type { Glossary } from '../glossary/model.js';
import { tmLexicon } from '../tm/index.js';
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

/** What the workspace gives the aligner, as plain data a worker thread can receive. */
export interface AlignInputs {
  /** The workspace glossary, whose terms count as anchors. */
  glossary: Glossary | null;
  /** A word lexicon learned from the TM (opt-in), added to the shipped one. */
  learned: Lexicon | null;
}

export function alignInputs(db: Db, withTmLexicon: boolean): AlignInputs {
  return { glossary: loadGlossary(db), learned: withTmLexicon ? tmLexicon(db) : null };
}

function alignContext(inputs: AlignInputs): AlignContext {
  return {
    ...(inputs.glossary ? { termAnchors: glossaryAnchors(new TermMatcher(inputs.glossary)) } : {}),
    ...(inputs.learned ? { lexicon: fillGaps(defaultLexicon(), inputs.learned) } : {}),
  };
}

/** A document pair read, segmented and aligned, ready to store: the costly part, no database. */
export interface PreparedImport {
  title: string;
  srcLang: Lang;
  tgtLang: Lang;
  source: SegmentedSide & { file: string; encoding: string };
  target: SegmentedSide & { file: string; encoding: string };
  pairs: NewPair[];
  needsReview: number;
  contentHash: string;
}

/**
 * Read, segment and align a document pair. Everything that can fail on the input
 * (reading, decoding, language check) happens here, before the database is touched.
 * Pure but for reading the files: the server runs it in a worker thread (jobs/).
 * `earlierImport` lets a caller with the database refuse a duplicate before aligning.
 */
export function prepareImport(request: ImportRequest, inputs: AlignInputs, earlierImport?: (contentHash: string) => { id: number; title: string } | undefined): PreparedImport {
  const srcLang = request.srcLang ?? 'en';
  const tgtLang = request.tgtLang ?? 'tr';
  if (srcLang === tgtLang) throw new InputError(`source and target languages are both "${srcLang}"`, { reason: 'same-languages' });
  const srcDoc = readSide(request.source);
  const tgtDoc = readSide(request.target);
  const source = segmentDocument(srcDoc, srcLang);
  const target = segmentDocument(tgtDoc, tgtLang);
  if (!request.force) {
    checkLanguage(source, srcDoc.file);
    checkLanguage(target, tgtDoc.file);
  }
  const contentHash = contentHashOf(source, target);
  const earlier = request.force ? undefined : earlierImport?.(contentHash);
  if (earlier) throw new DuplicateImportError(earlier);
  const title = request.title?.trim() || titleOf(source) || basename(srcDoc.file);
  checkText(title, 'title', FIELD_LIMITS.title);
  const beads = request.align === false ? [] : alignSides(source, target, {}, alignContext(inputs));
  return {
    title,
    srcLang,
    tgtLang,
    source: { ...source, file: srcDoc.file, encoding: srcDoc.encoding },
    target: { ...target, file: tgtDoc.file, encoding: tgtDoc.encoding },
    pairs: pairsFromBeads(beads, source, target),
    needsReview: beads.filter((b) => b.needsReview).length,
    contentHash,
  };
}

/** Store a prepared pair in one transaction (a failed import leaves no trace); refuses a duplicate unless `force`. */
export function storeImport(db: Db, prepared: PreparedImport, force = false, author: string | null = null): ImportResult {
  const [earlier] = force ? [] : documentsWithContent(db, prepared.contentHash);
  if (earlier) throw new DuplicateImportError(earlier);
  const { title, source, target, pairs, contentHash } = prepared;
  const id = insertDocument(db, { title, source, target, pairs, contentHash }, author);
  const side = (s: PreparedImport['source']) => ({ file: s.file, encoding: s.encoding, paragraphs: s.paragraphs.length, segments: s.segments.length });
  return { id, title, srcLang: prepared.srcLang, tgtLang: prepared.tgtLang, source: side(source), target: side(target), pairs: pairs.length, needsReview: prepared.needsReview };
}

/** Read, segment, align and store an English/Turkish document pair, in this thread. */
export function importDocumentPair(db: Db, request: ImportRequest, author: string | null = null): ImportResult {
  const prepared = prepareImport(request, alignInputs(db, request.tmLexicon === true), (hash) => documentsWithContent(db, hash)[0]);
  return storeImport(db, prepared, request.force === true, author);
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
