/**
 * Editor figures with the browser (part of npm run bench; alone: npm run bench:editor):
 * time to interactive and scroll frame times of a 5,000- and a 100,000-pair document in
 * headless Chromium, leaving an edited cell to the text saved, replace all, and the
 * server round trip of confirm-and-next (PUT with the version, the pair's flags refreshed).
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
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

/** Frame times while the page scrolls through the grid: 240 frames, each scrolling by a screen. */
async function scrollFrames(page: Page): Promise<number[]> {
  // a string, not a function: tsx would add a helper (__name) the page does not have
  return page.evaluate(`new Promise((resolve) => {
    const frames = [];
    let last = performance.now();
    let n = 0;
    const step = () => {
      const now = performance.now();
      frames.push(now - last);
      last = now;
      window.scrollBy(0, window.innerHeight);
      if (++n < 240) requestAnimationFrame(step);
      else resolve(frames.slice(1));
    };
    requestAnimationFrame(step);
  })`) as Promise<number[]>;
}

async function openDocument(page: Page, url: string, pairs: number, label: string): Promise<void> {
  const times: number[] = [];
  const complete: number[] = [];
  for (let k = 0; k < 3; k++) {
    await page.goto('about:blank'); // each load from nothing: no grid or flags of the page before
    const t = performance.now();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.ready === 'true' && document.querySelectorAll('#grid .row[data-id]').length > 0, undefined, { timeout: 120_000 });
    times.push(performance.now() - t);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#grid')?.dataset.complete === 'true' && document.body.dataset.flags === 'ready', undefined, { timeout: 120_000 });
    complete.push(performance.now() - t);
  }
  console.log(`  ${label}: time to interactive (first rows, editable) ${times.map((x) => x.toFixed(0)).join(' / ')} ms over 3 loads, the first cold; with every pair's flags ${complete.map((x) => x.toFixed(0)).join(' / ')} ms`);
  const frames = await scrollFrames(page);
  console.log(`  ${label}: scrolling through ${pairs.toLocaleString('en')} pairs a screen a frame: frame p50 ${percentile(frames, 50).toFixed(1)} ms, p95 ${percentile(frames, 95).toFixed(1)} ms (goal < 50 ms), rows in the page ${await page.evaluate(() => document.querySelectorAll('#grid .row[data-id]').length)}`);
}

export async function benchEditor(): Promise<void> {
  const path = join(tmpdir(), `hizala-bench-editor-${process.pid}.sqlite`);
  const db = openWorkspace(path);
  // HIZALA_BENCH_WEB: a copy of the built editor, so that building again meanwhile does not disturb the run
  const server = await startServer({ db, port: 0, webRoot: process.env.HIZALA_BENCH_WEB ?? join(REPO, 'web/dist') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const { en, tr } = bigMarkdownPair(5_600);
    const { id } = importDocumentPair(db, { source: { name: 'big.en.md', bytes: Buffer.from(en) }, target: { name: 'big.tr.md', bytes: Buffer.from(tr) } });
    db.prepare('DELETE FROM pairs WHERE document_id = ? AND ordinal > 5000').run(id);
    const pairs = listPairs(db, id);
    console.log(`editor (headless Chromium, 1400×900)`);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openDocument(page, `${server.url}/#/doc/${id}`, pairs.length, `${pairs.length.toLocaleString('en')} pairs (goal < 1500 ms)`);

    // keystroke to saved: type into a cell, move on, and time until the server has the text
    const typed: number[] = [];
    await page.evaluate('window.scrollTo(0, 0)');
    for (let k = 0; k < 20; k++) {
      const pair = pairs[10 + k]!;
      await page.locator(`#grid .row[data-id="${pair.id}"] .cell.tgt`).click();
      await page.locator('#edit-target').fill(`${pair.target} (${k})`);
      const t = performance.now();
      await page.keyboard.press('Alt+ArrowDown');
      while (db.prepare('SELECT target FROM pairs WHERE id = ?').pluck().get(pair.id) !== `${pair.target} (${k})`) await new Promise((r) => setTimeout(r, 5));
      typed.push(performance.now() - t);
    }
    console.log(`  leaving an edited cell to the text saved on the server: p50 ${percentile(typed, 50).toFixed(0)} ms, p95 ${percentile(typed, 95).toFixed(0)} ms (goal < 1000 ms)`);

    // replace all: 10,000 occurrences and more in one batch; the count is the preview's (every "the" and "The")
    const query = { find: 'the', replace: 'teh', side: 'source', wholeWord: true, matchCase: false, regex: false };
    const preview = (await (await fetch(`${server.url}/api/documents/${id}/find`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(query) })).json()) as { occurrences: number };
    const t0 = performance.now();
    const res = await fetch(`${server.url}/api/documents/${id}/replace`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(query) });
    const result = (await res.json()) as { pairs: unknown[] };
    console.log(`  replace all (whole word "the", source side): ${result.pairs.length.toLocaleString('en')} pairs, ${preview.occurrences.toLocaleString('en')} occurrences, ${(performance.now() - t0).toFixed(0)} ms, one transaction (goal < 2000 ms for 10,000)`);

    const latencies: number[] = [];
    for (const p of listPairs(db, id).slice(100, 300)) {
      const t = performance.now();
      const res = await fetch(`${server.url}/api/pairs/${p.id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: p.version, status: 'translated', target: `${p.target} ` }) });
      await res.json();
      await (await fetch(`${server.url}/api/pairs/${p.id}/flags`)).json();
      latencies.push(performance.now() - t);
    }
    console.log(`  confirm and next (PUT + flags, loopback): p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms (goal < 50 ms)`);

    // a 100,000-pair document: the 5,000 pairs twenty times over
    const big = importDocumentPair(db, { source: { name: 'huge.en.md', bytes: Buffer.from(bigMarkdownPair(100_000).en) }, target: { name: 'huge.tr.md', bytes: Buffer.from(bigMarkdownPair(100_000).tr) }, force: true });
    await openDocument(page, `${server.url}/#/doc/${big.id}`, big.pairs, `${big.pairs.toLocaleString('en')} pairs (goal < 2500 ms)`);
  } finally {
    await browser.close();
    await server.close();
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchEditor();
