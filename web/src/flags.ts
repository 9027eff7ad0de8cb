import type { Flag } from './api';
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
 * never HTML). Overlapping ranges keep the first.
 */
export function renderFlagged(text: string, flags: Flag[], onFlag: (flag: Flag, el: HTMLElement) => void): (Node | string)[] {
  const sorted = [...flags].filter((f) => f.end > f.start && f.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: (Node | string)[] = [];
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue;
    if (f.start > at) out.push(...withMarkerChips(text.slice(at, f.start)));
    const mark: HTMLElement = h('mark', {
      class: `flag ${f.severity} check-${f.check}${f.accepted ? ' accepted' : ''}`,
      title: flagMessage(f),
      tabindex: 0,
      'data-check': f.check,
      role: 'button',
      'aria-label': `${flagMessage(f)} (${f.severity}${f.accepted ? `, ${t('editor.acceptedLabel')}` : ''})`,
      'data-severity': f.severity,
      onclick: (event: Event) => {
        event.stopPropagation();
        onFlag(f, mark);
      },
      // keyboard users open a flag as they would a button
      onkeydown: (event: Event) => {
        const key = (event as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        onFlag(f, mark);
      },
    }, ...withMarkerChips(text.slice(f.start, f.end)));
    out.push(mark);
    at = f.end;
  }
  if (at < text.length) out.push(...withMarkerChips(text.slice(at)));
  return out;
}
