/**
 * Builds lexicon/en-tr.tsv, the English→Turkish word lexicon the aligner uses by
 * default, from the FreeDict English–Turkish dictionary (Debian package
 * dict-freedict-eng-tur, GPL-2+). Run: node --import tsx scripts/build-lexicon.ts
 *
 * Each line: an English headword, a tab, Turkish stems separated by spaces, and a tab and
 * "proper" when the headword is a name (its first translation is capitalised). A stem is a
 * translation word without the infinitive ending and a final consonant that Turkish
 * softens before a vowel (hükümet → hüküme, so hükümeti and hükümetin still match).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const SOURCE = '/usr/share/dictd/freedict-eng-tur.dict.dz';
const MAX_STEMS = 12;
const MIN_STEM = 3;
const TR_STOP = new Set([
  'bir', 've', 'veya', 'ile', 'gibi', 'olan', 'için', 'olarak', 'etmek', 'olmak', 'yapmak', 'edilmek', 'eden', 'edilen', 'kimse', 'şey', 'şeyi',
  'şekilde', 'tarzında', 'halinde', 'hali', 'durumu', 'durum', 'kısaltma', 'bak', 'kıs', 'çoğ', 'mec', 'huk', 'tic', 'bot', 'zool', 'den', 'ask', 'müz',
  'vermek', 'almak', 'gelmek', 'gitmek', 'kılmak', 'bulunmak', 'çok', 'daha', 'pek', 'kadar', 'karşı', 'üzere', 'ait', 'olma', 'etme', 'yapma',
]);

function stem(word: string): string | null {
  let w = word.toLocaleLowerCase('tr-TR');
  if (!/^[a-zçğıöşüâîû]+$/u.test(w)) return null;
  if (TR_STOP.has(w)) return null;
  w = w.replace(/(mak|mek)$/u, '');
  if (w.length >= 5 && /[pçtk]$/u.test(w)) w = w.slice(0, -1);
  return w.length >= MIN_STEM ? w : null;
}

const text = execFileSync('zcat', [SOURCE], { maxBuffer: 1 << 28 }).toString('utf8');
// Per headword: the first translation of every sense first (the usual equivalents), then the rest.
const primary = new Map<string, string[]>();
// Headwords whose first translation is capitalised name something (Georgia → Gürcistan).
const proper = new Set<string>();
const secondary = new Map<string, string[]>();
let head: string | null = null;
for (const line of text.split('\n')) {
  const entry = /^([a-z][a-z '-]*?) \/[^/]*\/\s*$/u.exec(line);
  if (entry) {
    head = entry[1]!.trim();
    continue;
  }
  const sense = /^\d+\.\s+(.*)$/u.exec(line);
  if (!sense || !head) continue;
  const definition = sense[1]!.split(/\.\s/u)[0]!.replace(/\([^)]*\)/gu, ' ').replace(/\.$/u, '');
  if (!primary.has(head) && /^\p{Lu}/u.test(definition.trim())) proper.add(head);
  const first = primary.get(head) ?? [];
  const rest = secondary.get(head) ?? [];
  definition.split(/[,;:]/u).forEach((phrase, k) => {
    const words = phrase.trim().split(/\s+/u).filter(Boolean);
    if (words.length === 0 || words.length > 3) return;
    for (const w of words) {
      const s = stem(w);
      if (s) (k === 0 ? first : rest).push(s);
    }
  });
  primary.set(head, first);
  secondary.set(head, rest);
}
const lexicon = new Map<string, string[]>();
for (const [word, first] of primary) {
  const stems = [...new Set([...first, ...(secondary.get(word) ?? [])])].slice(0, MAX_STEMS);
  if (stems.length) lexicon.set(word, stems);
}
const lines = [...lexicon.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([en, stems]) => `${en}\t${stems.join(' ')}${proper.has(en) ? '\tproper' : ''}`);
writeFileSync(new URL('../lexicon/en-tr.tsv', import.meta.url), `${lines.join('\n')}\n`);
console.log(`${lines.length} English headwords written to lexicon/en-tr.tsv`);
