import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPairs } from '../../src/db/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import { checkDocument } from '../../src/qa/index.js';
import { workspaceMatcher } from '../../src/workspace/index.js';
import { REPO } from '../helpers/cli.js';
import { openTestWorkspace } from '../helpers/store.js';

describe('the shipped demo pair', () => {
  it('imports into a new workspace with the default glossary and produces the flags it was written for', () => {
    const db = openTestWorkspace();
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') } });
    const pairs = listPairs(db, id);
    const report = checkDocument(pairs, { srcLang: 'en', tgtLang: 'tr', matcher: workspaceMatcher(db) });
    const flags = report.pairs.flatMap((p) => p.flags.map((f) => {
      const pair = pairs.find((x) => x.id === p.id)!;
      return `${f.check}:${(f.side === 'src' ? pair.source : pair.target).slice(f.start, f.end)}`;
    }));
    expect(flags).toContain('mojibake:□□');
    expect(flags).toContain('dropped-apostrophe:Kazakhstans');
    expect(flags).toContain('forbidden-variant:Zengezur');
    expect(report.document.map((d) => [d.check, d.params?.spellings])).toContainEqual(['inconsistent-spelling', 'Zangezur, Zengezur']);
    db.close();
  });
});
