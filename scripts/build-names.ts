/**
 * Builds lexicon/en-names-s.txt: English proper names that end in s in their own right
 * (Texas, Thomas, Reuters, Siemens, Vilnius), which the dropped-apostrophe check must not
 * read as possessives that lost their apostrophe ("Thoma's", "Reuter's"). Taken from the
 * capitalised headwords of the SCOWL-based en_US Hunspell dictionary (Debian package
 * hunspell-en-us; permissive licence, see lexicon/README.md).
 * Run: apt-get install hunspell-en-us && node --import tsx scripts/build-names.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';

const SOURCE = '/usr/share/hunspell/en_US.dic';
const names = new Set<string>();
for (const line of readFileSync(SOURCE, 'utf8').split('\n').slice(1)) {
  const word = line.split('/')[0]!.trim();
  // a capitalised headword (not an acronym) ending in s: the dictionary lists possessives
  // and plurals through affix flags, so a headword's s is part of the name
  if (/^\p{Lu}\p{Ll}+s$/u.test(word)) names.add(word);
}
const sorted = [...names].sort();
writeFileSync(new URL('../lexicon/en-names-s.txt', import.meta.url), `${sorted.join('\n')}\n`);
console.log(`${sorted.length} names written to lexicon/en-names-s.txt`);
