import type { SaxesTagPlain } from 'saxes';
import { InputError } from '../../errors.js';
import { isLang, type Lang } from '../../text/case.js';
import { isNoteMarker } from '../../text/markers.js';
import { utf16ByteOrder } from '../encoding.js';
import { escapeXml } from '../xml.js';
import { guardedParser } from '../xml-limits.js';
import type { BilingualUnit } from '../unit.js';

/**
 * TMX 1.4b read as a stream of translation units, fed in chunks through a strict parser
 * (saxes): memory stays flat whatever the file size (tm/tmx.ts stores the units, in one
 * transaction). A malformed file is reported with line and column. A DOCTYPE is accepted
 * only without an internal subset, so no entity is ever declared or expanded and no DTD
 * is fetched. Language codes are matched on their primary subtag (tr, tr-TR, TR-tr).
 * Inline codes (bpt, ept, ph, it, ut, hi, sub) are kept as XML for export; the text a TM
 * matches on leaves out the native code inside bpt/ept/ph/it/ut.
 */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);
const INLINE = new Set([...CODE_ELEMENTS, 'hi', 'sub']);

/**
 * A translation unit as TMX carries it, one source and one translation: a <tu> with two
 * translations gives two. `sourceXml`/`targetXml` hold the segment with its inline codes
 * when it has any; `extra` the notes and properties it came with (JSON), to write out again.
 */
export interface TmxUnit extends BilingualUnit {
  createdAt?: string;
  changedAt?: string;
  prevSource: string | null;
  nextSource: string | null;
  extra: string | null;
}

/** What one <tu> gave: its units (none when it has no pair of English and Turkish), or 'empty-target' when every translation is empty. */
export type TmxTu = TmxUnit[] | 'empty-target';

/** TMX date (20240514T093000Z) → ISO 8601. */
function isoDate(tmx: string | undefined): string | undefined {
  const m = tmx ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(tmx) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
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

/** A reader around a parser: `feed` parses chunks, `finish` ends the document; each <tu> read goes to `onTu`. */
export function tmxReader(file: string, onTu: (tu: TmxTu) => void): { feed(chunk: string): void; finish(): void } {
  const { parser, fail, depth } = guardedParser(file, { xmlns: false, position: true });
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
      onTu(toUnits(tu, srcLang));
      tu = null;
    }
  });

  return {
    feed(chunk: string) {
      parser.write(chunk);
    },
    finish(): void {
      parser.close();
      if (!sawRoot) throw new InputError('not a TMX file: no root element', { file, reason: 'wrong-kind', params: { kind: 'TMX' } });
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
function toUnits(tu: TuState, headerSrc: string): TmxTu {
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

