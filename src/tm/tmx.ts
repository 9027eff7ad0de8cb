import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DepthGuard, xmlLimits } from '../formats/xml-limits.js';
import { writeFileWhole } from '../workspace/files.js';
import { isPostgres, type Db } from '../db/index.js';
import { InputError } from '../errors.js';
import { utf16ByteOrder } from '../formats/encoding.js';
import { escapeXml } from '../glossary/index.js';
import { isLang, type Lang } from '../text/case.js';
import { isNoteMarker, NOTE_MARKER } from '../text/markers.js';
import { VERSION } from '../version.js';
import type { Formatting } from '../text/formatting.js';
import { formattingIds, inlineParts, nativeCode } from '../formats/inline-codes.js';
import { unitBatchInserter, type NewUnit } from './store.js';

/**
 * TMX 1.4b. Import streams the file in 1 MB chunks through a strict parser (saxes): memory
 * stays flat whatever the file size, and the whole import is one transaction, so a
 * malformed file (reported with line and column) imports nothing. A DOCTYPE is accepted
 * only without an internal subset, so no entity is ever declared or expanded and no DTD
 * is fetched. Language codes are matched on their primary subtag (tr, tr-TR, TR-tr).
 * Inline codes (bpt, ept, ph, it, ut, hi, sub) are kept as XML for export; the text the
 * TM matches on leaves out the native code inside bpt/ept/ph/it/ut.
 */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);
const INLINE = new Set([...CODE_ELEMENTS, 'hi', 'sub']);

export interface TmxImportResult {
  units: number;
  added: number;
  skipped: number;
  /** Units with an empty translation: not stored (an empty target is no translation). */
  emptyTargets: number;
  /** Second (third …) translations of a <tu>: stored as units of their own, not dropped. */
  alternatives: number;
}

export interface TmxImportOptions {
  onProgress?: (bytes: number, total: number) => void;
}

/** TMX date (20240514T093000Z) → ISO 8601. */
function isoDate(tmx: string | undefined): string | undefined {
  const m = tmx ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(tmx) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

function tmxDate(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/^(\d{8}T\d{6}).*$/, '$1Z');
}

function primaryLang(code: string): string {
  return code.toLowerCase().split(/[-_]/)[0] ?? '';
}

interface TuState {
  attrs: Record<string, string>;
  /** Every property, type and value, in order. */
  props: [string, string][];
  notes: string[];
  tuvs: TuvState[];
}

interface TuvState {
  lang: string;
  text: string;
  xml: string;
  hasCodes: boolean;
  /** The text of the code element being read (a <ph> holding a note marker is text). */
  code: string;
  /** The tuv's own changeid, changedate, creationid, creationdate (they win over the tu's). */
  attrs: Record<string, string>;
}

