import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'node:crypto';

/**
 * Keeping other web pages and strangers out of a server that runs next to the
 * translator's browser:
 *  - Host must name this server (a DNS-rebinding page reaches us under its own name);
 *  - a state-changing request must come from this server's own origin (a page elsewhere
 *    can make the browser POST here, with an Origin header that gives it away);
 *  - off loopback, every API call needs the token (HIZALA_TOKEN) as a bearer token.
 */
export interface GuardOptions {
  host: string;
  /** The port actually bound (known once listening). */
  port: () => number;
  token?: string;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost' || host.startsWith('127.');
}

export function guard(options: GuardOptions): MiddlewareHandler {
  const loopback = isLoopback(options.host);
  const bound = options.host.includes(':') ? `[${options.host}]` : options.host;
  const names = [...new Set([bound, ...(loopback ? LOOPBACK_NAMES : [])])];
  return async (c, next) => {
    const port = options.port();
    const allowedHosts = new Set(names.flatMap((n) => [`${n}:${port}`, ...(port === 80 ? [n] : [])]));
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!allowedHosts.has(host)) return c.json({ error: { code: 'bad-host', message: `this server does not answer to "${host}"` } }, 403);
    if (!SAFE.has(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      if ((origin !== undefined && origin !== `http://${host}`) || site === 'cross-site') {
        return c.json({ error: { code: 'foreign-origin', message: 'requests that change data must come from the Hizala page itself' } }, 403);
      }
    }
    if (options.token && c.req.path.startsWith('/api/')) {
      const given = (c.req.header('authorization') ?? '').replace(/^Bearer\s+/i, '');
      const a = Buffer.from(given);
      const b = Buffer.from(options.token);
      if (a.length !== b.length || !timingSafeEqual(a, b)) return c.json({ error: { code: 'unauthorized', message: 'this server needs its token (Authorization: Bearer …)' } }, 401, { 'www-authenticate': 'Bearer' });
    }
    await next();
  };
}
