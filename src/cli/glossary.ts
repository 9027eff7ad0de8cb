import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { loadGlossary, saveGlossaryEntries } from '../db/index.js';
import { readGlossaryFile, writeGlossaryCsv, writeTbx } from '../glossary/index.js';
import { openWorkspace } from '../workspace/index.js';
import { dbPathOf, UsageError, writeJson, type Command } from './command.js';

export const glossaryCommand: Command = {
  name: 'glossary',
  summary: 'list, import and export the workspace glossary (TBX, CSV)',
  usage: `hizala glossary list [--json] [--db PATH]
hizala glossary import FILE [--db PATH]     TBX v2/v3 or CSV; entries replace those with the same id, in one transaction
hizala glossary export FILE [--db PATH]     .tbx (TBX-Basic v2) or .csv`,
  options: { json: { type: 'boolean' } },
  run(values, positionals) {
    const [sub, file, ...extra] = positionals;
    if (extra.length) throw new UsageError('too many arguments');
    const db = openWorkspace(dbPathOf(values));
    try {
      if (sub === 'list') {
        const glossary = loadGlossary(db);
        if (values.json) writeJson(glossary);
        else for (const e of glossary.entries) process.stdout.write(`${e.id}: ${e.terms.map((t) => `${t.lang}:${t.text}${t.status === 'preferred' ? '' : ` (${t.status})`}`).join(', ')}\n`);
        return 0;
      }
      if (sub === 'import') {
        if (!file) throw new UsageError('give the FILE to import');
        const glossary = readGlossaryFile(file);
        const n = saveGlossaryEntries(db, glossary);
        process.stdout.write(`${n} entries imported\n`);
        return 0;
      }
      if (sub === 'export') {
        if (!file) throw new UsageError('give the FILE to write');
        const ext = extname(file).toLowerCase();
        if (ext !== '.tbx' && ext !== '.csv') throw new UsageError('export to a .tbx or .csv file');
        const glossary = loadGlossary(db);
        writeFileSync(file, ext === '.csv' ? writeGlossaryCsv(glossary) : writeTbx(glossary));
        process.stdout.write(`${glossary.entries.length} entries written to ${file}\n`);
        return 0;
      }
      throw new UsageError('give a subcommand: list, import or export');
    } finally {
      db.close();
    }
  },
};
