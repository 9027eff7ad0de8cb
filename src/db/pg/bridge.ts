/**
 * A synchronous PostgreSQL connection: the store's code is synchronous (better-sqlite3),
 * so a `pg` client runs in a worker thread and this thread waits for each answer
 * (Atomics.wait, then receiveMessageOnPort — the technique of `synckit`). Each query
 * blocks the calling thread for one round trip to the server (≈0.1 ms on loopback), as
 * better-sqlite3 blocks it for the disk; long work already runs in worker threads.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export interface QueryResult {
  fields: string[];
  rows: unknown[][];
  rowCount: number;
}

export class PostgresError extends Error {
  override name = 'PostgresError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** How long one query may take before the connection is given up (a lock held for ever, a server gone). */
const QUERY_TIMEOUT_MS = 120_000;

export class SyncPgConnection {
  private readonly worker: Worker;
  private readonly port: MessageChannel['port1'];
  private readonly flag: Int32Array;
  private closed = false;

  constructor(url: string) {
    const { port1, port2 } = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    this.flag = new Int32Array(signal);
    this.port = port1;
    const fromSource = import.meta.url.endsWith('.ts');
    this.worker = new Worker(new URL(fromSource ? '../../../dist/db/pg/bridge-worker.js' : './bridge-worker.js', import.meta.url), {
      workerData: { url, port: port2, signal },
      transferList: [port2],
    });
    this.worker.unref();
    const ready = this.receive(0, 30_000) as { ready?: boolean; error?: { message: string; code?: string } };
    if (!ready.ready) {
      void this.worker.terminate();
      throw new PostgresError(ready.error?.message ?? 'cannot connect', ready.error?.code);
    }
  }

  private nextId = 0;

  /**
   * The answer tagged `id`: wait for the worker's signal, then take messages off the port
   * until that answer is there. The signal can come before the message is on the port, so
   * the port is polled (briefly waiting between looks) rather than read once; an answer
   * of an earlier request (one that timed out) is dropped, never taken for this one's.
   */
  private receive(id: number, timeoutMs: number): unknown {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = receiveMessageOnPort(this.port)?.message as { id?: number } | undefined;
      if (message?.id === id) return message;
      if (message) continue; // an answer to an earlier request
      const left = deadline - Date.now();
      if (left <= 0) throw new PostgresError('PostgreSQL did not answer in time', undefined);
      Atomics.wait(this.flag, 0, 0, Math.min(left, 50));
      Atomics.store(this.flag, 0, 0);
    }
  }

  query(sql: string, params: readonly unknown[] = []): QueryResult {
    if (this.closed) throw new PostgresError('the database connection is closed', undefined);
    const id = ++this.nextId;
    this.port.postMessage({ id, sql, params });
    const answer = this.receive(id, QUERY_TIMEOUT_MS) as QueryResult & { error?: { message: string; code?: string; detail?: string } };
    if (answer.error) throw new PostgresError(answer.error.detail ? `${answer.error.message} (${answer.error.detail})` : answer.error.message, answer.error.code);
    return answer;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.port.close();
    void this.worker.terminate();
  }
}