/** Build an importer around a parser; `feed` parses chunks, `finish` ends the document. */
function tmxImporter(db: Db, file: string) {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const insertMany = unitBatchInserter(db);
  const result: TmxImportResult = { units: 0, added: 0, skipped: 0, emptyTargets: 0, alternatives: 0 };
  // the units of the last <tu>s, written a batch at a time (one statement per batch on PostgreSQL)
  let pending: NewUnit[][] = [];
  let pendingUnits = 0;
  const flush = () => {
    const added = insertMany(pending.flat());
    let k = 0;
    for (const units of pending) {
      let any = false;
      for (let n = 0; n < units.length; n++) if (added[k++]) any = true;
      if (any) result.added++;
      else result.skipped++;
    }
    pending = [];
    pendingUnits = 0;
  };
  let srcLang = '';
  let tu: TuState | null = null;
  /** The text of the <note> being read, if any. */
  let noteText: string | null = null;
  let tuv: TuvState | null = null;
  let inSeg = false;
  let codeDepth = 0;
  let propType: string | null = null;
  let propText = '';
  let sawRoot = false;
  const fail = (problem: string): never => {
    throw new InputError(problem, { file, line: parser.line, column: parser.column, reason: 'bad-xml', params: { problem } });
  };
  const depth = new DepthGuard(xmlLimits(), fail);

  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) fail('a DOCTYPE with an internal subset is not accepted (entities are never declared or expanded)');
  });
  parser.on('error', (err) => fail(err.message.replace(/^(?:\S*:)?\d+:\d+: /, '')));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth.enter();
    const name = tag.name;
    const attr = (k: string) => (tag.attributes[k] as string | undefined) ?? undefined;
    if (!sawRoot) {
      sawRoot = true;
      if (name !== 'tmx') fail(`not a TMX file: the root element is <${name}>`);
      return;
    }
    if (inSeg) {
      if (!INLINE.has(name)) fail(`<${name}> is not allowed inside <seg>`);
      if (tuv) {
        // a <ph> may be a note marker (decided when it closes); other codes are markup
        if (name !== 'ph' || tag.isSelfClosing || codeDepth > 0) tuv.hasCodes = true;
        if (codeDepth === 0) tuv.code = '';
        const attrs = Object.entries(tag.attributes)
          .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
          .join('');
        tuv.xml += `<${name}${attrs}${tag.isSelfClosing ? '/' : ''}>`;
      }
      if (CODE_ELEMENTS.has(name) && !tag.isSelfClosing) codeDepth++;
      return;
    }
    switch (name) {
      case 'header':
        srcLang = primaryLang(attr('srclang') ?? '');
        break;
      case 'tu':
        tu = { attrs: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])), props: [], notes: [], tuvs: [] };
        break;
      case 'tuv': {
        const lang = attr('xml:lang') ?? attr('lang');
        if (!lang) fail('<tuv> without xml:lang');
        tuv = { lang: primaryLang(lang!), text: '', xml: '', hasCodes: false, code: '', attrs: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])) };
        break;
      }
      case 'seg':
        if (!tuv) fail('<seg> outside <tuv>');
        inSeg = true;
        break;
      case 'prop':
        propType = attr('type') ?? '';
        propText = '';
        break;
      case 'note':
        if (tu) noteText = '';
        break;
      default:
        break;
    }
  });
  parser.on('text', (text) => {
    if (inSeg && tuv) {
      tuv.xml += escapeXml(text);
      if (codeDepth === 0) tuv.text += text;
      else tuv.code += text;
    } else if (propType !== null) propText += text;
    else if (noteText !== null) noteText += text;
  });
  parser.on('closetag', (tag) => {
    depth.leave();
    const name = tag.name;
    if (inSeg && name !== 'seg') {
      if (tuv && !tag.isSelfClosing) tuv.xml += `</${name}>`;
      if (CODE_ELEMENTS.has(name) && !tag.isSelfClosing) codeDepth--;
      if (tuv && name === 'ph' && !tag.isSelfClosing && codeDepth === 0) {
        // Hizala's (and others') note marker as a placeholder: the marker is text here
        if (isNoteMarker(tuv.code)) tuv.text += tuv.code.trim();
        else tuv.hasCodes = true;
      }
      return;
    }
    if (name === 'seg') inSeg = false;
    else if (name === 'note') {
      if (tu && noteText !== null && noteText.trim()) tu.notes.push(noteText.trim());
      noteText = null;
    } else if (name === 'prop') {
      if (tu && propType) tu.props.push([propType, propText.trim()]);
      propType = null;
    } else if (name === 'tuv') {
      if (tu && tuv) tu.tuvs.push(tuv);
      tuv = null;
    } else if (name === 'tu' && tu) {
      result.units++;
      const units = toUnits(tu, srcLang);
      if (units === 'empty-target') {
        result.emptyTargets++;
        result.skipped++;
      } else if (!units.length) result.skipped++;
      else {
        result.alternatives += units.length - 1;
        pending.push(units);
        pendingUnits += units.length;
        if (pendingUnits >= 500) flush();
      }
      tu = null;
    }
  });

  return {
    feed(chunk: string) {
      parser.write(chunk);
    },
    finish(): TmxImportResult {
      parser.close();
      if (!sawRoot) throw new InputError('not a TMX file: no root element', { file, reason: 'wrong-kind', params: { kind: 'TMX' } });
      flush();
      return result;
    },
  };
}

/**
 * The units of one <tu>: its source-language tuv against each tuv of the other language
 * (a second translation is kept as a unit of its own); 'empty-target' when every
 * translation is empty. Dates and authors come from the translation's tuv when it has
 * them, else from the tu; the context is read from Hizala's x-context-pre/-post and
 * OmegaT's prev/next props.
 */
