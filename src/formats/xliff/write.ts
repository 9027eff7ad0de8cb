import { escapeXml } from '../xml.js';
import { Utf8Writer } from '../utf8-writer.js';
import { VERSION } from '../../version.js';
import { NOTE_MARKER as MARKER, mayHoldMarker } from '../../text/markers.js';
import type { Formatting } from '../../text/formatting.js';
import { formattingIds, inlineParts, nativeCode } from '../inline-codes.js';
import { STATE_12, STATE_20, type ExportDocument, type ExportUnit, type XliffProfile, type XliffVersion } from './model.js';

/**
 * XLIFF writers of our own (the `xliff` package pretty-prints inside mixed content and
 * drops states; docs/formats.md). One unit per pair, id "p<pair id>", the pair's version
 * recorded (1.2 extradata, 2.0 name) so the import can tell edits made here since the
 * export; whitespace preserved; footnote markers as inline placeholders and bold,
 * italic and links as paired codes a CAT tool protects (the same ids on both sides).
 */

/**
 * Ids for a unit's note markers, in order of occurrence: the source's are m1, m2 …; a
 * marker in the target takes the id of the same marker in the source (the k-th "[3]" of
 * the target that of the k-th "[3]" of the source), so both sides carry the same code as
 * the standards mean it; a marker only the target has gets an id of its own.
 */
export function markerIds(source: string, target: string): { source: string[]; target: string[] } {
  if (!mayHoldMarker(source) && !mayHoldMarker(target)) return { source: [], target: [] };
  const bySource = new Map<string, string[]>();
  const sourceIds = [...source.matchAll(MARKER)].map((m, k) => {
    const id = `m${k + 1}`;
    (bySource.get(m[0]) ?? bySource.set(m[0], []).get(m[0])!).push(id);
    return id;
  });
  let extra = sourceIds.length;
  const used = new Map<string, number>();
  const targetIds = [...target.matchAll(MARKER)].map((m) => {
    const k = used.get(m[0]) ?? 0;
    used.set(m[0], k + 1);
    return bySource.get(m[0])?.[k] ?? `m${++extra}`;
  });
  return { source: sourceIds, target: targetIds };
}

/** Ids of a unit side's codes: its note markers' and its formatting's. */
interface SideCodes {
  markers: readonly string[];
  marks: readonly Formatting[];
  formatting: readonly string[];
}

/**
 * Text with codes in 1.2: a footnote marker as <ph> (its content the marker itself); bold,
 * italic and links as <bpt>/<ept> holding their native codes ("<b>", "<a href=…>"): the
 * address has nowhere else to go in 1.2, and OmegaT names a <bpt> after its content (<b0>)
 * as it names a TMX <bpt>, so a unit of our TMX matches the segment (a <g> would be <g0>).
 */
function inline12(text: string, codes: SideCodes): string {
  if (codes.marks.length === 0 && !mayHoldMarker(text)) return escapeXml(text);
  let out = '';
  for (const part of inlineParts(text, codes.marks, codes.formatting)) {
    if (part.kind === 'text') out += escapeXml(part.text);
    else if (part.kind === 'marker') out += `<ph id="${codes.markers[part.index]}" ctype="x-footnote">${escapeXml(part.text)}</ph>`;
    else out += part.kind === 'open' ? `<bpt id="${part.id}" ctype="${part.mark.type}">${escapeXml(nativeCode(part.mark, 'open'))}</bpt>` : `<ept id="${part.id}">${escapeXml(nativeCode(part.mark, 'close'))}</ept>`;
  }
  return out;
}

/**
 * Text with codes in 2.0: a footnote marker as <ph dataRef/>, its text in originalData;
 * bold and italic as <pc type="fmt" subType="xlf:b|xlf:i">, a link as <pc type="link">
 * with its native codes in originalData.
 */
