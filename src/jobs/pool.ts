import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import type { JobKind, JobReply, JobRequest, Jobs } from './protocol.js';

/**
 * One worker thread for the server's long work (the machine this runs on has two cores:
 * one serves requests, one aligns). Jobs queue in the worker's message port in order; a
 * worker that dies fails the jobs it had and is replaced by the next job.
 */
export class JobPool {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();

  /**
   * Run a job in the worker thread; resolves with its output, rejects with an InputError
   * as thrown there. With `timeoutMs`, a job still running then is stopped with its
   * worker (a pattern that backtracks for ever) and rejected as `tooLong` says; give such
   * jobs a pool of their own, as the other jobs of the worker fail with it.
   */
  run<K extends JobKind>(kind: K, input: Jobs[K]['input'], limit?: { timeoutMs: number; tooLong: string }): Promise<Jobs[K]['output']> {
    const job = { id: this.nextId++, kind, input } as JobRequest;
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = <T>(fn: (value: T) => void) => (value: T) => {
        if (timer) clearTimeout(timer);
        fn(value);
      };
      this.pending.set(job.id, { resolve: settle(resolve as (value: unknown) => void), reject: settle(reject) });
      const worker = this.start();
      worker.ref(); // busy: keeps the process alive until the reply
      worker.postMessage(job);
      if (limit) {
        timer = setTimeout(() => {
          const pending = this.pending.get(job.id);
          if (!pending) return;
          this.pending.delete(job.id);
          pending.reject(new InputError(limit.tooLong, { reason: 'too-slow', params: { seconds: limit.timeoutMs / 1000 } }));
          void this.close(); // the next job starts a fresh worker
        }, limit.timeoutMs);
      }
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // Under the test runner this module is TypeScript from src/, and a worker thread cannot
    // load TypeScript: it runs the compiled worker, which `npm test` builds first.
    const fromSource = import.meta.url.endsWith('.ts');
    const worker = new Worker(new URL(fromSource ? '../../dist/jobs/worker.js' : './worker.js', import.meta.url));
    worker.unref(); // an idle worker never keeps the process alive
    worker.on('message', (reply: JobReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) job.resolve(reply.value);
      else if (reply.error.kind === 'input') {
        job.reject(new InputError(reply.error.problem, reply.error.where));
      } else job.reject(Object.assign(new Error(reply.error.message), reply.error.code ? { code: reply.error.code } : {}));
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const job of this.pending.values()) job.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`the worker thread stopped (exit code ${code})`));
      else if (this.worker === worker) this.worker = null;
    });
    this.worker = worker;
    return worker;
  }
}
