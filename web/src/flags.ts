import type { Flag, Misspelling } from './api';
import { h } from './dom';
import { markersIn } from './markers';
import { t } from './ui';

/** The message of a flag in the UI language (its key and parameters come from the server). */
export function flagMessage(flag: Flag): string {
  return t(flag.messageKey, { ...flag.params, interpolation: { escapeValue: false } });
}

/**
 * Text with its footnote markers ("[3]") as chips: one element each, read out as
 * "footnote 3", never split by a line break.
 */
export function withMarkerChips(text: string): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = 0;
  for (const m of markersIn(text)) {
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(h('span', { class: 'marker-chip', role: 'img', 'aria-label': t('editor.footnoteMarker', { n: m.text.slice(1, -1) }), text: m.text }));
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/**
 * A segment's text with its flagged ranges wrapped in <mark> elements (text nodes only,
 * never HTML), and the words spelling does not know underlined apart (a flag wins where
 * both fall). Overlapping ranges keep the first.
 */
export function renderFlagged(
  text: string,
  flags: Flag[],
  onFlag: (flag: Flag, el: HTMLElement) => void,
  spelling: readonly Misspelling[] = [],
  onWord?: (word: Misspelling, el: HTMLElement) => void,
): (Node | string)[] {
  type Range = { start: number; end: number; flag?: Flag; word?: Misspelling };
  const ranges: Range[] = [
    ...flags.filter((f) => f.end > f.start && f.end <= text.length).map((f): Range => ({ start: f.start, end: f.end, flag: f })),
    ...spelling.filter((w) => w.end > w.start && w.end <= text.length).map((w): Range => ({ start: w.start, end: w.end, word: w })),
  ].sort((a, b) => a.start - b.start || Number(!a.flag) - Number(!b.flag) || b.end - a.end);
  const out: (Node | string)[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue;
    if (r.start > at) out.push(...withMarkerChips(text.slice(at, r.start)));
    out.push(r.flag ? flagMark(r.flag, text, onFlag) : wordMark(r.word!, text, onWord));
    at = r.end;
  }
  if (at < text.length) out.push(...withMarkerChips(text.slice(at)));
  return out;
}

/** Open on click, and on Enter or Space, as a button would. */
function opener(open: () => void): Record<string, (event: Event) => void> {
  return {
    onclick: (event: Event) => {
      event.stopPropagation();
      open();
    },
    onkeydown: (event: Event) => {
      const key = (event as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      open();
    },
  };
}

function flagMark(f: Flag, text: string, onFlag: (flag: Flag, el: HTMLElement) => void): HTMLElement {
  const mark: HTMLElement = h(
    'mark',
    {
      class: `flag ${f.severity} check-${f.check}${f.accepted ? ' accepted' : ''}`,
      title: flagMessage(f),
      tabindex: 0,
      'data-check': f.check,
      role: 'button',
      'aria-label': `${flagMessage(f)} (${f.severity}${f.accepted ? `, ${t('editor.acceptedLabel')}` : ''})`,
      'data-severity': f.severity,
      ...opener(() => onFlag(f, mark)),
    },
    ...withMarkerChips(text.slice(f.start, f.end)),
  );
  return mark;
}

function wordMark(w: Misspelling, text: string, onWord?: (word: Misspelling, el: HTMLElement) => void): HTMLElement {
  const label = t('editor.spellingUnknown', { word: w.word, interpolation: { escapeValue: false } });
  const mark: HTMLElement = h(
    'mark',
    { class: 'spelling', title: label, 'aria-label': label, tabindex: 0, role: 'button', ...(onWord ? opener(() => onWord(w, mark)) : {}) },
    text.slice(w.start, w.end),
  );
  return mark;
}
