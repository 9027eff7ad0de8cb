import { describe, expect, it } from 'vitest';
import { canonicalNumber } from '../../src/text/placeables.js';
import { alignSides, AnchorIndex, EN_TR_LENGTH, EN_TR_LENGTH_ROBUST, extractAnchors, lengthCost, matchedWeight, normalTail, type AlignModel, type AlignSide } from '../../src/align/index.js';
import { nameKey, nameSimilarity } from '../../src/text/index.js';

describe('length cost (Gale–Church)', () => {
  it('is zero when the Turkish length is the expected ratio of the English', () => {
    expect(lengthCost(100, 100 * EN_TR_LENGTH.ratio)).toBeCloseTo(0, 6);
  });
  it('grows with the deviation in either direction', () => {
    const base = 100 * EN_TR_LENGTH.ratio;
    const costs = [10, 30, 60].map((d) => lengthCost(100, base + d));
    expect(costs[0]!).toBeLessThan(costs[1]!);
    expect(costs[1]!).toBeLessThan(costs[2]!);
    expect(lengthCost(100, base - 30)).toBeGreaterThan(costs[0]!);
  });
  it('uses a correct normal tail', () => {
    expect(normalTail(0)).toBeCloseTo(0.5, 6);
    expect(normalTail(1.96)).toBeCloseTo(0.025, 3);
  });
});

describe('anchors', () => {
  it('reads numbers in each language convention', () => {
    expect(canonicalNumber('3,5', 'tr')).toBe(canonicalNumber('3.5', 'en'));
    expect(canonicalNumber('25.000', 'tr')).toBe('25000');
    expect(canonicalNumber('25,000', 'en')).toBe('25000');
    expect(canonicalNumber('1.234,5', 'tr')).toBe(canonicalNumber('1,234.5', 'en'));
    expect(canonicalNumber('2020', 'tr')).toBe('2020');
    expect(canonicalNumber('14.05.2024', 'tr')).toBe(canonicalNumber('14.05.2024', 'en'));
  });

  const keys = (text: string, lang: 'en' | 'tr', kind: string) => extractAnchors(text, lang).filter((a) => a.kind === kind).map((a) => a.key);

  it('finds numbers, dates, footnote markers and URLs', () => {
    expect(keys('It rose to 3.5 billion in 2020.[7]', 'en', 'number')).toEqual(['3.5', '2020']);
    expect(keys('2020’de 3,5 milyara çıktı.[7]', 'tr', 'number')).toEqual(['2020', '3.5']);
    expect(keys('signed on 9 November 2020.<sup>[1]</sup>', 'en', 'marker')).toEqual(['1']);
    expect(keys('9 Kasım 2020 tarihli', 'tr', 'month')).toEqual(keys('9 November 2020', 'en', 'month'));
    expect(keys("Ekim'de ve Aralıkta", 'tr', 'month')).toEqual(['10', '12']);
    expect(keys('See https://www.hakam-caspian.org/en/a.', 'en', 'url')).toEqual(['www.hakam-caspian.org/en/a']);
  });

  it('reads numbers written as words, cardinal and ordinal, as their digits', () => {
    expect(keys('The corridor consists of three pipelines; the third reaches Italy.', 'en', 'number')).toEqual(['3', '3']);
    expect(keys('Koridor üç boru hattından oluşuyor. Üçüncü halka İtalya’ya ulaşır.', 'tr', 'number')).toEqual(['3', '3']);
    expect(keys('Two routes, 2 ports and twenty ships.', 'en', 'number')).toEqual(['2', '2', '20']);
    // Turkish "on" (ten) only as a whole word: "onun" (his) is no number; "bir" (one, a) is left out
    expect(keys('Onun bir önerisi on yıl sürdü.', 'tr', 'number')).toEqual(['10']);
    // a number word opening a sentence is no name
    expect(keys('Three ports remain.', 'en', 'name')).toEqual([]);
  });

  it('reads multiples and inflected Turkish cardinals as their numbers', () => {
    expect(keys('Exports doubled, and a third went by rail; capacity may triple.', 'en', 'number')).toEqual(['2', '3', '3']);
    expect(keys('İhracat iki katına çıktı, üçte biri demiryoluyla gitti; dördü de hazır.', 'tr', 'number')).toEqual(['2', '3', '4']);
    // pronouns that begin like "on" (ten) stay no numbers
    expect(keys('Onu ona verdi.', 'tr', 'number')).toEqual([]);
  });

  it('maps Turkish acronyms to their English counterparts', () => {
    expect(keys('ABD ve AB, NATO ile', 'tr', 'acronym')).toEqual(['US', 'EU', 'NATO']);
    expect(keys('The U.S. and the EU, with NATO', 'en', 'acronym')).toEqual(['US', 'EU', 'NATO']);
  });

  it.each([
    ['Pashinyan', 'Paşinyan'],
    ['Nakhchivan', 'Nahçıvan'],
    ['Lachin', 'Laçin'],
    ['Khankendi', 'Hankendi'],
    ['Azerbaijan', 'Azerbaycan'],
    ['Meghri', 'Meğri'],
    ['Russia', "Rusya'nın"],
  ])('matches the name %s with %s across spelling systems', (en, tr) => {
    expect(nameSimilarity(nameKey(en, 'en'), nameKey(tr, 'tr'))).toBeGreaterThanOrEqual(0.7);
  });

  it('does not match unrelated names', () => {
    expect(nameSimilarity(nameKey('Georgia', 'en'), nameKey('Gürcistan', 'tr'))).toBeLessThan(0.7);
    expect(nameSimilarity(nameKey('Caspian', 'en'), nameKey('Hazar', 'tr'))).toBeLessThan(0.7);
  });

  it('counts each shared anchor once per bead', () => {
    const en = [extractAnchors('Pashinyan met Aliyev in 2023 [2].', 'en'), extractAnchors('Nothing here.', 'en')];
    const tr = [extractAnchors("Paşinyan 2023'te Aliyev ile görüştü [2].", 'tr')];
    const index = new AnchorIndex(en, tr);
    const S = index.encodeAll(en, 'src');
    const T = index.encodeAll(tr, 'tgt');
    const scratch = new Int32Array(index.weights.length);
    const both = matchedWeight(S, 0, 1, T, 0, 1, index.weightTable(), scratch);
    expect(both).toBeGreaterThan(0);
    expect(matchedWeight(S, 1, 1, T, 0, 1, index.weightTable(), scratch)).toBe(0);
    expect(matchedWeight(S, 0, 2, T, 0, 1, index.weightTable(), scratch)).toBe(both);
    expect([...scratch].every((x) => x === 0)).toBe(true);
  });
});

