/**
 * Footnote markers ("[3]") in the text being edited are kept whole: Backspace or Delete
 * next to one, or a deletion whose selection cuts into one, removes the whole marker;
 * a marker the source has and the target lacks can be inserted with one key; saving a
 * target that lost a marker asks first. Pure functions over the text and the caret.
 */
const MARKER = /\[\d{1,4}\]/g;

export interface Span {
  start: number;
  end: number;
  text: string;
}

export function markersIn(text: string): Span[] {
  return [...text.matchAll(MARKER)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Markers of `source` that `target` does not have (as many times as they are missing), in source order. */
export function missingMarkers(source: string, target: string): string[] {
  const have = markersIn(target).map((m) => m.text);
  const missing: string[] = [];
  for (const m of markersIn(source)) {
    const k = have.indexOf(m.text);
    if (k >= 0) have.splice(k, 1);
    else missing.push(m.text);
  }
  return missing;
}

/**
 * What Backspace/Delete does when a marker is involved: the deletion grows to whole
 * markers. Null when no marker is touched (the browser does its usual thing).
 */
export function deleteKeepingMarkers(value: string, start: number, end: number, key: 'Backspace' | 'Delete'): { value: string; caret: number } | null {
  const markers = markersIn(value);
  let from = start;
  let to = end;
  if (start === end) {
    // one character: the one before (Backspace) or after (Delete) the caret
    if (key === 'Backspace') from = Math.max(0, start - 1);
    else to = Math.min(value.length, end + 1);
  }
  let touched = false;
  for (const m of markers) {
    if (m.end <= from || m.start >= to) continue;
    if (m.start < from || m.end > to) touched = true;
    from = Math.min(from, m.start);
    to = Math.max(to, m.end);
  }
  if (!touched) return null;
  return { value: value.slice(0, from) + value.slice(to), caret: from };
}

/**
 * Where the caret may stand: never inside a marker (typing there would break it). A
 * caret inside one goes to the marker's edge it is nearer to (its end when in the middle).
 */
export function caretOutsideMarkers(value: string, caret: number): number {
  for (const m of markersIn(value)) {
    if (caret > m.start && caret < m.end) return caret - m.start < m.end - caret ? m.start : m.end;
  }
  return caret;
}