function inline20(text: string, data: Map<string, string>, codes: SideCodes): string {
  if (codes.marks.length === 0 && !mayHoldMarker(text)) return escapeXml(text);
  const refTo = (value: string): string => {
    let ref = [...data].find(([, v]) => v === value)?.[0];
    if (!ref) {
      ref = `d${data.size + 1}`;
      data.set(ref, value);
    }
    return ref;
  };
  let out = '';
  for (const part of inlineParts(text, codes.marks, codes.formatting)) {
    if (part.kind === 'text') out += escapeXml(part.text);
    else if (part.kind === 'marker') out += `<ph id="${codes.markers[part.index]}" dataRef="${refTo(part.text)}" disp="${escapeXml(part.text)}"/>`;
    else if (part.kind === 'close') out += '</pc>';
    else if (part.mark.type === 'link') out += `<pc id="${part.id}" type="link" dataRefStart="${refTo(nativeCode(part.mark, 'open'))}" dataRefEnd="${refTo(nativeCode(part.mark, 'close'))}">`;
    else out += `<pc id="${part.id}" type="fmt" subType="xlf:${part.mark.type === 'bold' ? 'b' : 'i'}">`;
  }
  return out;
}

/** The codes of both sides of a unit (or of a match, which has no formatting). */
function unitCodes(source: string, target: string, sourceMarks: readonly Formatting[] = [], targetMarks: readonly Formatting[] = []): { source: SideCodes; target: SideCodes } {
  const markers = markerIds(source, target);
  const formatting = formattingIds(sourceMarks, targetMarks);
  return { source: { markers: markers.source, marks: sourceMarks, formatting: formatting.source }, target: { markers: markers.target, marks: targetMarks, formatting: formatting.target } };
}

function lang(code: string, region?: string): string {
  return region ? `${code}-${region}` : code;
}

export function writeXliff(doc: ExportDocument, version: XliffVersion, profile: XliffProfile = 'standard'): string {
  return [...xliffLines(doc, version, profile), ''].join('\n');
}

/** The same file as writeXliff's, as UTF-8 bytes written unit by unit, in blocks (for long documents: utf8-writer.ts). */
export function writeXliffParts(doc: ExportDocument, version: XliffVersion, profile: XliffProfile = 'standard'): Buffer[] {
  const out = new Utf8Writer();
  for (const line of xliffLines(doc, version, profile)) out.line(line);
  return out.parts();
}

/** The file's lines, each unit one "line" of several, without their line ends. */
function xliffLines(doc: ExportDocument, version: XliffVersion, profile: XliffProfile): Iterable<string> {
  return version === '1.2' ? xliff12Lines(doc, profile) : xliff20Lines(doc, profile);
}

function targetText(u: ExportUnit, profile: XliffProfile): string {
  // OmegaT 3.x translates the text of <target> and skips units whose target is empty
  return profile === 'omegat3' && !u.target.trim() ? u.source : u.target;
}

