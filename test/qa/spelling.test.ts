import { beforeAll, describe, expect, it } from 'vitest';
import { spellChecker, type SpellCheck } from '../../src/qa/dictionaries.js';
import { misspellings } from '../../src/qa/spelling.js';

let en: SpellCheck;
let tr: SpellCheck;
beforeAll(async () => {
  [en, tr] = await Promise.all([spellChecker('en'), spellChecker('tr')]);
});
const none = () => false;
const words = (text: string, lang: 'en' | 'tr', known: (w: string) => boolean = none, other = '') => misspellings(text, lang, lang === 'en' ? en : tr, known, other).map((m) => text.slice(m.start, m.end));

describe('spelling', () => {
  it('finds the words neither dictionary knows, in both languages', () => {
    expect(words('The corridor is teh main route to the port.', 'en')).toEqual(['teh']);
    expect(words('Koridor limana giden ana güzergahtır ve çok önemlidr.', 'tr')).toEqual(['önemlidr']);
  });

  it('takes the workspace word list, the other side and the language\'s ways as known', () => {
    expect(words('Kuryk port opened.', 'en')).toEqual(['Kuryk']);
    expect(words('Kuryk port opened.', 'en', (w) => w === 'kuryk')).toEqual([]);
    expect(words('Kuryk port opened.', 'en', none, 'Kuryk limanı açıldı.')).toEqual([]);
    // a name's suffixes after the apostrophe, a number's, an abbreviation, capitals, a circumflex
    expect(words("Ankara'dan 2026'da önce, örn. bir gemi geldi. LİMAN AÇILDI. Bu hâlde dâhil.", 'tr')).toEqual([]);
    expect(words("Russia's port, approx. 40 ships. THE PORT OPENED.", 'en')).toEqual([]);
  });
});
