import type { XliffOrphan } from '../model/api.js';
import { addComment, documentComments, documentHead, countPairs, listComments, listPairs, PAIR_STATUSES, requirePair, statement, writePair, type Db, type Pair, type PairStatus } from '../db/index.js';
import { InputError } from '../errors.js';
import { STATUS_RANK } from '../model/pair.js';
import { invalidCharacter } from '../text/valid.js';
import { documentContext, documentFlags } from './flags.js';
import { xliff } from '../formats/index.js';
import type { Lang } from '../text/index.js';
import { searchTm, tmHasUnits, TmLookups } from '../tm/index.js';
import { syncPairToTm } from './tm-sync.js';
import { checkHere, startChecks, type CheckedDocument } from './split-checks.js';
import { workspaceMatcher } from '../workspace/index.js';
import { PairFormatting } from './pair-formatting.js';
import { sameFormatting } from '../text/formatting.js';
import { unflattenCodes } from '../formats/inline-codes.js';
import type { CheckContext } from '../qa/index.js';

export interface XliffExportOptions {
  version?: xliff.XliffVersion;
  profile?: xliff.XliffProfile;
  /** Add TM matches (default true). */
  matches?: boolean;
  srcRegion?: string;
  tgtRegion?: string;
}

/**
 * A document as XLIFF: one unit per pair with its status, its QA flags and glossary
 * terms as notes, and up to three TM matches (≥ 70 %). O(pairs × (checks + one look-up)).
 * `checked` is the checks' findings when the caller has them (exportDocumentXliffSplit).
 */
export function exportDocumentXliff(db: Db, documentId: number, options: XliffExportOptions = {}, prepared?: { pairs: Pair[]; checked: CheckedDocument; formatting: PairFormatting }): string {
  const pairs = prepared?.pairs ?? listPairs(db, documentId);
  const checked = prepared?.checked ?? checkHere(pairs, documentContext(db, documentId));
  const doc = exportedDocument(db, documentId, options, pairs, checked, prepared?.formatting ?? new PairFormatting(db, documentId));
  return inReadTransaction(db, () => xliff.writeXliff(doc, options.version ?? '1.2', options.profile ?? 'standard'));
}

/** Pairs sent to the checks' worker at a time while they are read: it starts on the first batch after a few milliseconds instead of after the whole document (0.7 s for 100,000 pairs). */
const SENT_PAIRS = 5000;

/**
 * The same file as exportDocumentXliff's, as UTF-8 bytes in blocks (in order; a file or a
 * response takes them one by one, Buffer.concat makes one buffer), with a long document's
 * checks split between this thread and a worker (split-checks.ts): the worker starts
 * while the pairs are read here and checks them as they come, and the formatting is read
 * while it finishes.
 */
export async function exportDocumentXliffSplit(db: Db, documentId: number, options: XliffExportOptions = {}, split: { splitFrom?: number } = {}): Promise<Buffer[]> {
  documentHead(db, documentId); // an unknown document is refused before a thread starts
  const started = startChecks(db, documentId, countPairs(db, documentId), split);
  let pairs: Pair[];
  let context: CheckContext;
  try {
    // the worker checks each batch as it is read; this thread's share of the checks runs
    // once all are read (the worker's goes on meanwhile)
    pairs = listPairs(db, documentId, { size: SENT_PAIRS, chunk: started.send });
    context = documentContext(db, documentId);
  } catch (err) {
    started.cancel(); // it would wait for pairs that never come
    throw err;
  }
  // the formatting is read after this thread's checks, before it takes shares of the worker's
  let formatting: PairFormatting | undefined;
  const checked = await started.finish(pairs, context, () => (formatting = new PairFormatting(db, documentId)));
  const doc = exportedDocument(db, documentId, options, pairs, checked, formatting ?? new PairFormatting(db, documentId));
  return inReadTransaction(db, () => xliff.writeXliffParts(doc, options.version ?? '1.2', options.profile ?? 'standard'));
}

/**
 * The units are made as they are written, TM look-ups included, so the write runs in one
 * read transaction: outside one, each of the look-ups' few queries per pair takes and
 * leaves SQLite's read lock, which cost more than the query (6 µs against 1); inside it
 * the TM stands still, so words' postings and candidates are read once.
 */
function inReadTransaction<T>(db: Db, write: () => T): T {
  return db.transaction(write)();
}

