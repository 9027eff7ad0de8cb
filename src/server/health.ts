import { Hono } from 'hono';
import { schemaVersion, type Db } from '../db/index.js';
import { VERSION } from '../version.js';

export function healthRoutes(db: Db): Hono {
  return new Hono().get('/', (c) => c.json({ ok: true, version: VERSION, schema: schemaVersion(db) }));
}
