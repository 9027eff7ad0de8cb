/**
 * Words by their skeleton: the word with ASCII letters folded to small letters and each
 * run of characters outside ASCII reduced to one mark. Extraction that loses characters
 * loses exactly those outside ASCII, each as one or more lost symbols (□, U+FFFD), which
 * are outside ASCII too — so a damaged word ("s□k□□□t□") has the skeleton of every word
 * it can have been ("sıkıştı": s·k·t·). One look-up finds them all, however many letters
 * were lost, instead of trying every filling (9ⁿ for n lost Turkish letters).
 *
 * The skeleton is hashed (FNV-1a over the folded characters) rather than built as a
 * string: indexing the 1.36 million forms of the Turkish dictionary then takes about
 * 1 s and 70 MB. Collisions only add forms that the caller's exact fit refuses.
 */

/** The skeleton hash of a word. O(length). */
export function skeletonHash(word: string): number {
  let hash = 0x811c9dc5 | 0;
  let inRun = false;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c > 127) {
      if (inRun) continue;
      inRun = true;
      c = 0;
    } else {
      inRun = false;
      if (c >= 65 && c <= 90) c += 32;
    }
    hash = Math.imul(hash ^ c, 16777619);
  }
  return hash;
}

function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return true;
  return false;
}

/** Words with a character outside ASCII, by skeleton. Built once, O(total length). */
export class SkeletonIndex {
  private readonly byHash = new Map<number, string | string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      // an ASCII word cannot have lost a character
      if (!hasNonAscii(word)) continue;
      const hash = skeletonHash(word);
      const known = this.byHash.get(hash);
      if (known === undefined) this.byHash.set(hash, word);
      else if (typeof known === 'string') {
        if (known !== word) this.byHash.set(hash, [known, word]);
      } else if (!known.includes(word)) known.push(word);
    }
  }

  /** The indexed words with the skeleton of `word` (and, rarely, a colliding one). */
  lookup(word: string): readonly string[] {
    const found = this.byHash.get(skeletonHash(word));
    return found === undefined ? [] : typeof found === 'string' ? [found] : found;
  }
}