function exportedDocument(db: Db, documentId: number, options: XliffExportOptions, pairs: Pair[], checked: CheckedDocument, formatting: PairFormatting): xliff.ExportDocument {
  const doc = documentHead(db, documentId);
  const matcher = workspaceMatcher(db);
  const report = documentFlags(db, documentId, checked.report, pairs);
  const flagsByPair = new Map(report.pairs.map((p) => [p.id, p.flags]));
  const commentsByPair = documentComments(db, documentId);
  const lookUp = options.matches !== false && tmHasUnits(db, doc.src, doc.tgt);
  // the look-ups share what they read: the caller writes in one read transaction
  const lookups = new TmLookups();
  // made one by one as the writer asks (a unit, its notes and matches die young instead of
  // living on in an array of 100,000 through the write)
  const unitOf = (p: Pair, k: number): xliff.ExportUnit => {
    const notes: xliff.ExportUnit['notes'] = (flagsByPair.get(p.id) ?? []).map((f) => {
      const text = f.side === 'src' ? p.source : p.target;
      const found = text.slice(f.start, f.end);
      return {
        category: `hizala-qa:${f.check}`,
        appliesTo: f.side === 'src' ? 'source' : 'target',
        text: `${f.accepted ? `accepted (${f.severity})` : f.severity}: ${f.check}${found ? ` "${found}"` : ''}${f.fix !== undefined && !f.accepted ? ` → "${f.fix}"` : ''}${f.accepted ? ` — ${f.accepted.author ?? 'an editor'}: ${f.accepted.reason}` : ''}`,
      };
    });
    for (const o of checked.sourceTerms(p)) {
      const entry = matcher.entries.get(o.entryId);
      const preferred = entry?.terms.find((t) => t.lang === doc.tgt && t.status === 'preferred')?.text;
      // only the preferred target term goes to the CAT tool: forbidden spellings must not look like translations
      if (preferred) notes.push({ category: 'hizala-glossary', appliesTo: 'source', text: `term: ${o.found} → ${preferred}` });
    }
    const matches = !lookUp
      ? []
      : searchTm(db, { text: p.source, srcLang: doc.src, tgtLang: doc.tgt, min: 70, limit: 3, excludePairId: p.id, prevSource: pairs[k - 1]?.source ?? null, nextSource: pairs[k + 1]?.source ?? null }, lookups).map((m) => ({
          score: m.rank,
          source: m.unit.source,
          target: m.unit.target,
          origin: m.unit.origin ?? 'hizala-tm',
        }));
    const comments = (commentsByPair.get(p.id) ?? []).map((c) => ({ author: c.author, text: c.text }));
    const marks = formatting.of(p);
    return { pairId: p.id, ordinal: k + 1, version: p.version, source: p.source, target: p.target, status: p.status, notes, matches, comments, sourceMarks: marks.source, targetMarks: marks.target };
  };
  const units = function* () {
    for (let k = 0; k < pairs.length; k++) yield unitOf(pairs[k]!, k);
  };
  return {
    documentId,
    title: doc.title,
    srcLang: doc.src,
    tgtLang: doc.tgt,
    ...(options.srcRegion ? { srcRegion: options.srcRegion } : {}),
    ...(options.tgtRegion ? { tgtRegion: options.tgtRegion } : {}),
    original: doc.file ?? `document-${documentId}`,
    units: { [Symbol.iterator]: units },
  };
}

export type ConflictResolution = 'theirs' | 'ours';

export interface XliffImportReport {
  documentId: number;
  version: xliff.XliffVersion;
  units: number;
  updated: number;
  unchanged: number;
  conflicts: { pairId: number; line: number; exported: string; ours: string; theirs: string; resolved: ConflictResolution | null }[];
  /**
   * Units whose translation has no place to go any more, left alone and listed so nothing
   * is lost: the pair was merged away or split ('no-pair'), its source changed since the
   * export (an alignment correction: 'realigned'), or the unit's source is not the one
   * exported ('source-differs'), or the pair is reviewed here and the sender may not
   * change it ('reviewed'). One such unit never blocks the rest of the file.
   */
  orphans: XliffOrphan[];
  /** Comments that came back in the file and were not on their pairs yet. */
  comments: number;
  /** Strict import that found a unit it could not apply: nothing was written (the counts say what would have been). */
  rolledBack?: boolean;
}


/** The same text as far as letters go (tools rewrite spaces, quotes, and inline codes such as note markers). */
function sameText(a: string, b: string): boolean {
  const key = (t: string) => t.normalize('NFC').replace(/[^\p{L}]/gu, '').toLowerCase();
  return key(a) === key(b);
}

/**
 * Read back the XLIFF a CAT tool returns, in one transaction. For each unit, the target
 * is compared with the one exported (the pair's revision at the exported version): an
 * unchanged target is no change, whatever the state says (several tools never update
 * it); a changed one updates the pair, as a revision whose origin is the file — unless
 * the pair was also changed here since the export: that is a conflict, reported and left
 * alone unless `resolve` says whose text wins. A unit whose pair was merged away, split
 * or realigned since the export is listed (`orphans`) with its text and left alone; the
 * rest of the file is imported. Another document, another language pair, or a file with
 * no unit of this workspace are errors and nothing is imported.
 */
