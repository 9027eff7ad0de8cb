import type { AlignInputs, ImportRequest, PreparedImport } from '../documents/import.js';

/** Messages between the job pool and its worker thread (structured-clone data only). */
export type JobRequest = { id: number; kind: 'prepare-import'; request: ImportRequest; inputs: AlignInputs };

export type JobError = { kind: 'input'; problem: string; file?: string; line?: number; column?: number } | { kind: 'internal'; message: string };

export type JobReply = { id: number; ok: true; value: PreparedImport } | { id: number; ok: false; error: JobError };
