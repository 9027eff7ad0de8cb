import { listDocuments } from '../db/index.js';
import { openExistingWorkspace, UsageError, writeJson, type Command } from './command.js';

export const documentsCommand: Command = {
  name: 'documents',
  summary: 'list the documents in the workspace',
  usage: `hizala documents [--json] [--db PATH]

One line per document: id, segment counts, title. With --json: {"documents":[…]}.`,
  options: { json: { type: 'boolean' } },
  run(values, positionals) {
    if (positionals.length) throw new UsageError('documents takes no arguments');
    const db = openExistingWorkspace(values);
    try {
      const docs = listDocuments(db);
      if (values.json) writeJson({ documents: docs });
      else {
        for (const d of docs) {
          process.stdout.write(`${String(d.id).padStart(4)}  ${d.srcLang}:${d.srcSegments} ${d.tgtLang}:${d.tgtSegments}  ${d.title}\n`);
        }
        if (!docs.length) process.stderr.write('no documents yet: hizala import EN_FILE TR_FILE\n');
      }
      return 0;
    } finally {
      db.close();
    }
  },
};
