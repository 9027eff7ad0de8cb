/**
 * Text typed in the editor and not yet confirmed by the server, kept in the browser's
 * storage until it is: after a crash, a reload or a closed tab it is offered back. One
 * entry per pair and side; written on every keystroke (localStorage is synchronous and
 * small entries cost microseconds).
 */
export type EditSide = 'source' | 'target';

export interface Draft {
  documentId: number;
  pairId: number;
  side: EditSide;
  text: string;
  /** The pair's version the text was typed on: if the pair has moved on, restoring it is a conflict. */
  baseVersion: number;
  /** When it was typed (ISO). */
  at: string;
}

const PREFIX = 'hizala.draft.';

export class Drafts {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>) {}

  private static key(documentId: number, pairId: number, side: EditSide): string {
    return `${PREFIX}${documentId}.${pairId}.${side}`;
  }

  put(draft: Draft): void {
    try {
      this.storage.setItem(Drafts.key(draft.documentId, draft.pairId, draft.side), JSON.stringify(draft));
    } catch {
      // storage full or disabled: the save to the server still goes on
    }
  }

  remove(documentId: number, pairId: number, side: EditSide): void {
    this.storage.removeItem(Drafts.key(documentId, pairId, side));
  }

  get(documentId: number, pairId: number, side: EditSide): Draft | null {
    return parse(this.storage.getItem(Drafts.key(documentId, pairId, side)));
  }

  /** The drafts of one document, oldest first. */
  forDocument(documentId: number): Draft[] {
    const found: Draft[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (!key?.startsWith(`${PREFIX}${documentId}.`)) continue;
      const draft = parse(this.storage.getItem(key));
      if (draft) found.push(draft);
    }
    return found.sort((a, b) => a.at.localeCompare(b.at));
  }
}

function parse(raw: string | null): Draft | null {
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Partial<Draft>;
    if (typeof d.documentId === 'number' && typeof d.pairId === 'number' && (d.side === 'source' || d.side === 'target') && typeof d.text === 'string' && typeof d.baseVersion === 'number' && typeof d.at === 'string') return d as Draft;
  } catch {
    /* not ours, or damaged: ignored */
  }
  return null;
}

/**
 * Which drafts are worth offering back, given the pairs as the server has them now:
 * a draft whose text the pair already holds was saved (drop it); one for a pair that no
 * longer exists (merged away) is dropped too. The rest are offered; `stale` says the pair
 * changed since the text was typed, so restoring it goes through the conflict dialog.
 */
export function draftsToOffer(drafts: readonly Draft[], pairs: ReadonlyMap<number, { source: string; target: string; version: number }>): { offer: (Draft & { stale: boolean })[]; drop: Draft[] } {
  const offer: (Draft & { stale: boolean })[] = [];
  const drop: Draft[] = [];
  for (const d of drafts) {
    const pair = pairs.get(d.pairId);
    if (!pair || pair[d.side] === d.text) drop.push(d);
    else offer.push({ ...d, stale: pair.version !== d.baseVersion });
  }
  return { offer, drop };
}
