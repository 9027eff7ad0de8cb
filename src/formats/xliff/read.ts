import type { SaxesTagNS } from 'saxes';
import { InputError } from '../../errors.js';
import { guardedParser, xmlLimits, type XmlLimits } from '../xml-limits.js';
import { statusFrom12, statusFrom20, statusFromMemoQ, statusFromTrados, type ImportedFile, type ImportedUnit, type XliffVersion } from './model.js';
import { STATUS_RANK, type PairStatus } from '../../model/pair.js';
import type { Formatting } from '../../text/formatting.js';
import { formattingOfCode } from '../inline-codes.js';

/**
 * Reading the XLIFF a CAT tool returns, 1.2 or 2.0, with a strict streaming parser
 * (saxes): a DOCTYPE with an internal subset is refused (no entity is declared, expanded
 * or fetched), text is kept exactly (whitespace included), and a unit longer or nested
 * deeper than the XML limits (xml-limits.ts) is refused rather than held. O(file size). Shapes accepted: 1.2 with seg-source and
 * <mrk mtype="seg"> segments in the target; 2.0 with several segments (and ignorables)
 * per unit; unknown elements and foreign namespaces are ignored.
 * Inline codes: 1.2 <ph> gives its content when it is a note marker ("[1]", as Hizala
 * writes them), and an <x id> that stands for such a source <ph id> gives the marker
 * again; other codes (<bpt>/<ept>/<it>, <ph> holding a tool's markup, <bx>/<ex>) are
 * markup, not text; <g>/<mrk> give their children. 2.0 <ph dataRef> gives its
 * originalData, <cp hex> its character.
 */
const NS12 = 'urn:oasis:names:tc:xliff:document:1.2';
const NS20 = 'urn:oasis:names:tc:xliff:document:2.0';
const NS11 = 'urn:oasis:names:tc:xliff:document:1.1';
/** Trados Studio's and memoQ's namespaces, for the statuses they keep outside XLIFF's own. */
const NS_SDL = 'http://sdl.com/FileTypes/SdlXliff/1.0';
const NS_MEMOQ = 'MQXliff';

/** The less advanced of two statuses (a unit of several segments is as far as its least advanced one). */
function least(a: PairStatus | null | undefined, b: PairStatus | null): PairStatus | null {
  if (!a) return b;
  if (!b) return a;
  return STATUS_RANK[a] <= STATUS_RANK[b] ? a : b;
}
/** Marks an ignorable's text among a unit's parts (a private-use character never in XLIFF text we accept). */
const IGNORABLE = '\u{F0000}';
/**
 * Where the n-th formatting code of a target opens and closes, kept in its text while the
 * unit is read (segments joined, placeholders filled) and taken out at the end: private-use
 * characters of a block no text we accept holds (refused in append).
 */
const OPEN_BASE = 0xf0100;
const CLOSE_BASE = 0xf0900;
const MAX_CODES = 0x800;
const RESERVED = /[\u{F0000}-\u{F10FF}]/u;

interface UnitState {
  id: string;
  line: number;
  exportedVersion: number | null;
  approved?: string;
  /** A tool's own status (memoQ mq:status, Trados sdl:seg conf), already mapped. */
  toolStatus?: PairStatus | null;
  source: string[];
  target: string[] | null;
  /** Characters of text read into source and target so far. */
  chars: number;
  states: string[];
  data: Map<string, string>;
  refs: { side: 'source' | 'target'; index: number; at: number; ref: string }[];
  comments: { author: string | null; text: string }[];
  /** 1.2: what each source <ph id> held (Hizala's note markers), for a target that returns it as <x id>. */
  codes: Map<string, string>;
  /** A PO file's header that po2xliff turned into a unit: not text of the document. */
  header?: boolean;
  /** The target's formatting codes in order of opening (their places are marked in the text). */
  formats: { type: Formatting['type']; href?: string }[];
  /** 1.2 <bpt>s of the target that opened formatting, by id (rid), for their <ept>. */
  openCodes: Map<string, number>;
  /** For each open <g>/<pc> of the target: the formatting code it opened, or -1. */
  groups: number[];
}

