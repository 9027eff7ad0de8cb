/** A run of non-blank lines of a text file, with the 1-based line it starts on. */
export interface Block {
  lines: string[];
  line: number;
}

/** Split text into blocks separated by blank lines. O(n). */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    if (raw.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { lines: [], line: index + 1 };
      blocks.push(current);
    }
    current.lines.push(raw);
  });
  return blocks;
}

/** Collapse all whitespace (including no-break spaces) to single spaces and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
}
