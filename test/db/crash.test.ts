import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/index.js';
import { tmxHead, tmxUnit } from '../../src/formats/tmx/index.js';
import { BIN } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const UNITS = 40_000;

function bigTmx(path: string): void {
  const now = new Date().toISOString();
  const parts = [tmxHead('en')];
  for (let k = 0; k < UNITS; k++) {
    parts.push(tmxUnit({ id: k + 1, source: `Unit ${k}: the railway through Meghri carries ${k % 977} tonnes.`, target: `Birim ${k}: Meğri hattı ${k % 977} ton taşıyor.`, source_xml: null, target_xml: null, origin: 'crash-test', author: null, created_at: now, changed_at: now }, 'en', 'tr'));
  }
  parts.push('  </body>\n</tmx>\n');
  writeFileSync(path, parts.join(''));
}

/** Run `hizala tm import` and SIGKILL it after `ms`; resolves with how it ended. */
function importAndKill(db: string, tmx: string, ms: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'tm', 'import', tmx, '--db', db], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ?? `exit ${code}`);
    });
  });
}

describe('crash safety', () => {
  it('a TMX import killed with SIGKILL at any point leaves the database consistent and the import absent or complete', async () => {
    const dir = tempDir();
    const tmx = join(dir, 'big.tmx');
    bigTmx(tmx);
    const outcomes: string[] = [];
    for (const [run, ms] of [150, 400, 700, 1000, 1500, 2500].entries()) {
      const db = join(dir, `w${run}.sqlite`);
      // an existing workspace with a document, so there is something to lose
      const setup = openDatabase(db);
      setup.prepare("INSERT INTO documents (title, src_lang, tgt_lang) VALUES ('kept', 'en', 'tr')").run();
      setup.close();
      outcomes.push(await importAndKill(db, tmx, ms));
      const after = openDatabase(db);
      expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(after.pragma('foreign_key_check')).toEqual([]);
      const units = (after.prepare('SELECT count(*) AS n FROM tm_units').get() as { n: number }).n;
      const fts = (after.prepare("SELECT count(*) AS n FROM tm_fts WHERE tm_fts MATCH 'railway'").get() as { n: number }).n;
      expect([0, UNITS]).toContain(units);
      expect(fts).toBe(units); // the full-text index is never half-built
      expect(after.prepare('SELECT title FROM documents').pluck().all()).toEqual(['kept']);
      after.close();
    }
    // at least one run was really killed mid-way (otherwise the test proves nothing)
    expect(outcomes).toContain('SIGKILL');
  }, 120_000);
});
