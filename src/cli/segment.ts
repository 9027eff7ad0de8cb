import { checkLanguage, segmentDocument } from '../documents/index.js';
import { readDocumentFile } from '../formats/index.js';
import { isLang } from '../text/index.js';
import { UsageError, writeJson, type Command } from './command.js';

export const segmentCommand: Command = {
  name: 'segment',
  summary: 'split a document into sentence segments',
  usage: `hizala segment FILE --lang en|tr [--json] [--force]

Reads FILE (.md, .txt, .html; UTF-8, UTF-16 with BOM or windows-1254) and prints one
segment per line; with --json, {"file","lang","encoding","paragraphs":[…],"segments":[…]}.
--force   segment even when the text looks like the other language`,
  options: { lang: { type: 'string' }, json: { type: 'boolean' }, force: { type: 'boolean' } },
  run(values, positionals) {
    if (positionals.length !== 1) throw new UsageError('give exactly one FILE');
    const lang = values.lang;
    if (!isLang(lang)) throw new UsageError('--lang must be en or tr');
    const doc = readDocumentFile(positionals[0]!);
    const side = segmentDocument(doc, lang);
    if (!values.force) checkLanguage(side, doc.file);
    if (values.json) {
      writeJson({ file: doc.file, lang, encoding: doc.encoding, paragraphs: side.paragraphs, segments: side.segments });
    } else {
      process.stdout.write(side.segments.map((s) => `${s.text}\n`).join(''));
    }
    return 0;
  },
};
