import { createRequire } from 'node:module';
import type DeasciifierClass from 'turkish-deasciifier';

/**
 * Whether a Turkish letter (ç ğ ı ö ş ü, İ …) reads right where it stands, by Deniz
 * Yüret's decision lists for Turkish deasciification (turkish-deasciifier): patterns of
 * up to ten letters either side, learned from a large Turkish corpus, that say whether
 * c/g/i/o/s/u at a place is the ASCII letter or its Turkish twin (about 98 % of words of
 * our Turkish dev documents right from fully ASCII text). Restoring a lost character
 * asks the easier question: the character is known not to be ASCII, so only fillings
 * whose letters the lists confirm are kept. Letters it has no list for (â, ’, é) are
 * neither confirmed nor refuted. O(context) per question: about a hundred table lookups.
 */
const require = createRequire(import.meta.url);
const Deasciifier = require('turkish-deasciifier') as typeof DeasciifierClass;
const instance = new Deasciifier();

/** Letters the decision lists judge: the Turkish twins of c, g, i, o, s, u. */
export const JUDGED_LETTERS: ReadonlySet<string> = new Set('çğıöşüÇĞİÖŞÜ');

/** True when the decision lists keep the Turkish letter at `pos` of `text` (they would not turn it back to ASCII). */
export function turkishLetterFits(text: string, pos: number): boolean {
  instance.text = text;
  return !instance.turkish_need_correction(pos);
}
