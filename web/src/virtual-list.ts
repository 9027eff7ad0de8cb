/**
 * A long list drawn in blocks (of 20 rows: small enough to draw within a frame): only the blocks near the viewport hold their rows; the
 * others are empty boxes as tall as their rows were (or are estimated to be), so a
 * 100,000-pair document opens at once and scrolls without laying out what is off
 * screen. Rows keep their own heights (segments wrap); a block that scrolls far away is
 * emptied after its height is measured. Work per scroll step: O(rows of the blocks that
 * come into view).
 */
export interface VirtualListOptions<T> {
  container: HTMLElement;
  items: readonly T[];
  keyOf: (item: T) => number;
  render: (item: T) => HTMLElement;
  /** A block that must stay drawn (it holds the row being edited). */
  pinned?: () => number | null;
  blockSize?: number;
  estimatedRowHeight?: number;
}

export class VirtualList<T> {
  private readonly blocks: HTMLElement[] = [];
  private readonly drawn = new Set<number>();
  private readonly blockOfKey = new Map<number, number>();
  private readonly indexOfKey = new Map<number, number>();
  private readonly observer: IntersectionObserver;
  private readonly size: number;
  private readonly items: T[] = [];

  constructor(private readonly options: VirtualListOptions<T>) {
    this.size = options.blockSize ?? 20;
    this.index(options.items);
    // drawn when within a screen or two of the viewport, emptied when far beyond
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const k = Number((entry.target as HTMLElement).dataset.block);
        if (entry.isIntersecting) this.draw(k);
        else this.empty(k);
      }
    }, { rootMargin: '1500px 0px' });
    this.addBlocks(0);
    // the first screenful at once, without waiting for the observer's first callback
    for (let k = 0; k < Math.min(2, this.blocks.length); k++) this.draw(k);
  }

  /**
   * More items after the last (the rest of a long document, loaded after its first
   * screenful). The last block, if it is not full, is emptied and filled again.
   */
  extend(more: readonly T[]): void {
    if (!more.length) return;
    const last = this.blocks.length - 1;
    const partial = last >= 0 && this.items.length % this.size !== 0;
    if (partial) {
      this.observer.unobserve(this.blocks[last]!);
      this.blocks.pop()!.remove();
      this.drawn.delete(last);
    }
    this.index(more);
    this.addBlocks(partial ? last : this.blocks.length);
  }

  private index(items: readonly T[]): void {
    for (const item of items) {
      const k = this.items.length;
      this.items.push(item);
      this.indexOfKey.set(this.options.keyOf(item), k);
      this.blockOfKey.set(this.options.keyOf(item), Math.floor(k / this.size));
    }
  }

  /** Empty boxes for blocks `from` … the last, as tall as their rows are estimated to be. */
  private addBlocks(from: number): void {
    const rowHeight = this.options.estimatedRowHeight ?? 48;
    const count = Math.ceil(this.items.length / this.size);
    const added: HTMLElement[] = [];
    for (let k = from; k < count; k++) {
      const block = document.createElement('div');
      block.className = 'block';
      block.dataset.block = String(k);
      block.setAttribute('role', 'rowgroup');
      block.style.minHeight = `${Math.min(this.size, this.items.length - k * this.size) * rowHeight}px`;
      this.blocks.push(block);
      added.push(block);
    }
    this.options.container.append(...added);
    for (const block of added) this.observer.observe(block);
  }

  /** Make sure the item's row exists (to scroll to it, focus it); returns it. */
  reveal(key: number): HTMLElement | null {
    const k = this.blockOfKey.get(key);
    if (k === undefined) return null;
    this.draw(k);
    return this.blocks[k]!.querySelector<HTMLElement>(`[data-id="${key}"]`);
  }

  /** Draw an item's row again, if it is drawn (its block draws it anew when it comes back otherwise). */
  redraw(key: number): void {
    const k = this.blockOfKey.get(key);
    if (k === undefined || !this.drawn.has(k)) return;
    const old = this.blocks[k]!.querySelector(`[data-id="${key}"]`);
    const item = this.items[this.indexOfKey.get(key)!];
    if (old && item) old.replaceWith(this.options.render(item));
  }

  destroy(): void {
    this.observer.disconnect();
  }

  private draw(k: number): void {
    if (this.drawn.has(k)) return;
    const block = this.blocks[k]!;
    const rows = this.items.slice(k * this.size, (k + 1) * this.size).map((item) => this.options.render(item));
    block.replaceChildren(...rows);
    block.style.minHeight = '';
    this.drawn.add(k);
  }

  private empty(k: number): void {
    if (!this.drawn.has(k)) return;
    const pinned = this.options.pinned?.();
    if (pinned !== null && pinned !== undefined && this.blockOfKey.get(pinned) === k) return;
    const block = this.blocks[k]!;
    block.style.minHeight = `${block.getBoundingClientRect().height}px`; // keep its place
    block.replaceChildren();
    this.drawn.delete(k);
  }
}
