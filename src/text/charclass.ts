/**
 * A character class as a fast test on UTF-16 code units and code points: the regular
 * expression is asked once per distinct character and the answer kept in a table, so
 * scanning text costs a table read per character instead of a regex call (hot loops in
 * the term matcher and the QA checks).
 */
export class CharClass {
  /** 0 = not asked yet, 1 = in the class, 2 = not. Indexed by BMP code unit. */
  private readonly table = new Uint8Array(0x10000);

  constructor(private readonly pattern: RegExp) {}

  /** Whether the code point (BMP or astral) is in the class. */
  has(codePoint: number): boolean {
    if (codePoint > 0xffff) return this.pattern.test(String.fromCodePoint(codePoint));
    let known = this.table[codePoint]!;
    if (known === 0) {
      known = this.pattern.test(String.fromCharCode(codePoint)) ? 1 : 2;
      this.table[codePoint] = known;
    }
    return known === 1;
  }

  /** Whether the character at `index` of `text` is in the class; a surrogate pair counts as one character. */
  at(text: string, index: number): boolean {
    const unit = text.charCodeAt(index);
    return unit >= 0xd800 && unit <= 0xdbff ? this.has(text.codePointAt(index)!) : this.has(unit);
  }
}

/** UTF-16 units of the character at `index`: 2 for a surrogate pair, else 1 (a lone surrogate too). */
export function charWidth(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Letters (\p{L}), one table for every scanner that needs them. */
export const LETTERS = new CharClass(/\p{L}/u);

/** White space (\s), one table for every scanner that needs it. */
export const SPACES = new CharClass(/\s/u);

/** Letters and apostrophes: a word with its suffixes after an apostrophe (Çin'i, Russia's). */
export const LETTERS_AND_APOSTROPHES = new CharClass(/[\p{L}'’]/u);

/** Whether the character at `at` is an ASCII digit 0–9 (what `\d` means in a pattern). */
export function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
}

export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * Calls `visit` for each word of `text`: a character of `first` followed by characters of
 * `rest`, with where it starts and ends and `cut`, where its first apostrophe stands (its
 * end when it has none: a Turkish name's suffixes and an English 's come after it). One
 * pass over the characters with table look-ups and no match objects, for the loops that
 * read every word of a document. O(text).
 */
export function forEachWord(text: string, first: CharClass, rest: CharClass, visit: (start: number, end: number, cut: number) => void): void {
  const length = text.length;
  let k = 0;
  while (k < length) {
    if (!first.at(text, k)) {
      k += charWidth(text, k);
      continue;
    }
    const start = k;
    let cut = -1;
    k += charWidth(text, k);
    while (k < length && rest.at(text, k)) {
      if (cut < 0 && isApostrophe(text.charCodeAt(k))) cut = k;
      k += charWidth(text, k);
    }
    visit(start, k, cut < 0 ? k : cut);
  }
}
