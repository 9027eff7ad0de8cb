/**
 * Editor figures with the browser (part of npm run bench; alone: npm run bench:editor):
 * time to interactive of a 5,000-pair document in headless Chromium, and the server
 * round trip of confirm-and-next (PUT with the version, the pair's flags refreshed).
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { listPairs } from '../src/db/index.js';
import { importDocumentPair } from '../src/documents/index.js';
import { startServer } from '../src/server/index.js';
import { openWorkspace } from '../src/workspace/index.js';
import { bigMarkdownPair } from './lib/corpus.js';
import { REPO } from './lib/gold.js';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchEditor(): Promise<void> {
  const path = join(tmpdir(), `hizala-bench-editor-${process.pid}.sqlite`);
  const db = openWorkspace(path);
  const server = await startServer({ db, port: 0, webRoot: join(REPO, 'web/dist') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const { en, tr } = bigMarkdownPair(5_600);
    const { id } = importDocumentPair(db, { source: { name: 'big.en.md', bytes: Buffer.from(en) }, target: { name: 'big.tr.md', bytes: Buffer.from(tr) } });
    db.prepare('DELETE FROM pairs WHERE document_id = ? AND ordinal > 5000').run(id);
    const pairs = listPairs(db, id);
    console.log(`editor (${pairs.length.toLocaleString('en')} pairs, headless Chromium)`);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const times: number[] = [];
    const complete: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      await page.goto(`${server.url}/#/doc/${id}`);
      await page.waitForFunction(() => document.body.dataset.ready === 'true' && document.querySelectorAll('#grid .row[data-id]').length > 0);
      times.push(performance.now() - t);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#grid')?.dataset.complete === 'true' && document.body.dataset.flags === 'ready', undefined, { timeout: 60_000 });
      complete.push(performance.now() - t);
      await page.goto('about:blank');
    }
    console.log(
      `  time to interactive (first rows, editable): ${times.map((x) => x.toFixed(0)).join(' / ')} ms over 3 loads, the first cold (goal < 1500 ms); all ${pairs.length} rows and their flags: ${complete.map((x) => x.toFixed(0)).join(' / ')} ms`,
    );
    const latencies: number[] = [];
    for (const p of pairs.slice(100, 300)) {
      const t = performance.now();
      const res = await fetch(`${server.url}/api/pairs/${p.id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: p.version, status: 'translated', target: `${p.target} ` }) });
      await res.json();
      await (await fetch(`${server.url}/api/pairs/${p.id}/flags`)).json();
      latencies.push(performance.now() - t);
    }
    console.log(`  confirm and next (PUT + flags, loopback): p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms (goal < 50 ms)`);
  } finally {
    await browser.close();
    await server.close();
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchEditor();
