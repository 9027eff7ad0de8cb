import type { SaxesTagPlain } from 'saxes';
import { guardedParser } from '../xml-limits.js';
import { escapeXml } from '../xml.js';
import { InputError } from '../../errors.js';
import { isLang, type Lang } from '../../text/case.js';
import type { Entry, Glossary, Term, TermStatus } from '../../glossary/model.js';

/**
 * TBX reader for TBX-Basic v2 (martif: termEntry/langSet/tig/term) and TBX v3 DCA
 * (tbx: conceptEntry/langSec/termSec/term). Strict, streaming (saxes), and it never
 * resolves external entities or reads a DTD: a DOCTYPE with an internal subset is refused,
 * which rules out entity declarations and their expansion. Errors carry line and column.
 */
const STATUS: Record<string, TermStatus> = {
  'preferredTerm-admn-sts': 'preferred',
  'admittedTerm-admn-sts': 'admitted',
  'deprecatedTerm-admn-sts': 'deprecated',
  'supersededTerm-admn-sts': 'deprecated',
  'forbiddenTerm-admn-sts': 'forbidden',
  // the rest of ISO 12620's administrative statuses, as other tools write them
  'standardizedTerm-admn-sts': 'preferred',
  'legalTerm-admn-sts': 'preferred',
  'regulatedTerm-admn-sts': 'preferred',
  preferredTerm: 'preferred',
  admittedTerm: 'admitted',
  deprecatedTerm: 'deprecated',
  supersededTerm: 'deprecated',
  forbiddenTerm: 'forbidden',
};

const ENTRY = new Set(['termEntry', 'conceptEntry']);
const LANG = new Set(['langSet', 'langSec']);
const TERM_GROUP = new Set(['tig', 'termSec', 'ntig']);

export function readTbx(xml: string, file = 'glossary.tbx'): Glossary {
  const { parser, fail, depth } = guardedParser(file, { xmlns: false, position: true });
  const entries: Entry[] = [];
  let entry: Entry | null = null;
  let lang: Lang | null = null;
  let term: Partial<Term> | null = null;
  let textTarget: 'term' | 'termNote' | 'note' | null = null;
  let noteType = '';
  let text = '';
  let sawRoot = false;
  const ids = new Set<string>();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth.enter();
    const name = tag.name.replace(/^.*:/, '');
    if (!sawRoot) {
      sawRoot = true;
      if (name !== 'martif' && name !== 'tbx') fail(`not a TBX file: the root element is <${tag.name}>, not <martif> or <tbx>`);
    }
    if (ENTRY.has(name)) {
      const id = String(tag.attributes.id ?? `entry-${entries.length + 1}`);
      if (ids.has(id)) fail(`duplicate entry id "${id}"`);
      ids.add(id);
      entry = { id, terms: [] };
    } else if (LANG.has(name)) {
      if (!entry) fail(`<${name}> outside an entry`);
      const value = String(tag.attributes['xml:lang'] ?? '').toLowerCase().split(/[-_]/)[0];
      lang = isLang(value) ? value : null; // other languages are skipped
    } else if (TERM_GROUP.has(name)) {
      if (!entry) fail(`<${name}> outside an entry`);
      term = lang ? { lang } : null;
    } else if (name === 'term') {
      if (!entry) fail('<term> outside an entry');
      if (!term && lang) term = { lang }; // TBX v3 minimal: term directly in langSec
      textTarget = 'term';
      text = '';
    } else if (name === 'termNote') {
      textTarget = 'termNote';
      noteType = String(tag.attributes.type ?? '');
      text = '';
    } else if (name === 'note' && entry && (term || !lang)) {
      textTarget = 'note';
      text = '';
    }
  });
  parser.on('text', (t) => {
    if (textTarget) text += t;
  });
  parser.on('cdata', (t) => {
    if (textTarget) text += t;
  });
  parser.on('closetag', (tag) => {
    depth.leave();
    const name = tag.name.replace(/^.*:/, '');
    if (name === 'term' && textTarget === 'term') {
      if (term) term.text = text.trim();
      textTarget = null;
    } else if (name === 'termNote' && textTarget === 'termNote') {
      const value = text.trim();
      if (term) {
        if (noteType === 'administrativeStatus' || noteType === 'normativeAuthorization') {
          // an unknown status is the neutral one, not a reason to refuse the whole file
          term.status = STATUS[value] ?? 'admitted';
        } else if (noteType === 'partOfSpeech') term.partOfSpeech = value;
        else if (noteType === 'termType') term.termType = value;
        else if (noteType === 'x-suffixAttaches') term.suffixAttaches = /^(yes|true|1)$/i.test(value);
      }
      textTarget = null;
    } else if (name === 'note' && textTarget === 'note') {
      if (term) term.note = text.trim();
      else if (entry) entry.note = text.trim();
      textTarget = null;
    } else if (TERM_GROUP.has(name)) {
      pushTerm();
    } else if (LANG.has(name)) {
      pushTerm();
      lang = null;
    } else if (ENTRY.has(name)) {
      if (entry && entry.terms.length) entries.push(entry);
      entry = null;
    }
  });

  function pushTerm(): void {
    if (term && entry && term.text) {
      const t = { status: 'admitted', ...term, text: term.text, lang: term.lang! } as Term;
      applyHizalaNote(t);
      // our export's convention for the status TBX-Basic lacks (see writeTbx)
      if (t.status === 'deprecated' && t.note && /^forbidden\b/i.test(t.note)) {
        t.status = 'forbidden';
        const rest = t.note.replace(/^forbidden;?\s*/i, '');
        if (rest) t.note = rest;
        else delete t.note;
      }
      entry.terms.push(t);
    } else if (term && entry && term.text === '') {
      fail('an empty <term>');
    }
    term = null;
  }

  parser.write(xml).close();
  if (!sawRoot) throw new InputError('not a TBX file: no root element', { file, reason: 'wrong-kind', params: { kind: 'TBX' } });
  return { entries };
}