export function readXliff(xml: string, file = 'returned.xlf', limits: XmlLimits = xmlLimits()): ImportedFile {
  const { parser, fail, depth } = guardedParser(file, { xmlns: true, position: true }, limits);
  let version: XliffVersion | null = null;
  let srcLang = '';
  let tgtLang = '';
  let documentId: number | null = null;
  const units: ImportedUnit[] = [];
  let unit: UnitState | null = null;
  // where text goes: the current source/target string being built, and how deep in code elements
  let side: 'source' | 'target' | 'data' | null = null;
  let inSegSource = false;
  let inAltTrans = 0;
  let skipText = 0;
  let dataId = '';
  let dataText = '';
  /** A note of the unit being read, if it is a person's comment (not one of Hizala's own notes). */
  let comment: { author: string | null; text: string } | null = null;
  /** The text of a <context context-type="sourcefile"> being read (po2xliff keeps the unit's own id there). */
  let reference: string | null = null;
  /** The 1.2 <ph> being read: its id, side and where its content starts. */
  let inlineCode: { id: string; side: 'source' | 'target'; start: number } | null = null;
  /** The native code of a target's 1.2 <bpt>/<ept> being read, and its id. */
  let pairedCode: { edge: 'bpt' | 'ept'; id: string; text: string } | null = null;
  const currentText = (which: 'source' | 'target' | 'data'): string => {
    if (!unit || which === 'data') return '';
    const list = which === 'source' ? unit.source : unit.target;
    return list?.[list.length - 1] ?? '';
  };
  let sawRoot = false;
  const stack: string[] = [];

  const append = (text: string) => {
    if (pairedCode) {
      pairedCode.text += text;
      return;
    }
    if (reference !== null) {
      reference += text;
      return;
    }
    if (comment && skipText === 1) {
      comment.text += text;
      return;
    }
    if (!unit || skipText > 0 || inAltTrans > 0 || inSegSource) return;
    // unit text only: a comment or another tool's markup may hold any character
    if (RESERVED.test(text)) fail(`unit "${unit.id}": a private-use character, U+${text.match(RESERVED)![0].codePointAt(0)!.toString(16).toUpperCase()}, that Hizala keeps for its own marks while reading`);
    if (side === 'data') {
      dataText += text;
      return;
    }
    if (side === 'source') unit.source[unit.source.length - 1] += text;
    else if (side === 'target' && unit.target) unit.target[unit.target.length - 1] += text;
    else return;
    unit.chars += text.length;
    if (unit.chars > limits.maxUnitChars) fail(`unit "${unit.id}" has more than ${limits.maxUnitChars.toLocaleString('en')} characters of text`);
  };

  /** A formatting code opens here in the target (its place kept as a private-use character); its index, or -1. */
  const openFormatting = (format: { type: Formatting['type']; href?: string } | null): number => {
    if (!format || !unit || side !== 'target' || !unit.target || skipText > 0 || inAltTrans > 0 || unit.formats.length >= MAX_CODES) return -1;
    unit.formats.push(format);
    const k = unit.formats.length - 1;
    unit.target[unit.target.length - 1] += String.fromCodePoint(OPEN_BASE + k);
    return k;
  };
  const closeFormatting = (k: number | undefined): void => {
    if (k === undefined || k < 0 || !unit?.target || side !== 'target') return;
    unit.target[unit.target.length - 1] += String.fromCodePoint(CLOSE_BASE + k);
  };
  const FORMAT_OF_CTYPE: Record<string, Formatting['type']> = { bold: 'bold', italic: 'italic', 'x-bold': 'bold', 'x-italic': 'italic' };
  const FORMAT_OF_SUBTYPE: Record<string, Formatting['type']> = { 'xlf:b': 'bold', 'xlf:i': 'italic' };

  parser.on('opentag', (tag: SaxesTagNS) => {
    const name = tag.local;
    // XLIFF 1.1 (translate-toolkit's po2xliff writes its units so) is read as 1.2
    const ns = tag.uri === NS11 ? NS12 : tag.uri;
    const attr = (k: string) => tag.attributes[k]?.value;
    depth.enter();
    stack.push(name);
    if (!sawRoot) {
      sawRoot = true;
      if (name !== 'xliff') fail(`not an XLIFF file: the root element is <${tag.name}>`);
      if (ns === NS12 || attr('version') === '1.2') version = '1.2';
      else if (ns === NS20 || /^2\./.test(attr('version') ?? '')) version = '2.0';
      else fail(`unsupported XLIFF version "${attr('version') ?? '?'}"`);
      srcLang = attr('srcLang') ?? '';
      tgtLang = attr('trgLang') ?? '';
      return;
    }
    if (ns !== NS12 && ns !== NS20) {
      // Trados keeps its confirmation level in <sdl:seg conf> inside the unit
      if (unit && ns === NS_SDL && name === 'seg') unit.toolStatus = least(unit.toolStatus, statusFromTrados(attr('conf')));
      if (unit && side) skipText++; // foreign elements inside text: ignored with their content
      return;
    }
    if (version === '1.2') open12(name, attr, tag);
    else open20(name, attr, tag);
  });

  function open12(name: string, attr: (k: string) => string | undefined, tag: SaxesTagNS): void {
    switch (name) {
      case 'file': {
        srcLang = attr('source-language') ?? srcLang;
        tgtLang = attr('target-language') ?? tgtLang;
        const m = /^hizala-document-(\d+)$/.exec(attr('category') ?? '');
        if (m) documentId = Number(m[1]);
        break;
      }
      case 'trans-unit': {
        const id = attr('id');
        if (!id) fail('<trans-unit> without an id');
        unit = newUnit(id!, attr('extradata'));
        const approved = attr('approved');
        if (approved !== undefined) unit.approved = approved;
        if (attr('restype') === 'x-gettext-domain-header') unit.header = true;
        // memoQ writes its status as mq:status on the unit
        const memoQ = Object.values(tag.attributes).find((a) => a.uri === NS_MEMOQ && a.local === 'status');
        if (memoQ) unit.toolStatus = statusFromMemoQ(memoQ.value);
        break;
      }
      case 'alt-trans':
        inAltTrans++;
        break;
      case 'seg-source':
        inSegSource = true;
        break;
      case 'source':
        if (unit && !inAltTrans && !inSegSource) {
          side = 'source';
          unit.source.push('');
        }
        break;
      case 'target':
        if (unit && !inAltTrans) {
          side = 'target';
          unit.target ??= [];
          unit.target.push('');
          const state = attr('state');
          if (state) unit.states.push(state);
        }
        break;
      case 'x': {
        // a code the tool wrote as <x id> in place of a source <ph id> (Hizala's note marker): the marker again
        const code = unit ? unit.codes.get(attr('id') ?? '') : undefined;
        if (unit && code && side === 'target' && unit.target) unit.target[unit.target.length - 1] += code;
        break;
      }
      case 'g':
        // bold and italic as <g ctype>: formatting of the target
        if (unit && side === 'target') {
          const type = FORMAT_OF_CTYPE[attr('ctype') ?? ''];
          unit.groups.push(openFormatting(type ? { type } : null));
        }
        break;
      case 'bx':
      case 'ex':
        break;
      case 'ph':
        // a note marker ("[1]") is text to keep; another tool's native code is not text
        if (unit && (side === 'source' || side === 'target')) inlineCode = { id: attr('id') ?? '', side, start: currentText(side).length };
        break;
      case 'bpt':
      case 'ept':
        // a target's native code ("<b>", "<a href=…>", "</b>"): formatting when it is bold, italic or a link
        if (unit && side === 'target' && skipText === 0 && !inAltTrans) {
          pairedCode = { edge: name, id: attr('rid') ?? attr('id') ?? '', text: '' };
          break;
        }
        if (unit && side) skipText++;
        break;
      case 'it':
        // native codes of the tool's own format ("<b>", "</b>"): markup, not text
        if (unit && side) skipText++;
        break;
      case 'note':
        skipText++;
        if (unit && !inAltTrans && skipText === 1 && !(attr('from') ?? '').startsWith('hizala-')) comment = { author: attr('from') ?? null, text: '' };
        break;
      case 'context-group':
      case 'count-group':
        skipText++;
        break;
      case 'context':
        if (unit && attr('context-type') === 'sourcefile') reference = '';
        break;
      default:
        void tag;
        break;
    }
  }

  function open20(name: string, attr: (k: string) => string | undefined, _tag: SaxesTagNS): void {
    switch (name) {
      case 'file': {
        const m = /^d(\d+)$/.exec(attr('id') ?? '');
        if (m) documentId = Number(m[1]);
        break;
      }
      case 'unit': {
        const id = attr('id');
        if (!id) fail('<unit> without an id');
        unit = newUnit(id!, attr('name'));
        break;
      }
      case 'segment':
        if (unit) unit.states.push(attr('state') ?? 'initial');
        break;
      case 'source':
      case 'target': {
        // segments and ignorables of a unit, in order; an ignorable holds the text between segments
        if (!unit || stack.includes('match')) break;
        const ignorable = stack.includes('ignorable');
        side = name;
        const list = name === 'source' ? unit.source : (unit.target ??= []);
        list.push(ignorable ? IGNORABLE : '');
        break;
      }
      case 'data':
        if (unit) {
          side = 'data';
          dataId = attr('id') ?? '';
          dataText = '';
        }
        break;
      case 'ph': {
        const ref = attr('dataRef');
        if (unit && ref && (side === 'source' || side === 'target')) {
          const list = side === 'source' ? unit.source : unit.target!;
          unit.refs.push({ side, index: list.length - 1, at: list[list.length - 1]!.length, ref });
        }
        break;
      }
      case 'pc': {
        if (!unit || side !== 'target') break;
        const subType = FORMAT_OF_SUBTYPE[attr('subType') ?? ''];
        const link = attr('type') === 'link' ? formattingOfCode(unit.data.get(attr('dataRefStart') ?? '') ?? '') : null;
        unit.groups.push(openFormatting(subType ? { type: subType } : link?.type === 'link' ? (link.href !== undefined ? { type: 'link', href: link.href } : { type: 'link' }) : null));
        break;
      }
      case 'cp': {
        const hex = attr('hex');
        if (hex && /^[0-9a-fA-F]{1,6}$/.test(hex)) append(String.fromCodePoint(parseInt(hex, 16)));
        break;
      }
      case 'note': {
        skipText++;
        const category = attr('category') ?? '';
        if (unit && skipText === 1 && !category.startsWith('hizala-')) comment = { author: null, text: '' };
        break;
      }
      default:
        break;
    }
  }

  parser.on('text', append);
  parser.on('cdata', append);
  parser.on('closetag', (tag) => {
    const name = (tag as SaxesTagNS).local;
    const ns = (tag as SaxesTagNS).uri === NS11 ? NS12 : (tag as SaxesTagNS).uri;
    depth.leave();
    stack.pop();
    if (ns !== NS12 && ns !== NS20) {
      if (unit && side && skipText > 0) skipText--;
      return;
    }
    if (version === '1.2' && (name === 'bpt' || name === 'ept') && pairedCode && unit) {
      const { edge, id, text } = pairedCode;
      pairedCode = null;
      const code = formattingOfCode(text);
      if (edge === 'bpt' && code?.edge === 'open') unit.openCodes.set(id, openFormatting(code.href !== undefined ? { type: code.type, href: code.href } : { type: code.type }));
      else if (edge === 'ept') {
        closeFormatting(unit.openCodes.get(id));
        unit.openCodes.delete(id);
      }
      return;
    }
    if (version === '1.2' && (name === 'bpt' || name === 'ept' || name === 'it') && unit && side) {
      if (skipText > 0) skipText--;
      return;
    }
    if ((name === 'g' || name === 'pc') && unit && side === 'target') {
      closeFormatting(unit.groups.pop());
      return;
    }
    if (version === '1.2' && name === 'ph' && inlineCode && unit) {
      const { id, side: codeSide, start } = inlineCode;
      inlineCode = null;
      const list = codeSide === 'source' ? unit.source : unit.target;
      if (list) {
        const text = list[list.length - 1]!;
        const held = text.slice(start);
        if (codeSide === 'source' && id) unit.codes.set(id, held);
        // only a note marker is text; anything else in a <ph> is the tool's markup
        if (!/^\s*\[\d{1,4}\]\s*$/.test(held)) list[list.length - 1] = text.slice(0, start);
      }
      return;
    }
    if (name === 'context' && reference !== null) {
      // a unit po2xliff renumbered carries the id it was exported with as its source reference
      if (unit && /^p\d+$/.test(reference.trim()) && !/^p\d+$/.test(unit.id)) unit.id = reference.trim();
      reference = null;
      return;
    }
    if (name === 'note' || name === 'context-group' || name === 'count-group') {
      if (name === 'note' && comment && skipText === 1) {
        if (unit && comment.text.trim()) unit.comments.push({ author: comment.author, text: comment.text.trim() });
        comment = null;
      }
      if (skipText > 0) skipText--;
    } else if (name === 'alt-trans') inAltTrans--;
    else if (name === 'seg-source') inSegSource = false;
    else if ((name === 'source' || name === 'target') && !inAltTrans && !stack.includes('match')) side = null;
    else if (name === 'data' && unit) {
      unit.data.set(dataId, dataText);
      side = null;
    } else if (name === 'trans-unit' || name === 'unit') {
      if (unit && !unit.header) units.push(finishUnit(unit));
      unit = null;
    }
  });

  /** A unit being read; `versionMark` is where Hizala recorded the pair version ("v3"). */
  function newUnit(id: string, versionMark: string | undefined): UnitState {
    const v = /^v(\d+)$/.exec(versionMark ?? '');
    return { id, line: parser.line, exportedVersion: v ? Number(v[1]) : null, source: [], target: null, chars: 0, states: [], data: new Map(), refs: [], comments: [], codes: new Map(), formats: [], openCodes: new Map(), groups: [] };
  }

  function finishUnit(u: UnitState): ImportedUnit {
    // 2.0 placeholders: insert their original data where they stood (from the end, so offsets hold)
    for (const r of [...u.refs].reverse()) {
      const list = r.side === 'source' ? u.source : u.target!;
      const value = u.data.get(r.ref) ?? '';
      list[r.index] = list[r.index]!.slice(0, r.at) + value + list[r.index]!.slice(r.at);
    }
    const join = (parts: string[]) => {
      let out = '';
      let afterIgnorable = true;
      for (const part of parts) {
        if (part.startsWith(IGNORABLE)) {
          out += part.slice(IGNORABLE.length);
          afterIgnorable = true;
          continue;
        }
        // two segments with nothing between them: one space, unless one side already has it
        if (!afterIgnorable && out && !/\s$/.test(out) && !/^\s/.test(part)) out += ' ';
        out += part;
        afterIgnorable = false;
      }
      return out;
    };
    const state = u.states.length ? u.states : [];
    const status =
      u.toolStatus
        ? u.toolStatus
        : version === '1.2'
        ? statusFrom12(state[0], u.approved)
        : // several segments: the unit is as far as its least advanced segment
          state.map((s) => statusFrom20(s)).reduce<PairStatus | null>((min, s) => least(min, s), null);
    const target = u.target ? takeFormatting(join(u.target), u.formats) : null;
    return { id: u.id, exportedVersion: u.exportedVersion, source: join(u.source), target: target?.text ?? null, status, line: u.line, comments: u.comments, ...(target && u.formats.length ? { targetMarks: target.marks } : {}) };
  }

  /** The target's text without the places of its formatting codes, and the ranges they make (a code never closed ends with the text). */
  function takeFormatting(marked: string, formats: UnitState['formats']): { text: string; marks: Formatting[] } {
    if (!formats.length) return { text: marked, marks: [] };
    let text = '';
    const starts = new Map<number, number>();
    const marks: Formatting[] = [];
    for (const ch of marked) {
      const cp = ch.codePointAt(0)!;
      if (cp >= OPEN_BASE && cp < OPEN_BASE + MAX_CODES) starts.set(cp - OPEN_BASE, text.length);
      else if (cp >= CLOSE_BASE && cp < CLOSE_BASE + MAX_CODES) {
        const k = cp - CLOSE_BASE;
        const start = starts.get(k);
        starts.delete(k);
        if (start !== undefined && text.length > start) marks.push({ ...formats[k]!, start, end: text.length });
      } else text += ch;
    }
    for (const [k, start] of starts) if (text.length > start) marks.push({ ...formats[k]!, start, end: text.length });
    return { text, marks: marks.sort((a, b) => a.start - b.start || b.end - a.end) };
  }

  parser.write(xml).close();
  if (!sawRoot || !version) throw new InputError('not an XLIFF file: no root element', { file, reason: 'wrong-kind', params: { kind: 'XLIFF' } });
  return { version, srcLang, tgtLang, documentId, units };
}