export function importDocumentXliff(db: Db, text: string, file: string, options: XliffImportOptions = {}): XliffImportReport {
  return applyXliff(db, xliff.readXliff(text, file), file, options);
}

export interface XliffImportOptions {
  resolve?: ConflictResolution;
  author?: string | null;
  documentId?: number;
  /**
   * False for someone who may not review (a translator on a team server): a returned
   * reviewed/final state comes in as translated, and a changed target of a pair that is
   * reviewed here is listed among the orphans (kept, with its text) instead of written.
   */
  mayReview?: boolean;
  /** All or nothing: when any unit is left alone or in conflict, nothing of the file is written. */
  strict?: boolean;
}

/** Apply an XLIFF file already read (the server reads it in a worker thread), in one transaction. */
export function applyXliff(db: Db, parsed: xliff.ImportedFile, file: string, options: XliffImportOptions = {}): XliffImportReport {
  try {
    return applyInTransaction(db, parsed, file, options);
  } catch (e) {
    if (e instanceof NotAllApplied) return { ...e.report, rolledBack: true };
    throw e;
  }
}

/** Thrown inside the transaction of a strict import that could not apply every unit: rolls it back. */
class NotAllApplied extends Error {
  constructor(readonly report: XliffImportReport) {
    super('not every unit could be applied');
  }
}

/** Whether an import report leaves something of the file unapplied (a unit left alone, a conflict not resolved). */
export function leftUnapplied(report: Pick<XliffImportReport, 'orphans' | 'conflicts'>): boolean {
  return report.orphans.length > 0 || report.conflicts.some((c) => c.resolved === null);
}

