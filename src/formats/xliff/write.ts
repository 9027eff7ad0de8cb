import { escapeXml } from '../../glossary/index.js';
import { VERSION } from '../../version.js';
import { NOTE_MARKER as MARKER } from '../../text/markers.js';
import { STATE_12, STATE_20, type ExportDocument, type ExportUnit, type XliffProfile, type XliffVersion } from './model.js';

/**
 * XLIFF writers of our own (the `xliff` package pretty-prints inside mixed content and
 * drops states; docs/formats.md). One unit per pair, id "p<pair id>", the pair's version
 * recorded (1.2 extradata, 2.0 name) so the import can tell edits made here since the
 * export; whitespace preserved; footnote markers as inline placeholders a CAT tool
 * protects.
 */

/**
 * Ids for a unit's note markers, in order of occurrence: the source's are m1, m2 …; a
 * marker in the target takes the id of the same marker in the source (the k-th "[3]" of
 * the target that of the k-th "[3]" of the source), so both sides carry the same code as
 * the standards mean it; a marker only the target has gets an id of its own.
 */
export function markerIds(source: string, target: string): { source: string[]; target: string[] } {
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

/** Text with footnote markers as 1.2 <ph> elements (their content is the marker itself). */
function inline12(text: string, ids: readonly string[]): string {
  if (!text.includes('[')) return escapeXml(text);
  let out = '';
  let at = 0;
  let n = 0;
  for (const m of text.matchAll(MARKER)) {
    out += escapeXml(text.slice(at, m.index));
    out += `<ph id="${ids[n++]}" ctype="x-footnote">${escapeXml(m[0])}</ph>`;
    at = m.index + m[0].length;
  }
  return out + escapeXml(text.slice(at));
}

/** Text with footnote markers as 2.0 <ph dataRef/>, their text kept in originalData. */
function inline20(text: string, data: Map<string, string>, ids: readonly string[]): string {
  if (!text.includes('[')) return escapeXml(text);
  let out = '';
  let at = 0;
  let n = 0;
  for (const m of text.matchAll(MARKER)) {
    let ref = [...data].find(([, v]) => v === m[0])?.[0];
    if (!ref) {
      ref = `d${data.size + 1}`;
      data.set(ref, m[0]);
    }
    out += escapeXml(text.slice(at, m.index));
    out += `<ph id="${ids[n++]}" dataRef="${ref}" disp="${escapeXml(m[0])}"/>`;
    at = m.index + m[0].length;
  }
  return out + escapeXml(text.slice(at));
}

function lang(code: string, region?: string): string {
  return region ? `${code}-${region}` : code;
}

export function writeXliff(doc: ExportDocument, version: XliffVersion, profile: XliffProfile = 'standard'): string {
  return version === '1.2' ? writeXliff12(doc, profile) : writeXliff20(doc, profile);
}

function targetText(u: ExportUnit, profile: XliffProfile): string {
  // OmegaT 3.x translates the text of <target> and skips units whose target is empty
  return profile === 'omegat3' && !u.target.trim() ? u.source : u.target;
}

export function writeXliff12(doc: ExportDocument, profile: XliffProfile = 'standard'): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="${escapeXml(doc.original)}" source-language="${lang(doc.srcLang, doc.srcRegion)}" target-language="${lang(doc.tgtLang, doc.tgtRegion)}" datatype="plaintext" product-name="Hizala" product-version="${escapeXml(VERSION)}" category="hizala-document-${doc.documentId}">`,
    `    <header><tool tool-id="hizala" tool-name="Hizala" tool-version="${escapeXml(VERSION)}"/><note>${escapeXml(doc.title)}</note></header>`,
    '    <body>',
  ];
  for (const u of doc.units) {
    // approved: a person confirmed the translation (pocount counts the rest as fuzzy); how far it went is in the state
    const approved = u.status === 'draft' ? 'no' : 'yes';
    out.push(`      <trans-unit id="p${u.pairId}" resname="${u.ordinal}" extradata="v${u.version}" approved="${approved}" xml:space="preserve">`);
    const target = targetText(u, profile);
    const ids = markerIds(u.source, target);
    out.push(`        <source>${inline12(u.source, ids.source)}</source>`);
    out.push(`        <target state="${STATE_12[u.status]}">${inline12(target, ids.target)}</target>`);
    for (const n of u.notes) out.push(`        <note from="${escapeXml(n.category)}" annotates="${n.appliesTo}">${escapeXml(n.text)}</note>`);
    for (const c of u.comments ?? []) out.push(`        <note${c.author ? ` from="${escapeXml(c.author)}"` : ''} annotates="general">${escapeXml(c.text)}</note>`);
    for (const m of u.matches) {
      const matchIds = markerIds(m.source, m.target);
      out.push(
        `        <alt-trans match-quality="${Math.round(m.score)}" origin="${escapeXml(m.origin)}" alttranstype="proposal"><source>${inline12(m.source, matchIds.source)}</source><target>${inline12(m.target, matchIds.target)}</target></alt-trans>`,
      );
    }
    out.push('      </trans-unit>');
  }
  out.push('    </body>', '  </file>', '</xliff>', '');
  return out.join('\n');
}

export function writeXliff20(doc: ExportDocument, profile: XliffProfile = 'standard'): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" srcLang="${lang(doc.srcLang, doc.srcRegion)}" trgLang="${lang(doc.tgtLang, doc.tgtRegion)}">`,
    `  <file id="d${doc.documentId}" original="${escapeXml(doc.original)}">`,
    `    <notes><note category="title">${escapeXml(doc.title)}</note></notes>`,
  ];
  for (const u of doc.units) {
    const data = new Map<string, string>();
    const targetRaw = targetText(u, profile);
    const ids = markerIds(u.source, targetRaw);
    const source = inline20(u.source, data, ids.source);
    const target = inline20(targetRaw, data, ids.target);
    // a match's codes would need their own originalData; its text is only a proposal, so it goes as text
    const matchData = u.matches.map((m) => ({ m, source: escapeXml(m.source), target: escapeXml(m.target) }));
    out.push(`    <unit id="p${u.pairId}" name="v${u.version}">`);
    if (matchData.length) {
      out.push('      <mtc:matches>');
      for (const { m, source: ms, target: mt } of matchData) {
        out.push(`        <mtc:match ref="#s1" matchQuality="${m.score.toFixed(1)}" origin="${escapeXml(m.origin)}" type="tm"><source>${ms}</source><target>${mt}</target></mtc:match>`);
      }
      out.push('      </mtc:matches>');
    }
    if (u.notes.length || u.comments?.length) {
      out.push('      <notes>');
      for (const n of u.notes) {
        const appliesTo = n.appliesTo === 'general' ? '' : ` appliesTo="${n.appliesTo}"`;
        out.push(`        <note category="${escapeXml(n.category)}"${appliesTo}>${escapeXml(n.text)}</note>`);
      }
      for (const c of u.comments ?? []) out.push(`        <note category="comment">${escapeXml(c.text)}</note>`);
      out.push('      </notes>');
    }
    if (data.size) {
      out.push('      <originalData>');
      for (const [id, value] of data) out.push(`        <data id="${id}">${escapeXml(value)}</data>`);
      out.push('      </originalData>');
    }
    out.push(`      <segment id="s1" state="${STATE_20[u.status]}">`);
    out.push(`        <source xml:space="preserve">${source}</source>`);
    out.push(`        <target xml:space="preserve">${target}</target>`);
    out.push('      </segment>', '    </unit>');
  }
  out.push('  </file>', '</xliff>', '');
  return out.join('\n');
}
