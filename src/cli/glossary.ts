import { writeFileWhole } from '../workspace/files.js';
import { extname } from 'node:path';
import { loadGlossary } from '../db/index.js';
import { importGlossary } from '../app/workspace.js';
import { exportGlossary, GLOSSARY_FORMATS, readGlossaryFile } from '../formats/glossary/index.js';
import { openWorkspace } from '../workspace/index.js';
import { checkOutput, dbPathOf, localActor, openExistingWorkspace, stringOption, UsageError, writeJson, type Command } from './command.js';

export const glossaryCommand: Command = {
  name: 'glossary',
  summary: 'list, import and export the workspace glossary (TBX, CSV)',
  usage: `hizala glossary list [--json] [--db PATH]
hizala glossary import FILE [--db PATH]     TBX v2/v3 or CSV; entries replace those with the same id, in one transaction
hizala glossary export FILE [--format tbx2|tbx3|csv|omegat] [--profile omegat3] [--db PATH]
    --profile omegat3 leaves forbidden and deprecated spellings out (OmegaT lists them as
    translations) and names them in a note on the preferred term`,
  options: { json: { type: 'boolean' }, format: { type: 'string' }, profile: { type: 'string' } },
  run(values, positionals) {
    const [sub, file, ...extra] = positionals;
    if (extra.length) throw new UsageError('too many arguments');
    // list and export read a workspace and never create one; import may start one
    if (sub === 'export' && file) checkOutput(values, file);
    const db = sub === 'import' ? openWorkspace(dbPathOf(values)) : openExistingWorkspace(values);
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
        const n = importGlossary(db, localActor(), glossary);
        process.stdout.write(`${n} entries imported\n`);
        return 0;
      }
      if (sub === 'export') {
        if (!file) throw new UsageError('give the FILE to write');
        const ext = extname(file).toLowerCase();
        const format = stringOption(values, 'format') ?? (ext === '.csv' ? 'csv' : ext === '.txt' || ext === '.utf8' ? 'omegat' : 'tbx2');
        if (!(GLOSSARY_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${GLOSSARY_FORMATS.join(', ')}`);
        const profile = stringOption(values, 'profile');
        if (profile !== undefined && profile !== 'omegat3') throw new UsageError('--profile must be omegat3');
        const stored = loadGlossary(db);
        const { text } = exportGlossary(stored, format, profile);
        writeFileWhole(file, (append) => append(text));
        process.stdout.write(`${stored.entries.length} entries written to ${file}\n`);
        return 0;
      }
      throw new UsageError('give a subcommand: list, import or export');
    } finally {
      db.close();
    }
  },
};
