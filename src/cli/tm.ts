import { documentHead, listPairs } from '../db/index.js';
import { InputError } from '../errors.js';
import { isLang, type Lang } from '../text/index.js';
import { analyzeLeverage, BANDS, concordance, exportTmxFile, importTmxFile, searchTm, tmStats } from '../tm/index.js';
import { openWorkspace } from '../workspace/index.js';
import { checkOutput, dbPathOf, openExistingWorkspace, progress, stringOption, UsageError, writeJson, type Command } from './command.js';

function lang(values: Record<string, string | boolean | undefined>, name: string, fallback: Lang): Lang {
  const v = stringOption(values, name) ?? fallback;
  if (!isLang(v)) throw new UsageError(`--${name} must be en or tr`);
  return v;
}

export const tmCommand: Command = {
  name: 'tm',
  summary: 'translation memory: TMX import/export, fuzzy search, concordance, statistics',
  usage: `hizala tm import FILE.tmx          TMX 1.4b, streamed, all or nothing
hizala tm export FILE.tmx          the TM as TMX 1.4b
hizala tm search TEXT [--min 70] [--limit 5] [--json]
hizala tm concordance TEXT [--side source|target|both] [--json]
hizala tm stats [--json]
search and concordance print a JSON array with --json ([] when nothing is found);
without it, "no match" goes to stderr and stdout stays empty.
Options: --src en|tr --tgt en|tr (default en → tr), --db PATH`,
  options: {
    min: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    side: { type: 'string' },
    src: { type: 'string' },
    tgt: { type: 'string' },
  },
  run(values, positionals) {
    const [sub, arg, ...extra] = positionals;
    if (extra.length) throw new UsageError('too many arguments (quote a TEXT with spaces)');
    const srcLang = lang(values, 'src', 'en');
    const tgtLang = lang(values, 'tgt', 'tr');
    const number = (name: string, fallback: number, max: number) => {
      const raw = stringOption(values, name);
      if (raw === undefined) return fallback;
      if (!/^\d+$/.test(raw) || Number(raw) > max) throw new UsageError(`--${name} must be a number from 0 to ${max}`);
      return Number(raw);
    };
    // only an import may start a workspace; the rest read one
    if (sub === 'export' && arg) checkOutput(values, arg);
    const db = sub === 'import' ? openWorkspace(dbPathOf(values)) : openExistingWorkspace(values);
    try {
      switch (sub) {
        case 'import': {
          if (!arg) throw new UsageError('give the TMX FILE');
          let lastShown = 0;
          const result = importTmxFile(db, arg, {
            onProgress: (bytes, total) => {
              const pct = Math.floor((bytes / Math.max(total, 1)) * 100);
              if (pct >= lastShown + 5) {
                lastShown = pct;
                progress(`tm import: ${pct}%`);
              }
            },
          });
          if (values.json) writeJson(result);
          else {
            const other = result.skipped - result.emptyTargets;
            const parts = [`${result.units} units read`, `${result.added} added`, `${other} already in the TM or not English/Turkish`];
            if (result.emptyTargets) parts.push(`${result.emptyTargets} with an empty translation (not stored)`);
            if (result.alternatives) parts.push(`${result.alternatives} second translations stored as units of their own`);
            process.stdout.write(`${parts.join(', ')}\n`);
          }
          return 0;
        }
        case 'export': {
          if (!arg) throw new UsageError('give the TMX FILE to write');
          const n = exportTmxFile(db, arg, { srcLang, tgtLang });
          process.stdout.write(`${n} units written to ${arg}\n`);
          return 0;
        }
        case 'search': {
          if (!arg) throw new UsageError('give the TEXT to look up');
          const min = number('min', 70, 100);
          const matches = searchTm(db, { text: arg, srcLang, tgtLang, min, limit: number('limit', 5, 100) });
          if (values.json) writeJson(matches);
          else if (matches.length === 0) process.stderr.write(`no match of ${min}% or more in the TM\n`);
          else for (const m of matches) process.stdout.write(`${m.context ? 'ctx' : `${m.score}%`.padStart(5)}  ${m.unit.source}\n       ${m.unit.target}\n       (${m.unit.origin ?? 'unknown origin'}, ${m.unit.changedAt})\n`);
          return 0;
        }
        case 'concordance': {
          if (!arg) throw new UsageError('give the word or phrase');
          const side = stringOption(values, 'side') ?? 'both';
          if (side !== 'source' && side !== 'target' && side !== 'both') throw new UsageError('--side must be source, target or both');
          const hits = concordance(db, { text: arg, side, srcLang, tgtLang });
          if (values.json) writeJson(hits);
          else if (hits.length === 0) process.stderr.write(`"${arg}" is not in the TM\n`);
          else for (const h of hits) process.stdout.write(`${mark(h.source, h.sourceRanges)}\n  ${mark(h.target, h.targetRanges)}\n`);
          return 0;
        }
        case 'stats': {
          const stats = tmStats(db);
          if (values.json) writeJson(stats);
          else {
            process.stdout.write(`${stats.units} units (${stats.fromDocuments} from confirmed pairs)\n`);
            for (const l of stats.byLanguagePair) process.stdout.write(`  ${l.srcLang} → ${l.tgtLang}: ${l.units}\n`);
          }
          return 0;
        }
        default:
          throw new UsageError('give a subcommand: import, export, search, concordance or stats');
      }
    } finally {
      db.close();
    }
  },
};

/** Hits in brackets, for a terminal. */
function mark(text: string, ranges: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    out += `${text.slice(at, s)}[${text.slice(s, e)}]`;
    at = e;
  }
  return out + text.slice(at);
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'leverage analysis of a document against the TM (words per match band)',
  usage: `hizala analyze DOCUMENT_ID [--json] [--db PATH]

Segments and words per band — context match, 100%, internal repetitions, 95–99, 85–94,
75–84, 50–74, no match — as CAT tools report before a job is priced.`,
  options: { json: { type: 'boolean' } },
  run(values, positionals) {
    if (positionals.length !== 1 || !/^\d+$/.test(positionals[0]!)) throw new UsageError('give a DOCUMENT_ID');
    const db = openExistingWorkspace(values);
    try {
      const id = Number(positionals[0]);
      const doc = documentHead(db, id);
      const report = analyzeLeverage(db, listPairs(db, id), doc.src, doc.tgt);
      if (values.json) writeJson(report);
      else {
        process.stdout.write(`${'band'.padEnd(12)} ${'segments'.padStart(8)} ${'words'.padStart(8)}\n`);
        for (const b of BANDS) process.stdout.write(`${b.padEnd(12)} ${String(report.bands[b].segments).padStart(8)} ${String(report.bands[b].words).padStart(8)}\n`);
        process.stdout.write(`${'total'.padEnd(12)} ${String(report.total.segments).padStart(8)} ${String(report.total.words).padStart(8)}\n`);
      }
      return 0;
    } finally {
      db.close();
    }
  },
};
