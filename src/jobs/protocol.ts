import type { InputErrorWhere } from '../errors.js';
import type { PlanInput, ReplacePlan } from '../documents/batch.js';
import type { AlignInputs, ImportRequest, PreparedImport } from '../documents/import.js';
import type { ExportedFile, ExportRequest } from '../documents/export.js';
import type { ImportedFile } from '../formats/xliff/model.js';
import type { TmxImportResult } from '../tm/tmx.js';
import type { Glossary } from '../glossary/model.js';
import type { DocumentReport } from '../qa/registry.js';
import type { Lang } from '../text/case.js';
import type { KnownWords, SpellingReport } from '../app/spelling.js';

/** The jobs a worker thread runs, with what each takes and gives (structured-clone data only). */
export interface Jobs {
  /** Read, segment and align an uploaded pair (no database). */
  'prepare-import': { input: { request: ImportRequest; inputs: AlignInputs }; output: PreparedImport };
  /** Parse a returned XLIFF file (no database). */
  'read-xliff': { input: { text: string; file: string }; output: ImportedFile };
  /** Import a TMX file into the workspace through the worker's own connection, in one transaction. */
  'import-tmx': { input: { dbPath: string; text: string; file: string }; output: TmxImportResult };
  /** Every QA check over a document (the glossary given as data; the worker builds its matcher). */
  'check-document': { input: { dbPath: string; documentId: number; srcLang: Lang; tgtLang: Lang; glossary: Glossary }; output: DocumentReport };
  /** Spelling of a document's pairs (the dictionaries load and run here: the Turkish one takes 4 s to load). */
  'spell-document': { input: { dbPath: string; documentId: number; pairIds?: number[]; srcLang: Lang; tgtLang: Lang; known: KnownWords }; output: SpellingReport };
  /** A document as a file (XLIFF, TMX, Word …), read and checked on the worker's own connection. */
  'export-document': { input: { dbPath: string; documentId: number; request: ExportRequest }; output: ExportedFile };
  /** Find (and replace) over a document's pairs; a user's regular expression runs here, under a time limit. */
  'plan-replace': { input: PlanInput; output: ReplacePlan[] };
}

export type JobKind = keyof Jobs;

export type JobRequest = { [K in JobKind]: { id: number; kind: K; input: Jobs[K]['input'] } }[JobKind];

export type JobError = { kind: 'input'; problem: string; where: InputErrorWhere } | { kind: 'internal'; message: string; code?: string };

export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: JobError };