function* xliff12Lines(doc: ExportDocument, profile: XliffProfile): Generator<string> {
  yield* [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="${escapeXml(doc.original)}" source-language="${lang(doc.srcLang, doc.srcRegion)}" target-language="${lang(doc.tgtLang, doc.tgtRegion)}" datatype="plaintext" product-name="Hizala" product-version="${escapeXml(VERSION)}" category="hizala-document-${doc.documentId}">`,
    `    <header><tool tool-id="hizala" tool-name="Hizala" tool-version="${escapeXml(VERSION)}"/><note>${escapeXml(doc.title)}</note></header>`,
    '    <body>',
  ];
  for (const u of doc.units) yield unit12(u, profile);
  yield* ['    </body>', '  </file>', '</xliff>'];
}

/** One <trans-unit>, as one string. */
function unit12(u: ExportUnit, profile: XliffProfile): string {
  // approved: a person confirmed the translation (pocount counts the rest as fuzzy); how far it went is in the state
  const approved = u.status === 'draft' ? 'no' : 'yes';
  const target = targetText(u, profile);
  const codes = unitCodes(u.source, target, u.sourceMarks, target === u.target ? u.targetMarks : u.sourceMarks);
  let unit =
    `      <trans-unit id="p${u.pairId}" resname="${u.ordinal}" extradata="v${u.version}" approved="${approved}" xml:space="preserve">\n` +
    `        <source>${inline12(u.source, codes.source)}</source>\n` +
    `        <target state="${STATE_12[u.status]}">${inline12(target, codes.target)}</target>\n`;
  for (const n of u.notes) unit += `        <note from="${escapeXml(n.category)}" annotates="${n.appliesTo}">${escapeXml(n.text)}</note>\n`;
  for (const c of u.comments ?? []) unit += `        <note${c.author ? ` from="${escapeXml(c.author)}"` : ''} annotates="general">${escapeXml(c.text)}</note>\n`;
  for (const m of u.matches) {
    const matchCodes = unitCodes(m.source, m.target);
    unit += `        <alt-trans match-quality="${Math.round(m.score)}" origin="${escapeXml(m.origin)}" alttranstype="proposal"><source>${inline12(m.source, matchCodes.source)}</source><target>${inline12(m.target, matchCodes.target)}</target></alt-trans>\n`;
  }
  return unit + '      </trans-unit>';
}

function* xliff20Lines(doc: ExportDocument, profile: XliffProfile): Generator<string> {
  yield* [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" srcLang="${lang(doc.srcLang, doc.srcRegion)}" trgLang="${lang(doc.tgtLang, doc.tgtRegion)}">`,
    `  <file id="d${doc.documentId}" original="${escapeXml(doc.original)}">`,
    `    <notes><note category="title">${escapeXml(doc.title)}</note></notes>`,
  ];
  for (const u of doc.units) yield unit20(u, profile);
  yield* ['  </file>', '</xliff>'];
}

/** One <unit>, as one string. */
function unit20(u: ExportUnit, profile: XliffProfile): string {
  const data = new Map<string, string>();
  const targetRaw = targetText(u, profile);
  const codes = unitCodes(u.source, targetRaw, u.sourceMarks, targetRaw === u.target ? u.targetMarks : u.sourceMarks);
  const source = inline20(u.source, data, codes.source);
  const target = inline20(targetRaw, data, codes.target);
  // a match's codes would need their own originalData; its text is only a proposal, so it goes as text
  const matchData = u.matches.map((m) => ({ m, source: escapeXml(m.source), target: escapeXml(m.target) }));
  const unit: string[] = [`    <unit id="p${u.pairId}" name="v${u.version}">`];
  if (matchData.length) {
    unit.push('      <mtc:matches>');
    for (const { m, source: ms, target: mt } of matchData) {
      unit.push(`        <mtc:match ref="#s1" matchQuality="${m.score.toFixed(1)}" origin="${escapeXml(m.origin)}" type="tm"><source>${ms}</source><target>${mt}</target></mtc:match>`);
    }
    unit.push('      </mtc:matches>');
  }
  if (u.notes.length || u.comments?.length) {
    unit.push('      <notes>');
    for (const n of u.notes) {
      const appliesTo = n.appliesTo === 'general' ? '' : ` appliesTo="${n.appliesTo}"`;
      unit.push(`        <note category="${escapeXml(n.category)}"${appliesTo}>${escapeXml(n.text)}</note>`);
    }
    for (const c of u.comments ?? []) unit.push(`        <note category="comment">${escapeXml(c.text)}</note>`);
    unit.push('      </notes>');
  }
  if (data.size) {
    unit.push('      <originalData>');
    for (const [id, value] of data) unit.push(`        <data id="${id}">${escapeXml(value)}</data>`);
    unit.push('      </originalData>');
  }
  unit.push(`      <segment id="s1" state="${STATE_20[u.status]}">`, `        <source xml:space="preserve">${source}</source>`, `        <target xml:space="preserve">${target}</target>`, '      </segment>', '    </unit>');
  return unit.join('\n');
}
