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

const LINE_END_HYPHEN = /(\p{L}+)-$/u;
const LINE_START_WORD = /^(\p{Ll}+)/u;
/** A word hyphenated at a line end: a letter, a hyphen, the line break, a lower-case letter. */
const HYPHENATED_BREAK = /\p{L}-[ \t]*\r?\n[ \t]*\p{Ll}/u;

/** Words, hyphenated compounds taken whole ("long-term"). */
const WORDS = /\p{L}+(?:-\p{L}+)*/gu;

/**
 * Whether the text writes a word (lower-cased) as a whole word somewhere: the test for
 * telling a word broken at a line end from a compound broken at its hyphen. The word set
 * is built (O(length)) on the first question, and only texts with such a break ask.
 */
export function wordsOf(text: string): (word: string) => boolean {
  if (!HYPHENATED_BREAK.test(text)) return () => false;
  let words: Set<string> | null = null;
  return (word) => {
    if (!words) {
      words = new Set<string>();
      for (const m of text.matchAll(WORDS)) words.add(m[0].toLowerCase());
    }
    return words.has(word);
  };
}

/**
 * The lines of one paragraph as one line. A word hyphenated at a line end ("corri-" /
 * "dor") is joined when the document writes it elsewhere whole ("corridor"), and a
 * compound broken at its hyphen ("long-" / "term") keeps the hyphen when the document
 * writes it so elsewhere; otherwise the line break stays a space, as before (it may be a
 * suspended hyphen: "pre- and post-war"). O(length).
 */
export function joinLines(lines: readonly string[], known: (word: string) => boolean): string {
  let out = lines[0] ?? '';
  for (let k = 1; k < lines.length; k++) {
    const next = lines[k]!.trimStart();
    const head = out.trimEnd().endsWith('-') ? LINE_END_HYPHEN.exec(out.trimEnd()) : null;
    const tail = head ? LINE_START_WORD.exec(next) : null;
    if (head && tail) {
      if (known(`${head[1]}${tail[1]}`.toLowerCase())) {
        out = out.trimEnd().slice(0, -1) + next;
        continue;
      }
      if (known(`${head[1]}-${tail[1]}`.toLowerCase())) {
        out = out.trimEnd() + next;
        continue;
      }
    }
    // a dash or hyphen right after a word and before a capital ("Horadiz-" / "Ağbend",
    // "Iğdır–" / "Nakhchivan") joins names: no hyphenation splits a word before a capital
    if (/\p{L}[-–]$/u.test(out.trimEnd()) && /^\p{Lu}/u.test(next)) {
      out = out.trimEnd() + next;
      continue;
    }
    out += ` ${lines[k]}`;
  }
  return out;
}
