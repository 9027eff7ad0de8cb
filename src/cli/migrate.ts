import { migrateWorkspace } from '../app/migrate.js';
import { openDatabase, redactUrl } from '../db/index.js';
import { progress, stringOption, UsageError, writeJson, type Command } from './command.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'move a workspace between an SQLite file and PostgreSQL (either way), checked',
  usage: `hizala migrate --from FILE.sqlite|postgres://… --to postgres://…|FILE.sqlite [--json]

Copies every table, keeping every id, into an empty target (a new file, or a new
database: createdb hizala) in one transaction, then checks it: per table the number of
rows and a SHA-256 of the rows in key order must be the same on both sides. Exit 1 when
a table differs. Stop the servers on the source first, so nothing changes meanwhile.`,
  options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
  run(values, positionals) {
    if (positionals.length) throw new UsageError('migrate takes --from and --to, no arguments');
    const from = stringOption(values, 'from');
    const to = stringOption(values, 'to');
    if (!from || !to) throw new UsageError('give both --from and --to');
    if (from === to) throw new UsageError('--from and --to are the same workspace');
    const source = openDatabase(from, { mustExist: true });
    let target;
    try {
      target = openDatabase(to);
    } catch (err) {
      source.close();
      throw err;
    }
    try {
      const report = migrateWorkspace(source, target, (table, rows) => progress(`${table}: ${rows} rows`));
      const differ = report.filter((t) => !t.same);
      if (values.json) writeJson({ from: redactUrl(from), to: redactUrl(to), tables: report });
      else {
        for (const t of report) process.stdout.write(`${t.same ? 'same' : 'DIFFERS'}  ${t.table.padEnd(17)} ${String(t.rows).padStart(9)} rows  sha256 ${t.checksum.slice(0, 16)}…\n`);
        process.stderr.write(differ.length ? `the copy differs in ${differ.map((t) => t.table).join(', ')}\n` : `moved ${redactUrl(from)} → ${redactUrl(to)}: every table the same\n`);
      }
      return differ.length ? 1 : 0;
    } finally {
      source.close();
      target.close();
    }
  },
};