function toUnits(tu: TuState, headerSrc: string): NewUnit[] | 'empty-target' {
  const tuSrc = primaryLang(tu.attrs.srclang ?? '') || headerSrc;
  const has = (lang: string) => tu.tuvs.some((t) => t.lang === lang);
  const srcLang = (isLang(tuSrc) && has(tuSrc) ? tuSrc : has('en') ? 'en' : 'tr') as Lang;
  const tgtLang: Lang = srcLang === 'en' ? 'tr' : 'en';
  const src = tu.tuvs.find((t) => t.lang === srcLang);
  const targets = tu.tuvs.filter((t) => t.lang === tgtLang);
  if (!src || !src.text.trim() || !targets.length) return [];
  const filled = targets.filter((t) => t.text.trim());
  if (!filled.length) return 'empty-target';
  // what Hizala reads from the properties: the last of a type
  const prop: Record<string, string> = Object.fromEntries(tu.props);
  // notes and properties are kept as they came (the origin has a column of its own)
  const props = tu.props.filter(([type]) => type !== 'x-origin');
  const extra = tu.notes.length || props.length ? JSON.stringify({ ...(tu.notes.length ? { notes: tu.notes } : {}), ...(props.length ? { props } : {}) }) : null;
  return filled.map((tgt) => {
    const createdAt = isoDate(tgt.attrs.creationdate) ?? isoDate(tu.attrs.creationdate);
    const changedAt = isoDate(tgt.attrs.changedate) ?? isoDate(tu.attrs.changedate) ?? createdAt;
    return {
      srcLang,
      tgtLang,
      source: src.text,
      target: tgt.text,
      sourceXml: src.hasCodes ? src.xml : null,
      targetXml: tgt.hasCodes ? tgt.xml : null,
      origin: prop['x-origin'] ?? prop['x-Origin'] ?? prop['x-document'] ?? tu.attrs.creationtool ?? null,
      author: tgt.attrs.changeid ?? tgt.attrs.creationid ?? tu.attrs.changeid ?? tu.attrs.creationid ?? null,
      ...(createdAt ? { createdAt } : {}),
      ...(changedAt ? { changedAt } : {}),
      prevSource: prop['x-context-pre'] ?? prop.prev ?? null,
      nextSource: prop['x-context-post'] ?? prop.next ?? null,
      extra,
    };
  });
}

/** An uploaded TMX as text: UTF-16 by its byte-order mark, else strict UTF-8. */
export function decodeTmx(bytes: Uint8Array, file: string): string {
  const encoding = utf16ByteOrder(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'}`, { file, reason: 'bad-encoding' });
  }
}

/** Import TMX text held in memory (uploads), in one transaction. */
export function importTmxText(db: Db, text: string, file = 'upload.tmx'): TmxImportResult {
  return db.transaction(() => {
    const importer = tmxImporter(db, file);
    importer.feed(text);
    const result = importer.finish();
    if (isPostgres(db) && result.added > 1000) settlePostgresIndexes(db);
    return result;
  })();
}

/**
 * After many new units on PostgreSQL: fresh statistics (else the planner, not knowing
 * the table grew, scans it instead of using the word index; fuzzy retrieval reads the
 * common words' frequencies from them too) and the GIN indexes' pending
 * lists merged (else every look-up reads the whole list of new entries linearly).
 */
function settlePostgresIndexes(db: Db): void {
  db.prepare('ANALYZE tm_units').run();
  // up to 10,000 most common words with their shares: fuzzy retrieval reads its document
  // frequencies from them (store.ts, postgresCommonWords) instead of counting postings
  db.prepare('ALTER TABLE tm_words ALTER COLUMN term SET STATISTICS 10000').run();
  db.prepare('ANALYZE tm_words').run();
  for (const index of ['tm_units_source_text', 'tm_units_target_text']) db.prepare(`SELECT gin_clean_pending_list('${index}'::regclass)`).get();
}

/**
 * Import a TMX file of any size: read and parsed 1 MB at a time, synchronously, inside
 * one transaction. Memory: one chunk plus one <tu>.
 */
