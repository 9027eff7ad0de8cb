/**
 * The PostgreSQL side of the synchronous bridge (bridge.ts): one `pg` client in a worker
 * thread, answering one query at a time. The calling thread waits on a shared word; this
 * thread posts the answer on the port, then sets the word and wakes it.
 */
import pg from 'pg';
import { workerData, type MessagePort } from 'node:worker_threads';

interface Request {
  id: number;
  sql: string;
  params: unknown[];
}

const { url, port, signal } = workerData as { url: string; port: MessagePort; signal: SharedArrayBuffer };
const flag = new Int32Array(signal);

// counts and sums are bigint in PostgreSQL; the store's numbers are far below 2^53
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

const client = new pg.Client({ connectionString: url, application_name: 'hizala' });

/** The request being answered (one at a time: the caller waits for each). */
let current = 0;

function answer(id: number, message: object): void {
  port.postMessage({ id, ...message });
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

function failure(err: unknown): { error: { message: string; code?: string; detail?: string } } {
  const e = err as { message?: string; code?: string; detail?: string };
  return { error: { message: e.message ?? String(err), ...(e.code ? { code: e.code } : {}), ...(e.detail ? { detail: e.detail } : {}) } };
}

client.connect().then(
  () => {
    answer(0, { ready: true });
    port.on('message', (request: Request) => {
      current = request.id;
      client.query({ text: request.sql, values: request.params, rowMode: 'array' }).then(
        (results: pg.QueryArrayResult | pg.QueryArrayResult[]) => {
          // several statements in one text (a schema) answer one result each: the last one counts
          const result = Array.isArray(results) ? results[results.length - 1]! : results;
          answer(request.id, { fields: (result.fields ?? []).map((f) => f.name), rows: result.rows ?? [], rowCount: result.rowCount ?? 0 });
        },
        (err: unknown) => answer(request.id, failure(err)),
      );
    });
    port.on('close', () => void client.end());
  },
  (err: unknown) => answer(0, failure(err)),
);
// whatever goes wrong here, the waiting thread gets an answer instead of waiting for ever
process.on('uncaughtException', (err) => answer(current, failure(err)));
client.on('error', () => {
  /* the connection went away: the next query fails with its own error */
});
