import { parentPort } from 'node:worker_threads';
import { preloadSpelling } from '../qa/dictionaries.js';
import { pairsToSpell, spellPairs } from '../app/spelling.js';
import { listPairs, openDatabase } from '../db/index.js';
import { planReplace } from '../documents/batch.js';
import { exportDocument } from '../documents/export.js';
import { prepareImport } from '../documents/import.js';
import { readBinarySides } from '../documents/pipeline.js';
import { InputError } from '../errors.js';
import { TermMatcher } from '../glossary/matcher.js';
import { checkDocument } from '../qa/registry.js';
import { readXliff } from '../formats/xliff/read.js';
import { importTmxText } from '../tm/tmx.js';
import type { JobReply, JobRequest } from './protocol.js';

/**
 * The worker thread of the job pool: the costly part of long work — reading, segmenting
 * and aligning an upload, parsing a returned XLIFF, a TMX import — away from the
 * server's event loop.
 */
function run(job: JobRequest): unknown {
  switch (job.kind) {
    case 'prepare-import':
      // PDF and Word sides are read first (asynchronously), then the import as for text
      return readBinarySides(job.input.request).then((request) => prepareImport(request, job.input.inputs));
    case 'read-xliff':
      return readXliff(job.input.text, job.input.file);
    case 'check-document': {
      // the pairs are read here, on the worker's own connection: building the list is
      // most of the cost the server's thread is spared
      const { dbPath, documentId, srcLang, tgtLang, glossary } = job.input;
      const db = openDatabase(dbPath, { mustExist: true });
      try {
        return checkDocument(listPairs(db, documentId), { srcLang, tgtLang, matcher: new TermMatcher(glossary) });
      } finally {
        db.close();
      }
    }
    case 'spell-document': {
      const { dbPath, documentId, pairIds, srcLang, tgtLang, known } = job.input;
      const db = openDatabase(dbPath, { mustExist: true });
      let pairs;
      try {
        pairs = pairsToSpell(db, documentId, pairIds);
      } finally {
        db.close();
      }
      return spellPairs(pairs, srcLang, tgtLang, known, { everyPair: pairIds !== undefined });
    }
    case 'plan-replace':
      return planReplace(job.input);
    case 'export-document': {
      const db = openDatabase(job.input.dbPath, { mustExist: true });
      return exportDocument(db, job.input.documentId, job.input.request).finally(() => db.close());
    }
    case 'import-tmx': {
      const db = openDatabase(job.input.dbPath, { mustExist: true });
      try {
        return importTmxText(db, job.input.text, job.input.file);
      } finally {
        db.close();
      }
    }
  }
}

parentPort?.on('message', async (job: JobRequest) => {
  let reply: JobReply;
  try {
    // the checks read the English dictionary (lost apostrophes); loaded once per worker
    if (job.kind === 'check-document') await preloadSpelling();
    reply = { id: job.id, ok: true, value: await run(job) };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    reply =
      err instanceof InputError
        ? { id: job.id, ok: false, error: { kind: 'input', problem: err.problem, where: err.where } }
        : { id: job.id, ok: false, error: { kind: 'internal', message: err instanceof Error ? err.message : String(err), ...(typeof code === 'string' ? { code } : {}) } };
  }
  parentPort!.postMessage(reply, reply.ok ? blocksOf(reply.value) : []);
});

/**
 * An XLIFF export's blocks, handed to the main thread without a copy: each owns its
 * memory (utf8-writer.ts), never Node's shared pool, which a transfer would take from
 * every other buffer in it.
 */
function blocksOf(value: unknown): ArrayBuffer[] {
  const body = (value as { body?: unknown } | null)?.body;
  if (!Array.isArray(body)) return [];
  const buffers = new Set<ArrayBuffer>();
  for (const part of body as Uint8Array[]) if (part.buffer instanceof ArrayBuffer && part.buffer.byteLength > Buffer.poolSize) buffers.add(part.buffer);
  return [...buffers];
}