describe('length cost with a wide tail (contaminated normal)', () => {
  const base = 100 * EN_TR_LENGTH.ratio;
  it('costs about what plain Gale–Church costs near the expected length', () => {
    expect(lengthCost(100, base + 10, EN_TR_LENGTH_ROBUST)).toBeCloseTo(lengthCost(100, base + 10, EN_TR_LENGTH), 1);
  });
  it('grows far more slowly for a bead twice as long, so other evidence can still outweigh it', () => {
    const plain = lengthCost(100, 2 * base, EN_TR_LENGTH);
    const robust = lengthCost(100, 2 * base, EN_TR_LENGTH_ROBUST);
    expect(plain).toBeGreaterThan(15);
    expect(robust).toBeLessThan(8);
    expect(robust).toBeGreaterThan(lengthCost(100, 1.5 * base, EN_TR_LENGTH_ROBUST));
  });
});

describe('a sentence the translator expanded', () => {
  const side = (lang: 'en' | 'tr', sentences: string[]): AlignSide => ({
    lang,
    paragraphs: [{ kind: 'body' }],
    segments: sentences.map((text) => ({ text, paragraph: 0 })),
  });
  const en = side('en', [
    'Azerbaijan delivered about 11.4 bcm of gas to the EU in 2022.',
    'The railway opened in 2017.',
    'Investors remain cautious about the cost of new compressor stations.',
  ]);
  const tr = side('tr', [
    "Azerbaycan 2022 yılında AB'ye yaklaşık 11,4 milyar metreküp gaz sağladı.",
    'Bakü-Tiflis-Kars demiryolu, uzun süren gecikmelerin ve maliyet artışlarının ardından nihayet 2017 yılında açıldı.',
    'Yatırımcılar yeni kompresör istasyonlarının maliyeti konusunda temkinli.',
  ]);
  const pairs = (model: Partial<AlignModel>) => alignSides(en, tr, {}, { model }).map((b) => [b.src, b.tgt]);
  it('stays paired with its translation, four times as long, when they share a year', () => {
    expect(pairs({})).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
  });
  it('is torn into a deletion and an insertion by plain Gale–Church lengths', () => {
    expect(pairs({ sentenceLength: EN_TR_LENGTH })).toEqual([[[0], [0]], [[], [1]], [[1], []], [[2], [2]]]);
  });
});
