import type { XliffOrphan } from '../model/api.js';
import { readFileSync } from 'node:fs';
import { writeFileWhole } from '../workspace/files.js';
import { exportDocument, leftUnapplied } from '../documents/index.js';
import { importReturnedXliff } from '../app/workspace.js';
import { readXliff } from '../formats/xliff/index.js';
import { InputError } from '../errors.js';
import { openWorkspace } from '../workspace/index.js';
import { checkOutput, localActor, openExistingWorkspace, stringOption, UsageError, writeJson, type Command } from './command.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a document as XLIFF 1.2, XLIFF 2.0 or TMX, or as a Word, HTML or Markdown document',
  usage: `hizala export DOCUMENT_ID --format xliff12|xliff20|tmx [--profile omegat3] [--src-region US] [--tgt-region TR] [--no-matches] [-o FILE] [--db PATH]
hizala export DOCUMENT_ID --format docx|html|md [--side target|source] [--untranslated source|refuse] -o FILE

XLIFF: one unit per pair with its status, QA flags and glossary terms as notes and TM
matches (alt-trans / mtc:match); --no-matches leaves the matches out (each pair is
looked up in the TM: with a large TM that is most of a long document's export time).
--profile omegat3 fills empty targets with the source (OmegaT 3.x translates the
text of <target> and skips empty ones); for TMX it writes the
segments as OmegaT's own TMX holds them, so OmegaT fills segments with codes from it.
Bold, italic and links travel as paired codes. --src-region and
--tgt-region add a region to the XLIFF language codes (en-US, tr-TR). Without -o, writes
to stdout.
docx, html, md: the document in one language (--side, default target) rebuilt from the
current pairs with its headings, lists, notes (Word: real footnotes) and formatting, so
every correction made in Hizala is in it. A pair without a translation gets its source
text, marked; --untranslated refuse stops the export instead. Word needs -o.`,
  options: {
    format: { type: 'string' },
    profile: { type: 'string' },
    o: { type: 'string', short: 'o' },
    output: { type: 'string' },
    'src-region': { type: 'string' },
    'tgt-region': { type: 'string' },
    'no-matches': { type: 'boolean' },
    side: { type: 'string' },
    untranslated: { type: 'string' },
  },
  async run(values, positionals) {
    if (positionals.length !== 1 || !/^\d+$/.test(positionals[0]!)) throw new UsageError('give a DOCUMENT_ID');
    const output = stringOption(values, 'o') ?? stringOption(values, 'output');
    if (output) checkOutput(values, output);
    const db = openExistingWorkspace(values);
    try {
      const id = Number(positionals[0]);
      const file = stringOption(values, 'o') ?? stringOption(values, 'output');
      if (stringOption(values, 'format') === 'docx' && !file && process.stdout.isTTY) throw new UsageError('a Word file is binary: give -o FILE (or redirect stdout)');
      const { body } = await exportDocument(db, id, {
        format: stringOption(values, 'format'),
        profile: stringOption(values, 'profile'),
        srcRegion: stringOption(values, 'src-region'),
        tgtRegion: stringOption(values, 'tgt-region'),
        side: stringOption(values, 'side'),
        untranslated: stringOption(values, 'untranslated'),
        ...(values['no-matches'] === true ? { matches: 'no' } : {}),
      });
      const parts = Array.isArray(body) ? body : [body];
      if (file) {
        writeFileWhole(file, (append) => parts.forEach(append));
        process.stderr.write(`document ${id} written to ${file}\n`);
      } else for (const part of parts) process.stdout.write(part);
      return 0;
    } finally {
      db.close();
    }
  },
};

export const importXliffCommand: Command = {
  name: 'import-xliff',
  summary: 'read back the XLIFF a CAT tool returned',
  usage: `hizala import-xliff FILE [--theirs|--ours] [--strict] [--json] [--db PATH]

Updates the targets (and states) the translator changed, each as a revision with the file
as origin, in one transaction. A pair also changed in Hizala since the export is a
conflict: reported and left alone, unless --theirs (the file wins) or --ours (Hizala wins).
A unit whose pair was merged, split or realigned since the export, or whose source is not
the one exported, is left alone and listed with its text; the rest is imported. Exit code 1
when anything was not applied (a unit left alone, a conflict left unresolved); with
--strict nothing is written then (all or nothing).`,
  options: { theirs: { type: 'boolean' }, ours: { type: 'boolean' }, strict: { type: 'boolean' }, json: { type: 'boolean' } },
  run(values, positionals) {
    if (positionals.length !== 1) throw new UsageError('give the FILE');
    if (values.theirs && values.ours) throw new UsageError('--theirs or --ours, not both');
    let text: string;
    try {
      text = readFileSync(positionals[0]!, 'utf8');
    } catch {
      throw new InputError('no such file', { file: positionals[0]! });
    }
    const db = openExistingWorkspace(values);
    try {
      const report = importReturnedXliff(db, localActor(), readXliff(text, positionals[0]!), positionals[0]!, {
        ...(values.theirs ? { resolve: 'theirs' as const } : values.ours ? { resolve: 'ours' as const } : {}),
        ...(values.strict ? { strict: true } : {}),
      });
      if (values.json) writeJson(report);
      else {
        if (report.rolledBack) process.stdout.write(`document ${report.documentId}: nothing imported (--strict): ${report.orphans.length} units left alone, ${report.conflicts.length} conflicts; ${report.updated} would have been updated\n`);
        else process.stdout.write(`document ${report.documentId}: ${report.units} units, ${report.updated} updated, ${report.unchanged} unchanged, ${report.conflicts.length} conflicts${report.orphans.length ? `, ${report.orphans.length} left alone (their pairs changed since the export)` : ''}\n`);
        const why: Record<XliffOrphan['why'], string> = {
          'no-pair': 'the pair was merged or split since the export',
          realigned: 'the pair was realigned since the export',
          'source-differs': 'the source is not the one exported',
          reviewed: 'the pair is reviewed and only a reviewer may change it',
        };
        for (const o of report.orphans) process.stdout.write(`  ${positionals[0]}:${o.line}: unit ${o.unit} left alone, ${why[o.why]}; its text: ${o.target}\n`);
        for (const c of report.conflicts) {
          process.stdout.write(`  conflict, pair ${c.pairId} (line ${c.line})${c.resolved ? `, resolved: ${c.resolved}` : ''}\n    here:  ${c.ours}\n    file:  ${c.theirs}\n`);
        }
      }
      return leftUnapplied(report) ? 1 : 0;
    } finally {
      db.close();
    }
  },
};