export function importTmxFile(db: Db, path: string, options: TmxImportOptions = {}): TmxImportResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new InputError('no such file', { file: path });
  }
  // A bulk insert touches four B-trees at random keys and the full-text index: a larger
  // page cache for the import's duration keeps them in memory (bounded, so RSS stays flat).
  const cacheBefore = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  try {
    const total = fstatSync(fd).size;
    return db.transaction(() => {
      const bulk = bulkMode(db, total);
      const importer = tmxImporter(db, path);
      // the encoding by its byte-order mark: UTF-16 as TMX 1.4 allows (Trados writes it), else UTF-8
      const mark = Buffer.alloc(2);
      const marked = readSync(fd, mark, 0, 2, 0) === 2 ? utf16ByteOrder(mark) : null;
      const decoder = new TextDecoder(marked ?? 'utf-8', { fatal: true });
      const buffer = Buffer.alloc(1 << 20);
      let read = 0;
      let first = true;
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, null);
        if (n === 0) break;
        read += n;
        let chunk: string;
        try {
          chunk = decoder.decode(buffer.subarray(0, n), { stream: true });
        } catch {
          throw new InputError(`not valid ${marked ? 'UTF-16' : 'UTF-8'} near byte ${read}`, { file: path, reason: 'bad-encoding' });
        }
        if (first) chunk = chunk.replace(/^\ufeff/, '');
        first = false;
        importer.feed(chunk);
        options.onProgress?.(read, total);
      }
      const result = importer.finish();
      bulk?.finish();
      if (isPostgres(db)) settlePostgresIndexes(db);
      return result;
    })();
  } finally {
    db.pragma(`cache_size = ${cacheBefore}`);
    closeSync(fd);
  }
}

/** Files this large relative to the TM are imported with the full-text index rebuilt once at the end. */
const BULK_BYTES = 32 * 1024 * 1024;

/**
 * For a large import into a TM much smaller than the file, keeping the full-text index
 * and two look-up indexes up to date row by row costs more than building them once: the
 * triggers and indexes are dropped and rebuilt at the end — inside the import's
 * transaction, so a failed import rolls all of it back. Returns null when not worth it.
 */
function bulkMode(db: Db, bytes: number): { finish(): void } | null {
  if (isPostgres(db)) return null; // SQLite's own triggers and full-text index; PostgreSQL keeps its indexes row by row
  const units = (db.prepare('SELECT count(*) AS n FROM tm_units').get() as { n: number }).n;
  if (bytes < BULK_BYTES || units * 400 > bytes) return null; // ~400 bytes of TMX per unit
  const saved = db
    .prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'tm_units' AND ((type = 'trigger') OR (type = 'index' AND name IN ('tm_units_key', 'tm_units_shape')))")
    .pluck()
    .all() as string[];
  db.exec('DROP TRIGGER tm_units_ai; DROP TRIGGER tm_units_ad; DROP TRIGGER tm_units_au; DROP INDEX tm_units_key; DROP INDEX tm_units_shape;');
  return {
    finish() {
      for (const sql of saved) db.exec(sql);
      db.exec("INSERT INTO tm_fts (tm_fts) VALUES ('rebuild')");
    },
  };
}

export interface TmxExportOptions {
  srcLang?: Lang;
  tgtLang?: Lang;
}

/**
 * Write the TM as TMX 1.4b (valid against tmx14.dtd), streaming units to the file:
 * creation and change dates, the author, the origin as <prop type="x-origin">.
 * Units with inline codes are written with them.
 */
export function exportTmxFile(db: Db, path: string, options: TmxExportOptions = {}): number {
  const srcLang = options.srcLang ?? 'en';
  const tgtLang = options.tgtLang ?? 'tr';
  let count = 0;
  writeFileWhole(path, (append) => {
    const out: string[] = [];
    const flush = () => {
      if (out.length) append(out.join(''));
      out.length = 0;
    };
    out.push(tmxHead(srcLang));
    const rows = db
      .prepare('SELECT id, source, target, source_xml, target_xml, origin, author, created_at, changed_at, extra FROM tm_units WHERE src_lang = ? AND tgt_lang = ? ORDER BY id')
      .iterate(srcLang, tgtLang) as IterableIterator<{ id: number; source: string; target: string; source_xml: string | null; target_xml: string | null; origin: string | null; author: string | null; created_at: string; changed_at: string; extra: string | null }>;
    for (const r of rows) {
      out.push(tmxUnit(r, srcLang, tgtLang));
      count++;
      if (out.length >= 1000) flush();
    }
    out.push('  </body>\n</tmx>\n');
    flush();
  });
  return count;
}

