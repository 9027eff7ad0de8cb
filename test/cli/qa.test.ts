import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hizala, REPO, DEV } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { newWorkspaceLocation } from '../helpers/store.js';

const qa = (f: string) => join(DEV, 'qa', f);

describe('hizala qa contracts', () => {
  it('qa mojibake --jsonl answers every line with id, broken, kinds and fixed', () => {
    const input = readFileSync(qa('mojibake.dev.jsonl'), 'utf8');
    const run = hizala(['qa', 'mojibake', '--jsonl'], { input });
    expect(run.status, run.stderr).toBe(0);
    const cases = input.trim().split('\n').map((l) => JSON.parse(l) as { id: string; label: string; fixed: string; kind: string });
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; broken: boolean; kinds: string[]; fixed: string });
    expect(out.map((o) => o.id)).toEqual(cases.map((c) => c.id));
    const correct = out.filter((o, k) => o.broken === (cases[k]!.label === 'broken')).length;
    expect(correct / cases.length).toBeGreaterThanOrEqual(0.98);
    expect(out.filter((o, k) => o.broken && cases[k]!.label === 'clean')).toEqual([]);
  });

  it('qa mojibake --jsonl restores lost characters where one filling fits, and lists the alternatives where several do', () => {
    const lines = [
      { id: 'a', lang: 'tr', text: 'Ermenistan□□□n tutumu de□i□ti.' },
      { id: 'b', lang: 'en', text: 'Russia\ufffd\ufffds focus shifted.' },
      // the dictionary takes sıkıştı and sıkıtı, and Turkish does not write one ten times as often as the other
      { id: 'c', lang: 'tr', text: 'Herkes s\ufffdk\ufffd\ufffdt\ufffd.' },
      // için and işin both fit; Turkish writes için thirty times as often
      { id: 'd', lang: 'tr', text: 'Bu konu i\ufffdin önemli.' },
    ];
    const run = hizala(['qa', 'mojibake', '--jsonl'], { input: lines.map((l) => JSON.stringify(l)).join('\n') });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; fixed: string; alternatives?: { found: string; candidates: string[] }[] });
    expect(out.map((o) => o.fixed)).toEqual(['Ermenistan’ın tutumu değişti.', 'Russia’s focus shifted.', 'Herkes s\ufffdk\ufffd\ufffdt\ufffd.', 'Bu konu için önemli.']);
    // nothing guessed, both offered, the more frequent first
    expect(out[2]!.alternatives![0]!.candidates).toEqual(['sıkıştı', 'sıkıtı']);
  });

  it('qa terms --glossary FILE --jsonl reports the expected issues (TBX v3, TBX v2)', () => {
    const input = readFileSync(qa('terms.dev.jsonl'), 'utf8');
    const cases = input.trim().split('\n').map((l) => JSON.parse(l) as { id: string; expected: { side: string; term: string; found: string; problem: string }[] });
    for (const glossary of ['glossary.tbx', 'glossary.v2.tbx']) {
      const run = hizala(['qa', 'terms', '--glossary', qa(glossary), '--jsonl'], { input });
      expect(run.status, run.stderr).toBe(0);
      const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; issues: unknown[] });
      const exact = out.filter((o, k) => JSON.stringify(o.issues) === JSON.stringify(cases[k]!.expected)).length;
      expect(exact / cases.length).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('qa check on a document, with --fail-on', () => {
    const db = newWorkspaceLocation();
    expect(hizala(['import', join(REPO, 'demo/caspian-ports.en.md'), join(REPO, 'demo/caspian-ports.tr.md'), '--db', db]).status).toBe(0);
    const text = hizala(['qa', 'check', '1', '--db', db]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/dropped-apostrophe: "Kazakhstans" → "Kazakhstan's"/);
    expect(hizala(['qa', 'check', '1', '--fail-on', 'error', '--db', db]).status).toBe(1);
    const json = JSON.parse(hizala(['qa', 'check', '1', '--format', 'json', '--db', db]).stdout) as { document: { check: string }[] };
    expect(json.document.map((d) => d.check)).toContain('inconsistent-spelling');
    // three commands, each loading the dictionaries and word counts for the demo's lost
    // characters (5-7 s apiece on a 2-core machine, longer under CI's load on PostgreSQL)
  }, 120_000);

  it('refuses bad input with exit code 2 and a line number', () => {
    expect(hizala(['qa', 'mojibake', '--jsonl'], { input: '{"id":1,"text":"ok"}\nnot json\n' }).stderr).toMatch(/stdin:2: not JSON/);
    expect(hizala(['qa', 'terms', '--jsonl'], { input: '' }).status).toBe(2);
    const dir = tempDir();
    const bad = join(dir, 'bad.tbx');
    writeFileSync(bad, '<martif>\n<text><body>\n<termEntry id="a"><langSet xml:lang="en"><tig><term>x</term></tig></langSet>\n</body></martif>');
    const run = hizala(['qa', 'terms', '--glossary', bad, '--jsonl'], { input: '' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bad\.tbx:4:\d+:/);
  });
});
