import { diffWords } from 'diff';
import { h } from '../dom';
import type { EditSide } from '../drafts';

/** A word diff of two texts as <ins>/<del> in a paragraph (history, TM matches, conflicts). */
export function diffParagraph(before: string, after: string, side?: EditSide, attrs: Record<string, string> = {}): HTMLElement {
  const p = h('p', { class: side ? `diff ${side}` : 'diff', ...(side ? { lang: side === 'source' ? 'en' : 'tr' } : {}), ...attrs });
  for (const part of diffWords(before, after)) p.append(h(part.added ? 'ins' : part.removed ? 'del' : 'span', { text: part.value }));
  return p;
}
