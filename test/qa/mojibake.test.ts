import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPair, detectMojibake, findDroppedApostrophes } from '../../src/qa/index.js';
import { spellChecker, type SpellCheck } from '../../src/qa/dictionaries.js';

const misread = (text: string, wrote: string, read: string) => iconv.decode(iconv.encode(text, wrote), read);

describe('mojibake detection and repair', () => {
  const turkish = 'Paşinyan’ın eleştirmenleri Güney Kafkasya’da ağır konuştu.';

  it.each([
    ['utf8-as-cp1252', misread(turkish, 'utf8', 'windows-1252')],
    ['utf8-as-latin1', misread(turkish, 'utf8', 'latin1')],
    ['double-utf8', misread(misread(turkish, 'utf8', 'windows-1252'), 'utf8', 'windows-1252')],
  ])('repairs %s', (kind, broken) => {
    const r = detectMojibake(broken, 'tr');
    expect(r.broken).toBe(true);
    expect(r.kinds).toEqual([kind]);
    expect(r.fixed).toBe(turkish);
  });

  it('repairs windows-1254 read as windows-1252 (ý for ı, þ for ş, ð for ğ)', () => {
    const broken = misread('Iğdır yolu ve Şimşek ailesi', 'windows-1254', 'windows-1252');
    expect(broken).toBe('Iðdýr yolu ve Þimþek ailesi');
    expect(detectMojibake(broken, 'tr')).toMatchObject({ broken: true, kinds: ['cp1254-as-cp1252'], fixed: 'Iğdır yolu ve Şimşek ailesi' });
  });

  it('repairs one damaged word in an otherwise correct Turkish line', () => {
    const r = detectMojibake('Nahçıvan’ın kara baÄŸlantÄ±sÄ± yok.', 'tr');
    expect(r).toMatchObject({ broken: true, kinds: ['partial'], fixed: 'Nahçıvan’ın kara bağlantısı yok.' });
  });

  it('repairs Ş and Ğ from UTF-8 read as windows-1254 by a decoder that put U+FFFD for the undefined byte 0x9E', () => {
    const text = 'Şah Deniz ve Ğ harfi: Dr. Selin AKTAŞ.';
    const damaged = misread(text, 'utf8', 'windows-1254');
    expect(damaged).toContain('Å\ufffd');
    const result = detectMojibake(damaged, 'tr');
    expect(result.kinds).toContain('utf8-as-cp1254');
    expect(result.fixed).toBe(text);
    // a lost byte elsewhere stays lost
    expect(detectMojibake('Lachin\ufffd\ufffd\ufffds residents', 'en').fixed).toBe('Lachin\ufffd\ufffd\ufffds residents');
  });

  it('repairs the closing quote ” whose last byte a windows-1252 decoder turned into U+FFFD, once or twice encoded', () => {
    const text = 'The “Middle Corridor” — worth €10 billion — isn’t ready… yet.';
    const once = misread(text, 'utf8', 'windows-1252');
    expect(once).toContain('â€\ufffd');
    expect(detectMojibake(once, 'en').fixed).toBe(text);
    const twice = misread(once, 'utf8', 'windows-1252');
    expect(detectMojibake(twice, 'en')).toMatchObject({ broken: true, kinds: ['double-utf8'], fixed: text });
  });

  it('repairs a Turkish word with a single damaged letter where nothing says the line is in another alphabet', () => {
    expect(detectMojibake('Trucks wait at the Aktaþ gate near Kars.', 'en')).toMatchObject({ broken: true, kinds: ['cp1254-as-cp1252'], fixed: 'Trucks wait at the Aktaş gate near Kars.' });
    expect(detectMojibake('The new Doðu line opens in Erzurum.', 'en')).toMatchObject({ broken: true, fixed: 'The new Doğu line opens in Erzurum.' });
  });

  it('flags lost characters without inventing a repair', () => {
    expect(detectMojibake('T\ufffd\ufffdrkiye', 'tr')).toMatchObject({ broken: true, kinds: ['replacement-char'] });
    expect(detectMojibake('G□□ney Kafkasya', 'tr')).toMatchObject({ broken: true, kinds: ['placeholder-square'], fixed: 'G□□ney Kafkasya' });
    expect(detectMojibake('each box is drawn as a white square (□) to tick', 'en').broken).toBe(false);
  });

  it.each([
    'İlham Əliyev Xankəndi ve Gəncə’de konuştu; hâlâ millî hükûmet, HÂLÂ İŞGAL SONRASI AĞDAM.',
    'The Élysée, Mönchengladbach, São Tomé, Guimarães, Åland, Ærø, Þingvellir, Ísafjörður, Český Krumlov and Łódź.',
    'Ереван, Երևան და თბილისი — “quotes”, ‘single’ – dashes… № § € £ ¥ ™ °C −5',
    'A URL with https://example.org/G%C3%BCney stays as it is.',
    // ð after a consonant is Icelandic: Turkish has ğ only after a vowel
    'Mr Ögmundur Jónasson and Ms Þórdís Kolbrún Reykfjörð Gylfadóttir spoke.',
    'Łukasz Dvořák met Ștefan Țurcanu and Kőrösi Csoma in Chișinău; Şymkent, Öskemen and Aqtöbe.',
    // a lone ý or ð in a line written in another Latin alphabet is that alphabet's own letter
    'The Czech towns of Nový Bor and Dobrý Dvůr signed a deal; Minister Lipavský met Mr Bílý.',
    'Dávid Sýkora played in Tórshavn and Suðurnes.',
    'Arms sales agreements, peace talks, customs officers, the Netherlands government and United States officials; its role.',
  ])('leaves clean text alone: %s', (text) => {
    expect(detectMojibake(text, /[ğış]/.test(text) ? 'tr' : 'en')).toMatchObject({ broken: false, kinds: [], fixed: text });
  });
});

