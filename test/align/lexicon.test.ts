import { describe, expect, it } from 'vitest';
import { defaultLexicon, englishLemmas, LexicalIndex, lexiconFromPairs, parseLexicon } from '../../src/align/index.js';

describe('lexicon', () => {
  it('reduces English word forms to dictionary forms', () => {
    expect(englishLemmas('railways')).toContain('railway');
    expect(englishLemmas('countries')).toContain('country');
    expect(englishLemmas('signed')).toContain('sign');
    expect(englishLemmas("russia's")).toContain('russia');
    expect(englishLemmas('stopped')).toContain('stop');
    expect(englishLemmas('planning')).toContain('plan');
    expect(englishLemmas('larger')).toContain('large');
    expect(englishLemmas('earliest')).toContain('early');
  });

  it('reads British spellings as the dictionary writes them, and derived words by their base', () => {
    expect(englishLemmas('neighbours')).toContain('neighbor');
    expect(englishLemmas('metres')).toContain('meter');
    expect(englishLemmas('organised')).toContain('organize');
    expect(englishLemmas('travelling')).toContain('travel');
    expect(englishLemmas('investors')).toContain('invest');
    expect(englishLemmas('partnership')).toContain('partner');
    // the word itself comes first: a known word is never read as its base
    expect(englishLemmas('national')[0]).toBe('national');
  });

  it('finds a verb stem ending in a vowel in the present tense, where Turkish narrows the vowel', () => {
    const lexicon = parseLexicon('say\tsöyle\nwait\tbekle\nunderstand\tanla\n');
    const index = new LexicalIndex(['They say they wait and understand.'], ['Söylüyorlar, bekliyorlar ve anlıyorlar.'], lexicon);
    expect(index.matches(0, 1, 0, 1, new Uint8Array(index.stemCount))).toBe(3);
  });

  it('knows the policy vocabulary FreeDict lacks, from the shipped supplement', () => {
    const lexicon = defaultLexicon();
    expect(lexicon.entries.get('strategy')).toContain('strateji');
    expect(lexicon.entries.get('rule')).toContain('kural');
    // FreeDict's own stems are kept, and its names still marked as names
    expect(lexicon.entries.get('rule')).toContain('kaide');
    expect(lexicon.properNouns?.has('georgia')).toBe(true);
  });

  it('parses the shipped lexicon', () => {
    const lexicon = defaultLexicon();
    expect(lexicon.entries.size).toBeGreaterThan(20_000);
    expect(lexicon.entries.get('war')).toContain('savaş');
  });

  it('finds more evidence for a translation than for an unrelated sentence', () => {
    const en = ['The war ended and the government signed a peace treaty.', 'Gas prices rose sharply in winter.'];
    const tr = ['Savaş sona erdi ve hükümet bir barış antlaşması imzaladı.', 'Kışın gaz fiyatları keskin biçimde yükseldi.'];
    const index = new LexicalIndex(en, tr, defaultLexicon());
    const scratch = new Uint8Array(index.stemCount);
    expect(index.evidence(0, 1, 0, 1, scratch)).toBeGreaterThan(2);
    expect(index.evidence(0, 1, 1, 1, scratch)).toBeLessThan(index.evidence(0, 1, 0, 1, scratch));
    expect(index.evidence(1, 1, 0, 1, scratch)).toBeLessThan(0);
    expect([...scratch].every((x) => x === 0)).toBe(true);
  });

  it('takes glossary pairs, and adds nothing when empty', () => {
    const glossary = lexiconFromPairs([{ en: 'corridor', tr: 'koridor' }]);
    const index = new LexicalIndex(['The corridor opened.'], ['Koridoru açıldı.'], glossary);
    expect(index.matches(0, 1, 0, 1, new Uint8Array(index.stemCount))).toBe(1);
    const none = new LexicalIndex(['The corridor opened.'], ['Koridoru açıldı.'], parseLexicon(''));
    expect(none.evidence(0, 1, 0, 1, new Uint8Array(1))).toBe(0);
  });

  it('matches stems with ı, circumflexes and names with suffixes however the text spells them', () => {
    const lexicon = parseLexicon('border\tsınır\npipeline\thattı\nroute\tgüzergâh\nchina\tçin\n');
    const matches = (en: string, tr: string) => {
      const index = new LexicalIndex([en], [tr], lexicon);
      return index.matches(0, 1, 0, 1, new Uint8Array(index.stemCount));
    };
    expect(matches('The border and the pipeline.', 'Sınırdaki boru hattının durumu.')).toBe(2);
    expect(matches('The border and the pipeline.', 'SINIR VE BORU HATTI')).toBe(2);
    expect(matches('The route.', 'Güzergahın uzunluğu.')).toBe(1);
    expect(matches('China.', "Çin'i ve Çin'den gelenleri.")).toBe(1);
  });

  it('matches words one to one: a word said twice needs its translation twice', () => {
    const lexicon = parseLexicon('danger\ttehlike\nmine\tmayın\nyear\tyıl\n');
    const en = ['Drifting mines remain the main danger, and they will remain a danger for years.'];
    const tr = ['Sürüklenen mayınlar başlıca tehlike olmayı sürdürüyor.', 'Bu tehlike daha yıllarca devam edecek.'];
    const index = new LexicalIndex(en, tr, lexicon);
    const scratch = new Uint8Array(index.stemCount);
    expect(index.matches(0, 1, 0, 1, scratch)).toBe(2); // mines, one danger
    expect(index.matches(0, 1, 0, 2, scratch)).toBe(3); // and the second danger
    // the second sentence is worth attaching: the bead with it scores better than without
    expect(index.evidence(0, 1, 0, 2, scratch)).toBeGreaterThan(index.evidence(0, 1, 0, 1, scratch));
    expect([...scratch].every((x) => x === 0)).toBe(true);
  });

  it('tells whether a sentence has any word translated in a given other sentence', () => {
    const lexicon = parseLexicon('danger\ttehlike\nmine\tmayın\nyear\tyıl\nport\tliman\n');
    const en = ['Drifting mines remain the main danger.', 'The port grew.'];
    const tr = ['Sürüklenen mayınlar başlıca tehlike.', 'Liman büyüdü.', 'Hava güzeldi.'];
    const index = new LexicalIndex(en, tr, lexicon);
    const scratch = new Uint8Array(index.stemCount);
    for (let t = 0; t < tr.length; t++) {
      for (const [start, count] of [[0, 1], [1, 1], [0, 2]] as const) {
        expect(index.translatesAny(start, count, t, scratch)).toBe(index.matches(start, count, t, 1, scratch) > 0);
      }
    }
    expect(index.translatesAny(0, 1, 0, scratch)).toBe(true);
    expect(index.translatesAny(0, 1, 1, scratch)).toBe(false);
    expect(index.translatesAny(0, 2, 2, scratch)).toBe(false);
    expect([...scratch].every((x) => x === 0)).toBe(true);
  });

  it('reads a word with an apostrophe as one word, a Turkish name by what precedes its suffixes', () => {
    const lexicon = parseLexicon("russia\trusya\nchina\tçin\n");
    const index = new LexicalIndex(["Russia’s and China's plans."], ["Rusya’nın ve Çin'in planları; Rusya'yı."], lexicon);
    expect(index.enWords[0]!.length).toBe(2);
    expect(index.matches(0, 1, 0, 1, new Uint8Array(index.stemCount))).toBe(2);
  });

  it('does not read markup or pieces of abbreviations as words', () => {
    const lexicon = parseLexicon('sup\tyudum\neu\tiyi\n');
    const index = new LexicalIndex(['The EU agreed.<sup>[1]</sup>'], ['AB kabul etti; bir yudum.[1]'], lexicon);
    expect(index.enWords[0]).toEqual([]);
  });
});
