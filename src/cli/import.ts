import { openWorkspace as openDatabase } from '../workspace/index.js';
import { readBinarySides, type ImportResult } from '../documents/index.js';
import { importDocuments } from '../app/workspace.js';
import { dbPathOf, localActor, progress, stringOption, UsageError, writeJson, type Command } from './command.js';

/** Every 25th page of a long PDF, and its last. */
function pageProgress(page: number, pages: number): void {
  if (pages >= 50 && (page % 25 === 0 || page === pages)) progress(`  page ${page} of ${pages}`);
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import an English/Turkish document pair into the workspace',
  usage: `hizala import EN_FILE TR_FILE [--title T] [--json] [--force] [--tm-lexicon] [--db PATH]

Files: Markdown (.md), plain text (.txt), HTML (.html), PDF (.pdf, with a text layer)
and Word (.docx; tracked changes as accepted). Reads and segments both files and stores them in one transaction; prints the new
document's id (with --json: {"id":N,"title",…}). Nothing is stored when either file fails.
--force   import even when a file's text looks like the other language, or when
          the same files were imported before
--tm-lexicon  align with a word lexicon learned from the translation memory as well
          as the shipped one (off by default: docs/alignment.md has the figures)`,
  options: { title: { type: 'string' }, json: { type: 'boolean' }, force: { type: 'boolean' }, 'tm-lexicon': { type: 'boolean' } },
  async run(values, positionals) {
    if (positionals.length !== 2) throw new UsageError('give EN_FILE and TR_FILE');
    const db = openDatabase(dbPathOf(values));
    try {
      progress(`importing ${positionals[0]} + ${positionals[1]} …`);
      const title = stringOption(values, 'title');
      // PDF and Word files are read first; a long PDF says how far it is
      const sides = await readBinarySides({ source: { path: positionals[0]! }, target: { path: positionals[1]! } }, { onPage: pageProgress });
      const result = importDocuments(db, localActor(), {
        ...sides,
        ...(title ? { title } : {}),
        force: values.force === true,
        tmLexicon: values['tm-lexicon'] === true,
      });
      if (values.json) writeJson(result);
      else {
        // The id alone on stdout, so that `id=$(hizala import …)` works; the summary is for the person.
        process.stdout.write(`${result.id}\n`);
        process.stderr.write(`${importSummary(result)}\n`);
      }
      return 0;
    } finally {
      db.close();
    }
  },
};

/** One line: what was imported and how much needs a look. */
export function importSummary(result: ImportResult): string {
  const review = result.needsReview === 0 ? 'none needs review' : `${result.needsReview} ${result.needsReview === 1 ? 'needs' : 'need'} review`;
  return `document ${result.id} "${result.title}": ${result.pairs} pairs (${result.source.segments} English, ${result.target.segments} Turkish segments), ${review}`;
}