const STATUS_OUT: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  // TBX-Basic has no "forbidden" status: forbidden terms are deprecated with a note saying so
  forbidden: 'deprecatedTerm-admn-sts',
};

/** TBX-Basic's permitted values (schemas/TBX-Basic_DCA.sch). */
const BASIC_POS: ReadonlySet<string> = new Set(['adjective', 'noun', 'other', 'verb', 'adverb']);
const BASIC_TERM_TYPES: ReadonlySet<string> = new Set(['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase']);

/** Hizala's own term properties TBX-Basic has no place for, as a note: "hizala: partOfSpeech=properNoun, suffixAttaches=yes". */
function hizalaNote(t: Term, writtenPos: string | undefined): string {
  const parts: string[] = [];
  if (t.partOfSpeech && t.partOfSpeech !== writtenPos) parts.push(`partOfSpeech=${t.partOfSpeech}`);
  if (t.termType && !BASIC_TERM_TYPES.has(t.termType)) parts.push(`termType=${t.termType}`);
  if (t.suffixAttaches) parts.push('suffixAttaches=yes');
  return parts.length ? `hizala: ${parts.join(', ')}` : '';
}

/** Reads back what hizalaNote wrote, and removes it from the note. */
function applyHizalaNote(t: Term): void {
  const m = /(?:^|;\s*)hizala: ([^;]*)$/.exec(t.note ?? '');
  if (!m) return;
  for (const pair of m[1]!.split(/,\s*/)) {
    const [key, value] = pair.split('=');
    if (key === 'partOfSpeech' && value) t.partOfSpeech = value;
    else if (key === 'termType' && value) t.termType = value;
    else if (key === 'suffixAttaches') t.suffixAttaches = value === 'yes';
  }
  const rest = t.note!.slice(0, m.index).trim();
  if (rest) t.note = rest;
  else delete t.note;
}

/** Write TBX-Basic v2 (martif), the form CAT tools read; `version: 3` writes TBX v3 DCA. */
export function writeTbx(glossary: Glossary, options: { version?: 2 | 3 } = {}): string {
  const v3 = options.version === 3;
  const [root, entryTag, langTag, termTag] = v3 ? ['tbx', 'conceptEntry', 'langSec', 'termSec'] : ['martif', 'termEntry', 'langSet', 'tig'];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    v3 ? '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">' : '<martif type="TBX-Basic" xml:lang="en">',
    v3 ? '  <tbxHeader><fileDesc><sourceDesc><p>Exported by Hizala</p></sourceDesc></fileDesc></tbxHeader>' : '  <martifHeader><fileDesc><sourceDesc><p>Exported by Hizala</p></sourceDesc></fileDesc></martifHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const entry of glossary.entries) {
    lines.push(`      <${entryTag} id="${escapeXml(entry.id)}">`);
    if (entry.note) lines.push(`        <note>${escapeXml(entry.note)}</note>`);
    for (const lang of ['en', 'tr'] as const) {
      const terms = entry.terms.filter((t) => t.lang === lang);
      if (!terms.length) continue;
      lines.push(`        <${langTag} xml:lang="${lang}">`);
      for (const t of terms) {
        lines.push(`          <${termTag}>`, `            <term>${escapeXml(t.text)}</term>`);
        lines.push(`            <termNote type="administrativeStatus">${STATUS_OUT[t.status]}</termNote>`);
        // TBX-Basic (v3) knows five parts of speech and no private categories: a proper noun is
        // written as a noun, and what only Hizala uses goes into a note it reads back
        const basicPos = v3 && t.partOfSpeech && !BASIC_POS.has(t.partOfSpeech) ? (t.partOfSpeech === 'properNoun' ? 'noun' : 'other') : t.partOfSpeech;
        if (basicPos) lines.push(`            <termNote type="partOfSpeech">${escapeXml(basicPos)}</termNote>`);
        if (t.termType && (!v3 || BASIC_TERM_TYPES.has(t.termType))) lines.push(`            <termNote type="termType">${escapeXml(t.termType)}</termNote>`);
        if (t.suffixAttaches && !v3) lines.push('            <termNote type="x-suffixAttaches">yes</termNote>');
        const own = v3 ? hizalaNote(t, basicPos) : '';
        const note = [t.status === 'forbidden' ? 'forbidden' : '', t.note ?? '', own].filter(Boolean).join('; ');
        if (note) lines.push(`            <note>${escapeXml(note)}</note>`);
        lines.push(`          </${termTag}>`);
      }
      lines.push(`        </${langTag}>`);
    }
    lines.push(`      </${entryTag}>`);
  }
  lines.push('    </body>', '  </text>', `</${root}>`, '');
  return lines.join('\n');
}
