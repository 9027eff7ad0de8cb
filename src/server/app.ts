import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Db } from '../db/index.js';
import { JobPool } from '../jobs/pool.js';
import { batchRoutes } from './batch.js';
import { documentRoutes } from './documents.js';
import { errorResponse } from './errors.js';
import { guard, type GuardOptions } from './guard.js';
import { healthRoutes } from './health.js';
import { documentPairRoutes, pairRoutes } from './pairs.js';
import { documentQaRoutes, glossaryRoutes, wordRoutes, pairQaRoutes } from './qa.js';
import { documentAnalysisRoutes, tmPairRoutes, tmRoutes } from './tm.js';
import { serveWeb } from './static.js';
import { requireSession, sessionRoutes } from './session.js';

export interface AppOptions {
  db: Db;
  /** Host/Origin/token checks (docs/security.md); absent only in tests of routes alone. */
  guard?: GuardOptions;
  /** Folder of the built editor (web/dist); omitted in API-only tests. */
  webRoot?: string;
  /** Largest accepted request body in bytes. */
  maxBodyBytes?: number;
  /** Where long work runs off the event loop; one is made when absent. */
  jobs?: JobPool;
  /** A team server: accounts, sessions and roles (hizala serve --team); otherwise local use, no sign-in. */
  team?: boolean;
}

export const DEFAULT_MAX_BODY = 50 * 1024 * 1024;

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const jobs = options.jobs ?? new JobPool();
  // users' search patterns get a worker of their own: one stopped for running too long takes nothing else with it
  const findJobs = new JobPool();
  // spelling too: loading the Turkish dictionary takes seconds, and an import or a check
  // must not wait behind it
  const spellJobs = new JobPool();
  app.onError((err, c) => errorResponse(c, err));
  if (options.guard) app.use('*', guard(options.guard));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
      },
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? DEFAULT_MAX_BODY,
      // The rest of the body is not read: close the connection so the client cannot reuse it.
      onError: (c) => c.json({ error: { code: 'too-large', message: 'the request body is too large' } }, 413, { connection: 'close' }),
    }),
  );
  if (options.team) app.use('*', requireSession(options.db));
  app.route('/api/session', sessionRoutes(options.db, options.team ?? false));
  app.route('/api/health', healthRoutes(options.db));
  app.route('/api/documents', documentRoutes(options.db, jobs));
  app.route('/api/documents', documentPairRoutes(options.db));
  app.route('/api/pairs', pairRoutes(options.db));
  app.route('/api/documents', documentQaRoutes(options.db, jobs, spellJobs));
  app.route('/api/pairs', pairQaRoutes(options.db));
  app.route('/api/glossary', glossaryRoutes(options.db));
  app.route('/api/words', wordRoutes(options.db));
  app.route('/api/tm', tmRoutes(options.db, jobs));
  app.route('/api/pairs', tmPairRoutes(options.db));
  app.route('/api/documents', documentAnalysisRoutes(options.db));
  app.route('/api/documents', batchRoutes(options.db, findJobs));
  app.all('/api/*', (c) => c.json({ error: { code: 'not-found', message: `no API route ${c.req.path}` } }, 404));
  if (options.webRoot) app.use('*', serveWeb(options.webRoot));
  return app;
}
