import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { InputError } from '../errors.js';
import { createApp, type AppOptions } from './app.js';
import { isLoopback } from './guard.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Start the HTTP server; port 0 picks a free port. Resolves once it listens. */
export function startServer(options: AppOptions & { host?: string; port?: number; token?: string; allowedHosts?: readonly string[] }): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.token) {
    return Promise.reject(new InputError(`serving on ${host} (not loopback) needs a token: set HIZALA_TOKEN`));
  }
  let boundPort = options.port ?? 8787;
  const app = createApp({ ...options, guard: { host, port: () => boundPort, ...(options.token ? { token: options.token } : {}), ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}) } });
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8787 }, (info: AddressInfo) => {
      boundPort = info.port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.on('error', reject);
  });
}
