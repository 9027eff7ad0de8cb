import { NOTE_MARKER } from '../text/markers.js';
import type { Formatting } from '../text/formatting.js';

/**
 * A segment's text cut into what the exchange formats write: text, note markers (a
 * placeholder each) and the openings and closings of formatting codes, properly nested
 * (a range that crosses another is left out: XLIFF's <g>/<pc> nest, and bold in the
 * wrong place is worse than none). One cutting for the XLIFF 1.2, 2.0 and TMX writers.
 * O(length + marks log marks).
 */
export type InlinePart =
  | { kind: 'text'; text: string }
  | { kind: 'marker'; text: string; index: number }
  | { kind: 'open'; mark: Formatting; id: string }
  | { kind: 'close'; mark: Formatting; id: string };

/**
 * Ids of the formatting codes of a unit, the same on both sides: the source's are f1, f2 …
 * in order; the target's k-th bold (italic, link to the same address) takes the id of the
 * source's k-th; one only the target has gets an id of its own.
 */
export function formattingIds(source: readonly Formatting[], target: readonly Formatting[]): { source: string[]; target: string[] } {
  const kindOf = (m: Formatting) => `${m.type}:${m.href ?? ''}`;
  const bySource = new Map<string, string[]>();
  const ordered = (marks: readonly Formatting[]) => marks.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const sourceIds: string[] = [];
  ordered(source).forEach(({ m, i }, k) => {
    sourceIds[i] = `f${k + 1}`;
    (bySource.get(kindOf(m)) ?? bySource.set(kindOf(m), []).get(kindOf(m))!).push(`f${k + 1}`);
  });
  let extra = source.length;
  const used = new Map<string, number>();
  const targetIds: string[] = [];
  for (const { m, i } of ordered(target)) {
    const k = used.get(kindOf(m)) ?? 0;
    used.set(kindOf(m), k + 1);
    targetIds[i] = bySource.get(kindOf(m))?.[k] ?? `f${++extra}`;
  }
  return { source: sourceIds, target: targetIds };
}

export function inlineParts(text: string, marks: readonly Formatting[] = [], ids: readonly string[] = []): InlinePart[] {
  // the marks that nest, outermost first
  const nested: { mark: Formatting; id: string }[] = [];
  const open: Formatting[] = [];
  const candidates = marks
    .map((mark, i) => ({ mark: { ...mark, start: Math.max(0, mark.start), end: Math.min(text.length, mark.end) }, id: ids[i] ?? `f${i + 1}` }))
    .filter((c) => c.mark.end > c.mark.start)
    .sort((a, b) => a.mark.start - b.mark.start || b.mark.end - a.mark.end);
  for (const c of candidates) {
    while (open.length && open[open.length - 1]!.end <= c.mark.start) open.pop();
    const outer = open[open.length - 1];
    if (outer && c.mark.end > outer.end) continue;
    open.push(c.mark);
    nested.push(c);
  }
  // events by position: closings before openings at the same place, inner closings first
  const events: { at: number; order: number; part: InlinePart }[] = [];
  nested.forEach((c, k) => {
    events.push({ at: c.mark.start, order: 1 + k / 1e6, part: { kind: 'open', mark: c.mark, id: c.id } });
    events.push({ at: c.mark.end, order: 0 - k / 1e6, part: { kind: 'close', mark: c.mark, id: c.id } });
  });
  const markers = [...text.matchAll(NOTE_MARKER)];
  // a code's edge inside a marker moves to the marker's end
  for (const e of events) for (const m of markers) if (e.at > m.index && e.at < m.index + m[0].length) e.at = m.index + m[0].length;
  markers.forEach((m, index) => events.push({ at: m.index, order: 0.5, part: { kind: 'marker', text: m[0], index } }));
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  const parts: InlinePart[] = [];
  let at = 0;
  for (const e of events) {
    if (e.at > at) parts.push({ kind: 'text', text: text.slice(at, e.at) });
    at = Math.max(at, e.at);
    parts.push(e.part);
    if (e.part.kind === 'marker') at = e.at + e.part.text.length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/** The native code of a formatting range as HTML writes it (TMX and XLIFF keep it in their codes). */
export function nativeCode(mark: Formatting, edge: 'open' | 'close'): string {
  const tag = mark.type === 'bold' ? 'b' : mark.type === 'italic' ? 'i' : 'a';
  if (edge === 'close') return `</${tag}>`;
  return tag === 'a' ? `<a href="${(mark.href ?? '').replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">` : `<${tag}>`;
}

/** A native code read back ("<b>", "<strong>", "<a href=…>", "</i>" …) as the formatting it opens or closes, or null. */
export function formattingOfCode(code: string): { edge: 'open' | 'close'; type: Formatting['type']; href?: string } | null {
  const m = /^\s*<(\/?)\s*(b|strong|i|em|a)\b([^>]*)>\s*$/i.exec(code);
  if (!m) return null;
  const name = m[2]!.toLowerCase();
  const type: Formatting['type'] = name === 'b' || name === 'strong' ? 'bold' : name === 'a' ? 'link' : 'italic';
  if (m[1]) return { edge: 'close', type };
  const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(m[3] ?? '');
  const value = href ? (href[1] ?? href[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&') : undefined;
  return value !== undefined ? { edge: 'open', type, href: value } : { edge: 'open', type };
}

/**
 * A text whose codes a tool turned into text ("The port of <b>Aktau</b>": translate-toolkit's
 * xliff2po writes a <bpt>'s native code into the PO string, po2xliff brings it back as
 * text): the text without them and the formatting they stood for. Null when it holds no
 * such code or they do not pair up. O(length).
 */
export function unflattenCodes(text: string): { text: string; marks: Formatting[] } | null {
  const CODE = /<\/?\s*(?:b|strong|i|em|a)\b[^<>]*>/gi;
  if (!text.includes('<')) return null;
  let plain = '';
  let at = 0;
  const open: { type: Formatting['type']; href?: string; start: number }[] = [];
  const marks: Formatting[] = [];
  for (const m of text.matchAll(CODE)) {
    const code = formattingOfCode(m[0]);
    if (!code) return null;
    plain += text.slice(at, m.index);
    at = m.index + m[0].length;
    if (code.edge === 'open') {
      open.push({ type: code.type, ...(code.href !== undefined ? { href: code.href } : {}), start: plain.length });
      continue;
    }
    const k = open.map((o) => o.type).lastIndexOf(code.type);
    if (k < 0) return null;
    const [o] = open.splice(k, 1);
    if (plain.length > o!.start) marks.push({ type: o!.type, start: o!.start, end: plain.length, ...(o!.href !== undefined ? { href: o!.href } : {}) });
  }
  if (open.length || at === 0) return null;
  return { text: plain + text.slice(at), marks: marks.sort((a, b) => a.start - b.start || b.end - a.end) };
}
