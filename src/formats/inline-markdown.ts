import { decodeHTML } from 'entities';
import type { Mark } from '../model/index.js';

// Each pattern below is tried where its first character stands; bounded repetitions keep a
// failed attempt (an unclosed "<sup>", "[" or "<a " repeated) O(1), so the pass stays O(n).
/** Characters that may start markup; everything between them is copied in one go. */
const SPECIAL = /[\\<&`[*_!]/g;
const ESCAPABLE = /[\\`*_{}[\]()#+\-.!<>]/;
const AUTOLINK = /<((?:https?|mailto|ftp):[^>\s]{1,2000}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/iy;
const SUP = /<sup>([\s\S]{0,500}?)<\/sup>/iy;
const TAG = /<\/?[a-z][a-z0-9]{0,30}(?:\s[^>]{0,2000})?\/?>/iy;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/iy;
const LINK = /\[([^\]]{0,2000})\]\(([^)\s]{0,2000})(?:\s+"[^"]{0,500}")?\)/y;
/** A reference link, full "[text][label]" or collapsed "[text][]"; the shortcut "[label]" is not taken, as "[1]" is a footnote marker here. */
const REFERENCE_LINK = /\[([^\]]{1,2000})\]\[([^\]]{0,500})\]/y;
/** An image: not running text (its alt text describes a picture), so it is left out. */
const IMAGE = /!\[[^\]]{0,2000}\]\([^)\s]{0,2000}(?:\s+"[^"]{0,500}")?\)/y;
/** A Markdown footnote reference: [^1], [^note]. */
const FOOTNOTE_REF = /\[\^([^\]\s]+)\]/y;
const FOOTNOTE_NUMBERS = /^\s*\[?\s*(\d+(?:\s*[,–-]\s*\d+)*)\s*\]?\s*$/u;

/**
 * A superscript that is only a footnote number ("1", "[1]", "2, 3") written the one way
 * the segmenter, the anchors and the QA checks read a footnote marker: "[1]". A bare
 * number after a full stop ("earlier.1 A memorandum") would otherwise read as text.
 */
export function footnoteMarkerText(inner: string): string | null {
  const m = FOOTNOTE_NUMBERS.exec(inner);
  return m ? `[${m[1]!.replace(/\s+/g, '')}]` : null;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

const NO_REFERENCES: ReadonlyMap<string, string> = new Map();

/** A link label as CommonMark matches it: case-insensitive, whitespace runs as one space. */
export function referenceLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function stickyAt(re: RegExp, source: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(source);
}

/**
 * Markdown/HTML inline markup → plain text plus marks, so segment text is clean while
 * bold, italic, superscript footnote markers and links stay recoverable.
 * One pass: plain runs are copied whole, markup is matched with sticky patterns; O(n).
 */
export function parseInline(source: string, references: ReadonlyMap<string, string> = NO_REFERENCES): { text: string; marks: Mark[] } {
  const parts: string[] = [];
  let length = 0;
  const emit = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const marks: Mark[] = [];
  const open = new Map<string, number>();
  const toggle = (type: 'bold' | 'italic' | 'code', delimiter: string) => {
    const key = `${type}:${delimiter}`;
    const start = open.get(key);
    if (start === undefined) open.set(key, length);
    else {
      open.delete(key);
      if (length > start) marks.push({ type, start, end: length });
    }
  };

  let i = 0;
  while (i < source.length) {
    SPECIAL.lastIndex = i;
    const found = SPECIAL.exec(source);
    const at = found ? found.index : source.length;
    if (at > i) emit(source.slice(i, at));
    if (!found) break;
    i = at;
    const ch = source[i]!;
    let m: RegExpExecArray | null;
    if (ch === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1]!)) {
      emit(source[i + 1]!);
      i += 2;
    } else if (ch === '<' && (m = stickyAt(AUTOLINK, source, i))) {
      const start = length;
      emit(m[1]!);
      marks.push({ type: 'link', start, end: length, href: m[1]! });
      i += m[0].length;
    } else if (ch === '<' && (m = stickyAt(SUP, source, i))) {
      const start = length;
      const inner = decodeHTML(m[1]!.replace(/<[^>]*>/g, ''));
      emit(footnoteMarkerText(inner) ?? inner);
      marks.push({ type: 'sup', start, end: length });
      i += m[0].length;
    } else if (ch === '<' && (m = stickyAt(TAG, source, i))) {
      if (/^<br\b/i.test(m[0])) emit(' ');
      i += m[0].length;
    } else if (ch === '&' && (m = stickyAt(ENTITY, source, i))) {
      emit(decodeHTML(m[0]));
      i += m[0].length;
    } else if (ch === '!' && (m = stickyAt(IMAGE, source, i))) {
      i += m[0].length;
      // "an image ![x](y.png) inline" reads "an image inline", one space
      if (source[i] === ' ' && (parts[parts.length - 1]?.endsWith(' ') ?? true)) i++;
    } else if (ch === '`') {
      toggle('code', '`');
      i++;
    } else if (ch === '[' && (m = stickyAt(FOOTNOTE_REF, source, i))) {
      const start = length;
      emit(`[${m[1]!}]`);
      marks.push({ type: 'sup', start, end: length });
      i += m[0].length;
    } else if (ch === '[' && (m = stickyAt(REFERENCE_LINK, source, i)) && references.has(referenceLabel(m[2] || m[1]!))) {
      const inner = parseInline(m[1]!, references);
      const start = length;
      for (const mark of inner.marks) marks.push({ ...mark, start: mark.start + start, end: mark.end + start });
      emit(inner.text);
      marks.push({ type: 'link', start, end: length, href: references.get(referenceLabel(m[2] || m[1]!))! });
      i += m[0].length;
    } else if (ch === '[' && (m = stickyAt(LINK, source, i))) {
      const inner = parseInline(m[1]!, references);
      const start = length;
      for (const mark of inner.marks) marks.push({ ...mark, start: mark.start + start, end: mark.end + start });
      emit(inner.text);
      marks.push({ type: 'link', start, end: length, href: m[2]! });
      i += m[0].length;
    } else if (ch === '*' || ch === '_') {
      const double = source[i + 1] === ch;
      const delimiter = double ? ch + ch : ch;
      const before = source[i - 1] ?? ' ';
      const after = source[i + delimiter.length] ?? ' ';
      // "_" inside a word (snake_case) and a lone "*" between spaces are literal.
      const intraword = ch === '_' && WORD_CHAR.test(before) && WORD_CHAR.test(after);
      const key = `${double ? 'bold' : 'italic'}:${delimiter}`;
      const canOpen = !/\s/.test(after) && !open.has(key);
      const canClose = !/\s/.test(before) && open.has(key);
      if (!intraword && (canOpen || canClose)) toggle(double ? 'bold' : 'italic', delimiter);
      else emit(delimiter);
      i += delimiter.length;
    } else {
      emit(ch);
      i++;
    }
  }
  return { text: parts.join(''), marks };
}
