import { documentHead, listPairs } from '../db/index.js';
import { InputError } from '../errors.js';
import { defaultGlossary, TermMatcher, termIssues, usableTermTexts } from '../glossary/index.js';
import { readGlossaryFile } from '../formats/glossary/index.js';
import { applyRestorations, detectMojibake, hasLostCharacters, openFlags, restoreLost, vocabularyOf, type Flag } from '../qa/index.js';
import { preloadRestoration, preloadSpelling, restorationSources } from '../qa/dictionaries.js';
import { documentFlags } from '../documents/index.js';
import { isLang } from '../text/index.js';
import { openWorkspace } from '../workspace/index.js';
import { openExistingWorkspace, stringOption, UsageError, writeJson, type Command } from './command.js';
import { mapJsonLines, stringField } from './jsonl.js';

const SEVERITY_RANK: Record<string, number> = { info: 0, warning: 1, error: 2 };

export const qaCommand: Command = {
  name: 'qa',
  summary: 'quality checks: mojibake, terminology, a whole document',
  usage: `hizala qa mojibake --jsonl
    reads {"id","lang","text"} lines on stdin, writes {"id","broken","kinds":[…],"fixed"} lines;
    characters lost for good (□, U+FFFD) are restored in "fixed" where one filling fits
    (the line's words, a spelling dictionary), and "alternatives" lists the rest
hizala qa terms --glossary FILE --jsonl
    reads {"id","en","tr"} lines on stdin, writes {"id","issues":[{"side","term","found","problem"}]} lines;
    FILE is TBX (v2 or v3) or CSV
hizala qa check DOCUMENT_ID [--format text|json] [--fail-on error|warning] [--db PATH]
    every check over a stored document, with the workspace glossary; exit 1 when a finding
    reaches the --fail-on level`,
  options: { jsonl: { type: 'boolean' }, glossary: { type: 'string' }, format: { type: 'string' }, 'fail-on': { type: 'string' } },
  async run(values, positionals) {
    const [sub, ...rest] = positionals;
    // mojibake and the document checks read the English dictionary (lost apostrophes); qa terms does not
    if (sub === 'mojibake' || sub === 'check') await preloadSpelling();
    if (sub === 'mojibake') {
      if (!values.jsonl) throw new UsageError('qa mojibake reads JSON Lines: give --jsonl');
      let glossaryWords: string[] | undefined;
      await mapJsonLines(async (v, line) => {
        const lang = v.lang ?? 'en';
        if (!isLang(lang)) throw new InputError('"lang" must be en or tr', { file: 'stdin', line });
        const r = detectMojibake(stringField(v, 'text', line), lang);
        if (!hasLostCharacters(r.fixed)) return { id: v.id ?? null, broken: r.broken, kinds: r.kinds, fixed: r.fixed };
        // characters lost for good: restored where the line's own words or the language's
        // dictionary allow one filling; several are listed as alternatives
        glossaryWords ??= usableTermTexts(defaultGlossary().entries);
        await preloadRestoration(lang);
        // Turkish names in English text are restored from the Turkish sources
        if (lang === 'en') await preloadRestoration('tr');
        const restorations = restoreLost(r.fixed, vocabularyOf([r.fixed, ...glossaryWords]), restorationSources(lang));
        const alternatives = restorations.filter((x) => !x.certain && x.candidates.length > 1).map((x) => ({ found: x.found, candidates: x.candidates.slice(0, 10) }));
        return { id: v.id ?? null, broken: r.broken, kinds: r.kinds, fixed: applyRestorations(r.fixed, restorations), ...(alternatives.length ? { alternatives } : {}) };
      });
      return 0;
    }
    if (sub === 'terms') {
      if (!values.jsonl) throw new UsageError('qa terms reads JSON Lines: give --jsonl');
      const file = stringOption(values, 'glossary');
      if (!file) throw new UsageError('qa terms needs --glossary FILE (TBX or CSV)');
      const matcher = new TermMatcher(readGlossaryFile(file));
      await mapJsonLines((v, line) => ({
        id: v.id ?? null,
        issues: termIssues(matcher, stringField(v, 'en', line), stringField(v, 'tr', line)).map((i) => ({ side: i.side, term: i.entryId, found: i.found, problem: i.problem })),
      }));
      return 0;
    }
    if (sub === 'check') {
      if (rest.length !== 1 || !/^\d+$/.test(rest[0]!)) throw new UsageError('give a DOCUMENT_ID');
      const format = stringOption(values, 'format') ?? 'text';
      if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
      const failOn = stringOption(values, 'fail-on');
      if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning') throw new UsageError('--fail-on must be error or warning');
      const db = openExistingWorkspace(values);
      try {
        const id = Number(rest[0]);
        documentHead(db, id); // a clear error for an unknown id
        const pairs = listPairs(db, id);
        // lost characters: the dictionaries (2–4 s to load and index) and the Turkish word counts help put them back
        if (pairs.some((p) => hasLostCharacters(p.source) || hasLostCharacters(p.target))) {
          await preloadRestoration('en');
          await preloadRestoration('tr');
        }
        const report = documentFlags(db, id, undefined, pairs);
        if (format === 'json') writeJson(report);
        else {
          const byId = new Map(pairs.map((p, k) => [p.id, { pair: p, n: k + 1 }]));
          for (const { id: pairId, flags } of report.pairs) {
            const { pair, n } = byId.get(pairId)!;
            for (const f of flags) process.stdout.write(formatFlag(n, f, f.side === 'src' ? pair.source : pair.target));
          }
          const accepted = report.pairs.reduce((k, p) => k + p.flags.filter((f) => f.accepted).length, 0);
          if (accepted) process.stderr.write(`${accepted} accepted flag${accepted === 1 ? '' : 's'} not counted (marked "accepted")\n`);
          for (const d of report.document) {
            const accepted = d.accepted ? `  [accepted by ${d.accepted.author ?? 'someone'}: ${d.accepted.reason}]` : '';
            process.stdout.write(`document  ${d.severity.padEnd(7)} ${d.check}: ${Object.values(d.params ?? {}).join(' · ')} (${d.places.length} places)${accepted}\n`);
          }
        }
        // accepted flags never fail the check: an editor said they are fine
        const all = [...report.pairs.flatMap((p) => openFlags(p.flags)), ...report.document.filter((d) => !d.accepted)];
        if (failOn && all.some((f) => SEVERITY_RANK[f.severity]! >= SEVERITY_RANK[failOn]!)) return 1;
        return 0;
      } finally {
        db.close();
      }
    }
    throw new UsageError('give a subcommand: mojibake, terms or check');
  },
};

function formatFlag(n: number, f: Flag, text: string): string {
  const found = text.slice(f.start, f.end);
  const accepted = f.accepted ? `  [accepted by ${f.accepted.author ?? 'someone'}: ${f.accepted.reason}]` : '';
  return `pair ${String(n).padStart(4)} ${f.side} ${f.severity.padEnd(7)} ${f.check}: "${found}"${f.fix !== undefined ? ` → "${f.fix}"` : ''}${accepted}\n`;
}
