import { VERSION } from '../../version.js';
import type { Lang } from '../../text/case.js';
import type { Formatting } from '../../text/formatting.js';
import { formattingIds, inlineParts, nativeCode } from '../inline-codes.js';
import { escapeXml } from '../xml.js';

/** ISO 8601 → TMX date (20240514T093000Z). */
export function tmxDate(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/^(\d{8}T\d{6}).*$/, '$1Z');
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
