import { escapeXml } from './xml.js';
import type { Formatting } from '../text/formatting.js';
import { markerIds } from './xliff/write.js';
import { formattingIds, inlineParts, nativeCode, type InlinePart } from './inline-codes.js';

/**
 * A pair as OmegaT holds it in its own TMX: the segment text with each inline code as the
 * tag OmegaT shows for the XLIFF we export (omegat3 profile) — <b0>…</b0>, <a1>…</a1>, <f2/>
 * — numbered from 0 in order, named by the first letter of the code's content (a note
 * marker has none: f), and without the codes OmegaT keeps outside the segment (a marker
 * before the first word or after the last, a code pair around the whole text). OmegaT
 * reads a TMX whose creationtool is OmegaT as such text, compares it with its segment and
 * fills the segment, then writes the codes back from the source (OmegaT 3.6:
 * filters3/Entry.detectTags, XLIFFDialect.constructShortcuts, TMXReader2). A code of the
 * target that the source lacks, or that OmegaT keeps outside the source's segment, is left
 * out of the target (OmegaT puts the outside ones back around it). O(length + codes).
 */
export function omegatSegments(source: string, target: string, sourceMarks: readonly Formatting[] = [], targetMarks: readonly Formatting[] = []): { source: string; target: string } {
  const markers = markerIds(source, target);
  const formatting = formattingIds(sourceMarks, targetMarks);
  const sourceParts = inlineParts(source, sourceMarks, formatting.source);
  const inside = codesInside(sourceParts, markers.source);
  // the source's tags, by code id (markers by their XLIFF ids)
  const tags = new Map<string, { letter: string; n: number }>();
  let n = 0;
  for (const part of sourceParts) {
    const key = codeKey(part, markers.source);
    if (!key || !inside.has(key) || tags.has(key)) continue;
    tags.set(key, { letter: part.kind === 'marker' ? 'f' : nativeCode((part as Extract<InlinePart, { mark: Formatting }>).mark, 'open')[1]!, n: n++ });
  }
  const render = (parts: InlinePart[], ids: readonly string[]): string => {
    let out = '';
    for (const part of parts) {
      if (part.kind === 'text') {
        out += escapeXml(part.text);
        continue;
      }
      const tag = tags.get(codeKey(part, ids)!);
      if (!tag) continue;
      out += escapeXml(part.kind === 'marker' ? `<${tag.letter}${tag.n}/>` : part.kind === 'open' ? `<${tag.letter}${tag.n}>` : `</${tag.letter}${tag.n}>`);
    }
    return out.trim();
  };
  return { source: render(sourceParts, markers.source), target: render(inlineParts(target, targetMarks, formatting.target), markers.target) };
}

/** A code's key: its formatting id, or "m:" and its marker id. */
function codeKey(part: InlinePart, markerIds: readonly string[]): string | null {
  if (part.kind === 'text') return null;
  return part.kind === 'marker' ? `m:${markerIds[part.index]}` : part.id;
}

/**
 * The codes OmegaT keeps inside the segment: those between the first and the last
 * stretch of text that is not blank, and a code pair with either end there.
 */
function codesInside(parts: readonly InlinePart[], markerIds: readonly string[]): Set<string> {
  const meaningful = parts.map((p) => p.kind === 'text' && p.text.trim() !== '');
  const first = meaningful.indexOf(true);
  const last = meaningful.lastIndexOf(true);
  const out = new Set<string>();
  if (first < 0) return out;
  parts.forEach((part, i) => {
    if (part.kind === 'text') return;
    if (i > first && i < last) out.add(codeKey(part, markerIds)!);
  });
  return out;
}