/** The TMX prologue; `srcLang` may carry a region (en-US), `tool` is the creationtool (OmegaT, for a TMX in OmegaT's own form). */
export function tmxHead(srcLang: Lang | string, tool = 'Hizala'): string {
  const version = tool === 'Hizala' ? VERSION : `Hizala ${VERSION}`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n' +
    `  <header creationtool="${escapeXml(tool)}" creationtoolversion="${escapeXml(version)}" segtype="sentence" o-tmf="hizala" adminlang="en" srclang="${srcLang}" datatype="plaintext" creationdate="${tmxDate(new Date().toISOString())}"/>\n  <body>\n`
  );
}

/**
 * Text with its codes as TMX writes them: a note marker as a placeholder,
 * `<ph x="1" type="x-footnote">[7]</ph>` (a CAT tool leaves it out of matching as it does
 * the XLIFF's <ph>: OmegaT fills a footnoted segment from such a unit, not from one with
 * "[7]" as text; our reader takes the marker back as text), and bold, italic and links as
 * `<bpt i x type>&lt;b&gt;</bpt>…<ept i>&lt;/b&gt;</ept>` with their native codes; the
 * same x on both sides for the same code (as the XLIFF's ids), one numbering for all.
 */
function codesAsTmx(text: string, numbers: Map<string, number>, marks: readonly Formatting[] = [], ids: readonly string[] = []): string {
  let out = '';
  for (const part of inlineParts(text, marks, ids)) {
    if (part.kind === 'text') out += escapeXml(part.text);
    else if (part.kind === 'marker') {
      if (!numbers.has(part.text)) numbers.set(part.text, numbers.size + 1);
      out += `<ph x="${numbers.get(part.text)}" type="x-footnote">${escapeXml(part.text)}</ph>`;
    } else {
      // codes and markers share one numbering, the same on both sides
      if (!numbers.has(part.id)) numbers.set(part.id, numbers.size + 1);
      const i = numbers.get(part.id)!;
      out +=
        part.kind === 'open'
          ? `<bpt i="${i}" x="${i}" type="${part.mark.type}">${escapeXml(nativeCode(part.mark, 'open'))}</bpt>`
          : `<ept i="${i}">${escapeXml(nativeCode(part.mark, 'close'))}</ept>`;
    }
  }
  return out;
}

/** The notes and properties a unit came with, written before its tuvs (the DTD: (note|prop)*, tuv+). */
function extraOf(extra: string | null): string {
  if (!extra) return '';
  const { notes = [], props = [] } = JSON.parse(extra) as { notes?: string[]; props?: [string, string][] };
  return (
    notes.map((n) => `      <note>${escapeXml(n)}</note>\n`).join('') + props.map(([type, value]) => `      <prop type="${escapeXml(type)}">${escapeXml(value)}</prop>\n`).join('')
  );
}

export function tmxUnit(
  r: { id: number; source: string; target: string; source_xml: string | null; target_xml: string | null; origin: string | null; author: string | null; created_at: string; changed_at: string; extra?: string | null },
  srcLang: Lang | string,
  tgtLang: Lang | string,
  marks?: { source: readonly Formatting[]; target: readonly Formatting[] },
): string {
  const numbers = new Map<string, number>(); // the same marker has the same x on both sides
  const ids = marks ? formattingIds(marks.source, marks.target) : { source: [], target: [] };
  const author = r.author ? ` creationid="${escapeXml(r.author)}" changeid="${escapeXml(r.author)}"` : '';
  const origin = (r.origin ? `      <prop type="x-origin">${escapeXml(r.origin)}</prop>\n` : '') + extraOf(r.extra ?? null);
  return (
    `    <tu tuid="${r.id}" creationdate="${tmxDate(r.created_at)}" changedate="${tmxDate(r.changed_at)}"${author}>\n${origin}` +
    `      <tuv xml:lang="${srcLang}"><seg>${r.source_xml ?? codesAsTmx(r.source, numbers, marks?.source, ids.source)}</seg></tuv>\n` +
    `      <tuv xml:lang="${tgtLang}"><seg>${r.target_xml ?? codesAsTmx(r.target, numbers, marks?.target, ids.target)}</seg></tuv>\n    </tu>\n`
  );
}
