import { InputError } from '../../errors.js';
import { isLang } from '../../text/case.js';
import { TERM_STATUSES, type Entry, type Glossary, type Term, type TermStatus } from '../../glossary/model.js';

/**
 * Glossary as CSV, one term per row:
 *   id,lang,term,status,partOfSpeech,termType,suffixAttaches,note
 * Rows with the same id form one entry. RFC 4180 quoting; UTF-8. Errors name the line.
 */
export const CSV_COLUMNS = ['id', 'lang', 'term', 'status', 'partOfSpeech', 'termType', 'suffixAttaches', 'note'] as const;

/** Parse RFC 4180 CSV into rows with the 1-based line each row starts on. */
export function parseCsv(text: string, file: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let cellStarted = false;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cellStarted && cell !== '') throw new InputError('a quote inside an unquoted field', { file, line });
      quoted = true;
      cellStarted = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      cellStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((c) => c !== '')) rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      cellStarted = false;
      line++;
      rowLine = line;
    } else {
      cell += ch;
      cellStarted = true;
    }
  }
  if (quoted) throw new InputError('a quoted field is not closed', { file, line: rowLine });
  cells.push(cell);
  if (cells.some((c) => c !== '')) rows.push({ cells, line: rowLine });
  return rows;
}

export function readGlossaryCsv(text: string, file = 'glossary.csv'): Glossary {
  const rows = parseCsv(text, file);
  const header = rows.shift();
  if (!header) throw new InputError('the file is empty', { file });
  const names = header.cells.map((c) => c.trim());
  const col = (name: string) => names.indexOf(name);
  for (const required of ['id', 'lang', 'term', 'status']) {
    if (col(required) < 0) throw new InputError(`the header has no "${required}" column (expected ${CSV_COLUMNS.join(',')})`, { file, line: header.line });
  }
  const entries = new Map<string, Entry>();
  for (const { cells, line } of rows) {
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? '').trim() : '');
    if (cells.length > names.length) throw new InputError(`${cells.length} fields, the header has ${names.length}`, { file, line });
    const id = get('id');
    const lang = get('lang').toLowerCase().split(/[-_]/)[0];
    const text = get('term');
    const status = get('status').toLowerCase() as TermStatus;
    if (!id) throw new InputError('no id', { file, line });
    if (!isLang(lang)) throw new InputError(`language "${get('lang')}" is not en or tr`, { file, line });
    if (!text) throw new InputError('no term', { file, line });
    if (!TERM_STATUSES.includes(status)) throw new InputError(`status "${get('status')}" is not one of ${TERM_STATUSES.join(', ')}`, { file, line });
    const term: Term = { lang, text, status };
    if (get('partOfSpeech')) term.partOfSpeech = get('partOfSpeech');
    if (get('termType')) term.termType = get('termType');
    if (/^(yes|true|1)$/i.test(get('suffixAttaches'))) term.suffixAttaches = true;
    if (get('note')) term.note = get('note');
    const entry = entries.get(id) ?? { id, terms: [] };
    entry.terms.push(term);
    entries.set(id, entry);
  }
  return { entries: [...entries.values()] };
}

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function writeGlossaryCsv(glossary: Glossary): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of glossary.entries) {
    for (const t of e.terms) {
      lines.push(
        [e.id, t.lang, t.text, t.status, t.partOfSpeech ?? '', t.termType ?? '', t.suffixAttaches ? 'yes' : '', t.note ?? ''].map(quote).join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