describe('dropped apostrophes', () => {
  it('finds a possessive without its apostrophe and suggests it back', () => {
    expect(findDroppedApostrophes('Pashinyans statements angered Russias allies.').map((d) => d.suggestion)).toEqual(["Pashinyan's", "Russia's"]);
    expect(detectMojibake('Georgias ruling party won.', 'en')).toMatchObject({ broken: true, kinds: ['dropped-apostrophe'], fixed: "Georgia's ruling party won." });
  });

  it('does not take names whose s is their own, but does take a country left without its apostrophe', () => {
    for (const text of ['Thomas de Waal writes that the talks stalled.', 'Reuters reporters saw Siemens turbines.', 'Texas refineries and Kansas farmers.', 'Vilnius summit decisions.']) {
      expect(findDroppedApostrophes(text)).toEqual([]);
    }
    // Frances is also a given name, but France is a country the lexicon knows
    expect(findDroppedApostrophes('Frances position hardened.').map((d) => d.suggestion)).toEqual(["France's"]);
  });

  it('takes an acronym that names one body or country, not one that can be plural', () => {
    expect(findDroppedApostrophes('The EUs new approach and the UNs role.').map((d) => d.suggestion)).toEqual(["EU's", "UN's"]);
    expect(findDroppedApostrophes('NGOs reported abuses and MPs voted.')).toEqual([]);
  });

  it('does not take plurals, demonyms or names ending in s', () => {
    for (const text of ['Armenians say the talks failed.', 'Azerbaijanis voted in June.', 'The Athens talks ended.', 'Customs officers waited.', 'Turks and Kurds met.']) {
      expect(findDroppedApostrophes(text)).toEqual([]);
    }
  });
});

describe('dropped apostrophes, with the spelling dictionary and the translation', () => {
  let spell: SpellCheck;
  beforeAll(async () => {
    spell = await spellChecker('en');
  });
  const find = (en: string, turkish?: string) => findDroppedApostrophes(en, undefined, { spell, ...(turkish ? { turkish } : {}) }).map((d) => d.suggestion);

  it('leaves a plural that is a word, and takes a form that is none while its base is', () => {
    expect(find('Westerners often assume the worst.')).toEqual([]);
    expect(find('Russias focus shifted to the south.')).toEqual(["Russia's"]);
    expect(find('The Athens talks ended and Reuters reporters left.')).toEqual([]);
  });

  it('lets the Turkish decide an ambiguous plural: a genitive on the translation makes it a possessive', () => {
    expect(find('the Defense Ministers visits to Ankara', "Savunma Bakanı'nın Ankara ziyaretleri")).toEqual(["Minister's"]);
    expect(find('the Defense Ministers visits to Ankara', 'Savunma bakanlarının Ankara ziyaretleri')).toEqual(["Ministers'"]);
    expect(find('the Defense Ministers visits to Ankara', 'Savunma bakanları Ankara’yı ziyaret etti')).toEqual([]);
  });

  it('finds a possessive before a relative clause', () => {
    expect(find('Pashinyans, who took office in 2018, rapprochement with Ankara')).toEqual(["Pashinyan's"]);
    expect(find('Armenians, who live abroad, voted in large numbers.')).toEqual([]);
  });

  it('is what the pair check uses once the dictionary is loaded, with the pair\'s Turkish side', () => {
    const flags = checkPair({ source: 'The Defense Ministers visits were postponed.', target: "Savunma Bakanı'nın ziyaretleri ertelendi." }, { srcLang: 'en', tgtLang: 'tr' }, new Set(['dropped-apostrophe']));
    expect(flags.map((f) => f.fix)).toEqual(["Minister's"]);
  });
});

