import { parentPort } from 'node:worker_threads';
import { prepareImport } from '../documents/import.js';
import { InputError } from '../errors.js';
import type { JobRequest, JobReply } from './protocol.js';

/**
 * The worker thread of the job pool: the costly, database-free part of long work —
 * reading, segmenting and aligning an uploaded pair — away from the server's event loop.
 */
parentPort?.on('message', (job: JobRequest) => {
  let reply: JobReply;
  try {
    switch (job.kind) {
      case 'prepare-import':
        reply = { id: job.id, ok: true, value: prepareImport(job.request, job.inputs) };
        break;
    }
  } catch (err) {
    reply =
      err instanceof InputError
        ? { id: job.id, ok: false, error: { kind: 'input', problem: err.problem, ...(err.file ? { file: err.file } : {}), ...(err.line ? { line: err.line } : {}), ...(err.column ? { column: err.column } : {}) } }
        : { id: job.id, ok: false, error: { kind: 'internal', message: err instanceof Error ? err.message : String(err) } };
  }
  parentPort!.postMessage(reply);
});