function applyInTransaction(db: Db, parsed: xliff.ImportedFile, file: string, options: XliffImportOptions): XliffImportReport {
  return db.transaction((): XliffImportReport => {
    const pairs = new Map<number, Pair>();
    let documentId = options.documentId ?? parsed.documentId;
    const missing: xliff.ImportedUnit[] = [];
    for (const u of parsed.units) {
      const m = /^p(\d+)$/.exec(u.id);
      const pair = m ? statement(db, 'SELECT id FROM pairs WHERE id = ?').get(Number(m[1])) : undefined;
      if (!m || !pair) {
        missing.push(u);
        continue;
      }
      const p = requirePair(db, Number(m[1]));
      documentId ??= p.documentId;
      if (p.documentId !== documentId) throw new InputError(`unit "${u.id}" belongs to document ${p.documentId}, not to document ${documentId}`, { file, line: u.line, reason: 'unit-other-document', params: { unit: u.id } });
      pairs.set(p.id, p);
    }
    // units of pairs merged away or split since the export are listed, not refused; a file
    // none of whose units is a pair here is another workspace's file
    const first = missing[0];
    if (first && pairs.size === 0) throw new InputError(`unit "${first.id}" is not a pair of this workspace`, { file, line: first.line, reason: 'unit-unknown', params: { unit: first.id } });
    if (documentId === null || documentId === undefined) throw new InputError('the file has no units to import', { file, reason: 'no-units' });
    const doc = documentHead(db, documentId);
    const primary = (code: string) => code.toLowerCase().split(/[-_]/)[0];
    if ((parsed.srcLang && primary(parsed.srcLang) !== doc.src) || (parsed.tgtLang && primary(parsed.tgtLang) !== doc.tgt)) {
      throw new InputError(`the file is ${parsed.srcLang} → ${parsed.tgtLang}, the document ${doc.src} → ${doc.tgt}`, { file, reason: 'languages-differ', params: { file: `${parsed.srcLang} → ${parsed.tgtLang}`, document: `${doc.src} → ${doc.tgt}` } });
    }
    const exportedTarget = statement(db, 'SELECT source, target, status FROM revisions WHERE pair_id = ? AND version = ?');
    const report: XliffImportReport = { documentId, version: parsed.version, units: parsed.units.length, updated: 0, unchanged: 0, conflicts: [], comments: 0, orphans: [] };
    for (const u of missing) if (u.target !== null && u.target.trim()) report.orphans.push({ unit: u.id, line: u.line, source: u.source, target: u.target, why: 'no-pair' });
    const origin = `xliff:${file.replace(/^.*[\\/]/, '')}`;
    // built on first need: a file that returns no formatting reads nothing for it
    let formatting: PairFormatting | null = null;
    const targetFormatting = (pair: Pair) => (formatting ??= new PairFormatting(db, documentId!)).of(pair).target;
    for (let u of parsed.units) {
      const pair = pairs.get(Number(u.id.slice(1)));
      if (!pair) continue; // merged away or split since the export: listed among the orphans
      // comments added in the CAT tool come back as notes; those already here are not doubled
      if (u.comments.length) {
        const known = new Set(listComments(db, pair.id).map((c) => c.text));
        for (const c of u.comments) {
          if (known.has(c.text)) continue;
          addComment(db, pair.id, c.text, c.author ?? options.author ?? null, origin);
          known.add(c.text);
          report.comments++;
        }
      }
      // a character no format can carry (a control character from a 2.0 <cp hex>, a
      // noncharacter): refused with the unit and line, before anything is written
      const bad = u.target === null ? null : invalidCharacter(u.target);
      if (bad) {
        const code = `U+${bad.codeUnit.toString(16).toUpperCase().padStart(4, '0')}`;
        throw new InputError(`unit "${u.id}": the target has ${bad.kind}, ${code}, at character ${bad.at}; XML 1.0 cannot carry it`, { file, line: u.line, reason: 'bad-character', params: { field: u.id, code, at: bad.at } });
      }
      // codes a tool turned into text (translate-toolkit's PO round trip): back into formatting
      const flatSource = unflattenCodes(u.source);
      const flatTarget = u.target === null ? null : unflattenCodes(u.target);
      if (flatSource && sameText(flatSource.text, pair.source) && !sameText(u.source, pair.source)) {
        u = { ...u, source: flatSource.text, ...(flatTarget ? { target: flatTarget.text, targetMarks: flatTarget.marks } : {}) };
      }
      const exportedVersion = u.exportedVersion ?? pair.version;
      const exported = (exportedTarget.get(pair.id, exportedVersion) as { source: string; target: string; status: PairStatus } | undefined) ?? { source: pair.source, target: pair.target, status: pair.status };
      const theirs = u.target;
      // an untranslated unit exported with its source as target (OmegaT profile) and returned so is still untranslated
      const untouched = theirs === null || theirs === exported.target || (exported.target === '' && theirs === exported.source);
      // bold, italic and links the tool returned on a translation (not on a source sent as target)
      // (formatting on a text unchanged since the export is stale once the pair changed here)
      const stale = theirs === exported.target && pair.version !== exportedVersion;
      const returnedMarks = u.targetMarks && theirs !== null && !stale && !(exported.target === '' && theirs === exported.source) ? u.targetMarks : undefined;
      const marksChanged = returnedMarks !== undefined && !sameFormatting(returnedMarks, targetFormatting(pair));
      // the translation of a source that is no longer this pair's (realigned since), or of a
      // source that is not the one exported: kept aside, not written over the pair
      const orphan = untouched ? null : pair.source !== exported.source ? 'realigned' : sameText(u.source, exported.source) ? null : 'source-differs';
      if (orphan) {
        report.orphans.push({ unit: u.id, line: u.line, source: u.source, target: theirs!, why: orphan });
        continue;
      }
      const mayReview = options.mayReview ?? true;
      if (!mayReview && !untouched && STATUS_RANK[pair.status] >= STATUS_RANK.reviewed && pair.target !== theirs) {
        report.orphans.push({ unit: u.id, line: u.line, source: u.source, target: theirs!, why: 'reviewed' });
        continue;
      }
      const returnedStatus = u.status !== null && !mayReview && STATUS_RANK[u.status] > STATUS_RANK.translated ? 'translated' : u.status;
      const advancedStatus = returnedStatus !== null && STATUS_RANK[returnedStatus] > STATUS_RANK[exported.status] ? returnedStatus : null;
      if (untouched && !advancedStatus && !marksChanged) {
        report.unchanged++;
        continue;
      }
      const newTarget = untouched ? pair.target : theirs!;
      const newStatus: PairStatus = advancedStatus ?? (untouched ? pair.status : STATUS_RANK[pair.status] >= STATUS_RANK.translated ? pair.status : 'translated');
      const oursChanged = pair.version !== exportedVersion;
      if (oursChanged && !untouched && pair.target !== theirs) {
        const resolved = options.resolve ?? null;
        report.conflicts.push({ pairId: pair.id, line: u.line, exported: exported.target, ours: pair.target, theirs: theirs!, resolved });
        if (resolved !== 'theirs') continue;
      }
      if (newTarget === pair.target && newStatus === pair.status && !marksChanged) {
        report.unchanged++;
        continue;
      }
      if (!PAIR_STATUSES.includes(newStatus)) throw new InputError(`unit "${u.id}": unknown status`, { file, line: u.line, reason: 'unknown-status', params: { unit: u.id } });
      const written = writePair(db, pair, { target: newTarget, status: newStatus, ...(returnedMarks && newTarget === theirs ? { targetMarks: returnedMarks } : {}) }, origin, options.author ?? null);
      syncPairToTm(db, written, options.author ?? null);
      report.updated++;
    }
    if (options.strict && leftUnapplied(report)) throw new NotAllApplied(report);
    return report;
  })();
}
