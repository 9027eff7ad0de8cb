import { preloadSpelling } from '../qa/dictionaries.js';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { InputError } from '../errors.js';
import { createApp, type AppOptions } from './app.js';
import { JobPool } from '../jobs/pool.js';
import { isLoopback } from './guard.js';
import { BUSY_HEADER } from './errors.js';
import { setDefaultAuthor } from './params.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Start the HTTP server; port 0 picks a free port. Resolves once it listens. */
export function startServer(options: AppOptions & { host?: string; port?: number; token?: string; allowedHosts?: readonly string[]; author?: string | null }): Promise<RunningServer> {
  setDefaultAuthor(options.author ?? null);
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.token && !options.team) {
    return Promise.reject(new InputError(`serving on ${host} (not loopback) needs a token (set HIZALA_TOKEN) or accounts (--team)`));
  }
  let boundPort = options.port ?? 8787;
  // The server never waits for SQLite's lock on the event loop (a synchronous busy wait
  // stalled every user for as long as a CLI import held the lock): it fails at once,
  // and the request is retried asynchronously (retryWhileBusy).
  options.db.pragma('busy_timeout = 0');
  const jobs = options.jobs ?? new JobPool();
  const app = createApp({ ...options, jobs, guard: { host, port: () => boundPort, ...(options.token ? { token: options.token } : {}), ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}) } });
  // the per-pair checks read the English spelling dictionary once it is loaded (0.3 s)
  return preloadSpelling().then(() => new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: retryWhileBusy(app.fetch), hostname: host, port: options.port ?? 8787 }, (info: AddressInfo) => {
      boundPort = info.port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        close: () => new Promise((done) => server.close(() => void jobs.close().then(done))),
      });
    });
    server.on('error', reject);
  }));
}

/** How long a request may wait, in all, for another writer before it is answered 503: short, so an edit never hangs; the client keeps its text and tries again after Retry-After. */
const BUSY_PATIENCE_MS = 250;

/**
 * Run a request again while the workspace is busy (another process holds SQLite's write
 * lock), waiting between tries with timers so other requests go on meanwhile; a write
 * that met the lock was rolled back, so running it again is safe. After
 * BUSY_PATIENCE_MS the 503 (with Retry-After) goes to the client.
 */
export function retryWhileBusy<E>(fetch: (request: Request, env: E) => Response | Promise<Response>): (request: Request, env: E) => Promise<Response> {
  return async (request, env) => {
    const started = Date.now();
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    let delay = 20;
    for (;;) {
      const response = await fetch(hasBody ? request.clone() : request, env);
      if (response.status !== 503 || response.headers.get(BUSY_HEADER) !== '1' || Date.now() - started + delay > BUSY_PATIENCE_MS) {
        response.headers.delete(BUSY_HEADER);
        return response;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 200);
    }
  };
}
