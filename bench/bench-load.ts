/**
 * Load test (part of npm run bench; alone: npm run bench:load): the server in a second
 * process on loopback, 50 concurrent clients editing 20 overlapping pairs for
 * HIZALA_LOAD_SECONDS (default 30) seconds. Reports requests per second and latency, and
 * proves that no accepted write was lost (every 200 is a revision with that text, and
 * each pair ends with its last accepted text) and that every refused write got 409.
 * Then the same against three server processes sharing one PostgreSQL database (a
 * throwaway cluster, or HIZALA_LOAD_PG=postgres://… of your own), the clients spread
 * over the processes.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPairs, listRevisions, openDatabase } from '../src/db/index.js';
import { importDocumentPair } from '../src/documents/index.js';
import { REPO } from './lib/gold.js';
import { createDatabase, startCluster } from '../test/helpers/pg-cluster.js';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A large upload (through the API) and a CLI TMX import (a second writer process) while the clients edit. */
async function backgroundWriters(base: string, path: string): Promise<{ upload: number; uploadSeconds: number; tmxExit: number | null; tmxSeconds: number }> {
  const sentence = (lang: 'en' | 'tr', k: number) => (lang === 'en' ? `In year ${1000 + k} the port of Aktau handled ${k * 7} ships.` : `${1000 + k} yılında Aktau limanı ${k * 7} gemi ağırladı.`);
  const doc = (lang: 'en' | 'tr') => Array.from({ length: 4000 }, (_, p) => Array.from({ length: 5 }, (_, k) => sentence(lang, p * 5 + k)).join(' ')).join('\n\n');
  const tmx = join(tmpdir(), `hizala-bench-load-${process.pid}.tmx`);
  const units: string[] = [];
  for (let k = 0; k < 200_000; k++) units.push(`<tu><tuv xml:lang="en"><seg>${sentence('en', k)} Unit ${k}.</seg></tuv><tuv xml:lang="tr"><seg>${sentence('tr', k)} Birim ${k}.</seg></tuv></tu>`);
  writeFileSync(tmx, `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="bench" creationtoolversion="1"/><body>\n${units.join('\n')}\n</body></tmx>\n`);
  const form = new FormData();
  form.set('en', new Blob([doc('en')]), 'big.en.md');
  form.set('tr', new Blob([doc('tr')]), 'big.tr.md');
  const t0 = performance.now();
  const upload = fetch(`${base}/api/documents`, { method: 'POST', body: form }).then(async (r) => {
    await r.text();
    return { status: r.status, seconds: (performance.now() - t0) / 1000 };
  });
  const cli = spawn(process.execPath, [join(REPO, 'bin/hizala'), 'tm', 'import', tmx, '--db', path], { stdio: 'ignore' });
  const tmxDone = new Promise<{ code: number | null; seconds: number }>((resolve) => cli.on('exit', (code) => resolve({ code, seconds: (performance.now() - t0) / 1000 })));
  const [u, t] = await Promise.all([upload, tmxDone]);
  rmSync(tmx, { force: true });
  return { upload: u.status, uploadSeconds: u.seconds, tmxExit: t.code, tmxSeconds: t.seconds };
}

export async function benchLoad(seconds = Number(process.env.HIZALA_LOAD_SECONDS ?? 30), withWriters = false, store: { url: string; servers: number } | null = null): Promise<void> {
  const path = store?.url ?? join(tmpdir(), `hizala-bench-load-${process.pid}.sqlite`);
  const setup = openDatabase(path);
  const { id } = importDocumentPair(setup, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
  const pairIds = listPairs(setup, id).slice(0, 20).map((p) => p.id);
  setup.close();
  const servers: { process: ReturnType<typeof spawn>; base: string }[] = [];
  for (let k = 0; k < (store?.servers ?? 1); k++) {
    const port = await freePort();
    servers.push({ process: spawn(process.execPath, [join(REPO, 'bin/hizala'), 'serve', '--port', String(port), '--db', path], { stdio: ['ignore', 'ignore', 'inherit'] }), base: `http://127.0.0.1:${port}` });
  }
  for (const { base } of servers) {
    for (let k = 0; k < 100; k++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
  const base = servers[0]!.base;
  const accepted: { pairId: number; version: number; target: string }[] = [];
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  let requests = 0;
  const client = async (c: number) => {
    const base = servers[c % servers.length]!.base;
    for (let n = 0; Date.now() < end; n++) {
      const pairId = pairIds[(c * 7 + n * 13) % pairIds.length]!;
      let t = performance.now();
      const pair = (await (await fetch(`${base}/api/pairs/${pairId}`)).json()) as { version: number };
      latencies.push(performance.now() - t);
      const target = `client ${c} write ${n}`;
      t = performance.now();
      const res = await fetch(`${base}/api/pairs/${pairId}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: pair.version, target }) });
      latencies.push(performance.now() - t);
      requests += 2;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const body = (await res.json()) as { version: number };
      if (res.status === 200) accepted.push({ pairId, version: body.version, target });
    }
  };
  const started = performance.now();
  const writers = withWriters ? backgroundWriters(base, path) : null;
  await Promise.all(Array.from({ length: 50 }, (_, c) => client(c)));
  const background = writers ? await writers : null;
  const elapsed = (performance.now() - started) / 1000;
  for (const server of servers) {
    server.process.kill('SIGTERM');
    await new Promise((r) => server.process.on('exit', r));
  }

  const db = openDatabase(path);
  let lost = 0;
  for (const pairId of pairIds) {
    const revisions = new Map(listRevisions(db, pairId).map((r) => [r.version, r.target]));
    const mine = accepted.filter((a) => a.pairId === pairId);
    for (const a of mine) if (revisions.get(a.version) !== a.target) lost++;
    const last = mine.sort((a, b) => b.version - a.version)[0];
    const current = listPairs(db, id).find((p) => p.id === pairId)!;
    if (last && current.target !== last.target) lost++;
  }
  db.close();
  if (!store) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const refused = [...statuses].filter(([s]) => s !== 200);
  const where = store ? `${store.servers} server processes over one PostgreSQL database` : 'server in a second process, SQLite';
  console.log(`load (50 clients, 20 overlapping pairs, ${elapsed.toFixed(0)} s, ${where}${background ? '; meanwhile a 20,000-sentence upload and a CLI import of 200,000 TMX units' : ''})`);
  if (background) console.log(`  upload: HTTP ${background.upload} after ${background.uploadSeconds.toFixed(1)} s; CLI TMX import: exit ${background.tmxExit} after ${background.tmxSeconds.toFixed(1)} s`);
  console.log(`  ${Math.round(requests / elapsed)} requests/s; latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
  console.log(
    `  writes: ${statuses.get(200) ?? 0} accepted, ${refused.map(([s, n]) => `${n} refused with ${s}`).join(', ') || 'none refused'}; accepted writes lost: ${lost} (goal 0); refused with anything but 409/503: ${refused.filter(([s]) => s !== 409 && s !== 503).reduce((n, [, k]) => n + k, 0)} (goal 0)`,
  );
}

/** The load test on PostgreSQL with three server processes: on HIZALA_LOAD_PG, or on a throwaway cluster. */
export async function benchLoadPostgres(seconds?: number): Promise<void> {
  const own = process.env.HIZALA_LOAD_PG;
  const cluster = own ? null : await startCluster();
  try {
    await benchLoad(seconds, false, { url: createDatabase(own ?? cluster!.url, `hizala_load_${process.pid}`), servers: 3 });
  } finally {
    cluster?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchLoad();
  await benchLoad(undefined, true);
  await benchLoadPostgres();
}
