import { describe, expect, it } from 'vitest';
import { foreignSpans, looksLikeCitation, sharedClauses } from '../../src/text/spans.js';

const texts = (text: string, spans: { start: number; end: number; lang: string | null }[]) => spans.map((s) => [text.slice(s.start, s.end), s.lang]);

describe('stretches in the other language', () => {
  it('finds an English title cited in a Turkish note, quoted or as a clause, and leaves the Turkish around it', () => {
    const note = 'Bkz. J. Smith, “The CSTO and the Security of the South Caucasus”, Journal of Eurasian Studies, 2020, s. 14.';
    // the journal's three-word name has too little evidence either way and is left alone
    expect(texts(note, foreignSpans(note, 'tr'))).toEqual([['“The CSTO and the Security of the South Caucasus”', 'en']]);
    const unquoted = "A. Yılmaz, Karabağ Savaşı ve Türkiye'nin Güney Kafkasya Politikası, Avrasya Dosyası, 2021.";
    expect(texts(unquoted, foreignSpans(unquoted, 'en'))).toEqual([["Karabağ Savaşı ve Türkiye'nin Güney Kafkasya Politikası", 'tr']]);
  });

  it('finds addresses in either language, and nothing in plain text with a name of the other language', () => {
    const text = 'Ayrıntılar https://avim.org.tr/tr/Analiz/zangezur-koridoru adresinde ve info@avim.org.tr üzerinden.';
    expect(texts(text, foreignSpans(text, 'tr'))).toEqual([
      ['https://avim.org.tr/tr/Analiz/zangezur-koridoru', null],
      ['info@avim.org.tr', null],
    ]);
    expect(foreignSpans('Washington ve Moskova, Karabağ konusunda yeni bir görüşme yaptı.', 'tr')).toEqual([]);
    expect(foreignSpans('The talks on Karabağ were held in Şuşa and in Ağdam last week.', 'en')).toEqual([]);
    expect(foreignSpans('Pashinyan said: “we will not give up”, the agency reported.', 'en')).toEqual([]);
  });

  it('finds clauses that stand the same in both texts, between the same boundaries', () => {
    const en = 'Smith, The Road to Zangezur, London, 2021.';
    const tr = 'Smith, The Road to Zangezur, Londra, 2021.';
    expect(texts(tr, sharedClauses(tr, en))).toEqual([['The Road to Zangezur', null]]);
    expect(sharedClauses('Zangezur koridoru açıldı.', 'The Zangezur corridor opened.')).toEqual([]);
    // a journal's name kept between commas on both sides; a term left in English is not a clause of the English
    const cited = 'Bkz. “Talks Resume”, Baku Herald, 2024.';
    expect(texts(cited, sharedClauses(cited, 'See “Talks Resume”, Baku Herald, 2024.'))).toEqual([['Talks Resume', null], ['Baku Herald', null]]);
    expect(sharedClauses("Middle Corridor, Brüksel'de de tanıtılıyor.", 'The Middle Corridor is also promoted in Brussels.')).toEqual([]);
    // nor is a whole heading left untranslated
    expect(sharedClauses('The Middle Corridor', 'The Middle Corridor')).toEqual([]);
  });

  it('tells a citation from prose', () => {
    expect(looksLikeCitation('Smith, J. (2020). The Road to Zangezur. London: Hurst, pp. 14–20.')).toBe(true);
    expect(looksLikeCitation('See https://avim.org.tr for the full text of the agreement.')).toBe(true);
    expect(looksLikeCitation('The corridor opened in 2021 and carried more freight than expected.')).toBe(false);
  });
});
