import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../src/glossary/index.js';
import { readTbx } from '../../src/formats/glossary/index.js';
import { checkDocument, checkPair, type CheckContext } from '../../src/qa/index.js';
import { trailerStart } from '../../src/qa/checks/end-punctuation.js';
import { prng } from '../../bench/lib/perturb.js';
import { DEV } from '../helpers/cli.js';

const matcher = new TermMatcher(readTbx(readFileSync(join(DEV, 'qa/glossary.tbx'), 'utf8')));
const context: CheckContext = { srcLang: 'en', tgtLang: 'tr', matcher };
const checks = (source: string, target: string, only?: string) =>
  checkPair({ source, target }, context, only ? new Set([only]) : undefined).map((f) => ({ check: f.check, side: f.side, found: (f.side === 'src' ? source : target).slice(f.start, f.end), fix: f.fix }));

describe('QA checks', () => {
  it('forbidden-variant offers the preferred term with the suffix kept', () => {
    expect(checks('Zangezur matters.', "Zangezur'un önemi büyük.", 'forbidden-variant')).toEqual([{ check: 'forbidden-variant', side: 'tgt', found: "Zangezur'un", fix: "Zengezur'un" }]);
    expect(checks('x', 'ZANGAZUR’UN', 'forbidden-variant')[0]!.fix).toBe('ZENGEZUR’UN');
  });

  it('missing-target-term when the other side has no form of the concept', () => {
    expect(checks('Talks in Tbilisi.', 'Görüşmeler yapıldı.', 'missing-target-term')).toEqual([{ check: 'missing-target-term', side: 'src', found: 'Tbilisi', fix: undefined }]);
    expect(checks('Talks in Tbilisi.', "Tiflis'te görüşmeler yapıldı.", 'missing-target-term')).toEqual([]);
  });

  it('applies each language\'s terms to its own text: a title cited in the other language is neither corrected nor expected translated', () => {
    // an English title in a Turkish note keeps its English spelling
    expect(checks('See “Zangezur and the CSTO”, Caucasus Survey, 2021.', 'Bkz. “Zangezur and the CSTO”, Caucasus Survey, 2021.')).toEqual([]);
    // a Turkish title in an English note keeps its Turkish spelling
    expect(checks('See “Zengezur Koridoru ve Türkiye”, Avrasya Dosyası, 2021.', 'Bkz. “Zengezur Koridoru ve Türkiye”, Avrasya Dosyası, 2021.')).toEqual([]);
    // the same spelling in the Turkish text itself is still a finding
    expect(checks('The Zangezur corridor opened.', 'Zangezur koridoru açıldı.', 'forbidden-variant').map((f) => f.found)).toEqual(['Zangezur']);
  });

  it('numbers with each language\'s separators', () => {
    expect(checks('It rose to 3.5 billion in 2020.', "2020'de 3,5 milyara çıktı.", 'numbers')).toEqual([]);
    expect(checks('It rose to 3.5 billion in 2020.', "2021'de 3,5 milyara çıktı.", 'numbers').map((f) => f.found)).toEqual(['2020', '2021']);
  });

  it('numbers written with number words: 24,000 is 24 bin, 10,587 is 10 bin 587, with case endings', () => {
    expect(checks('Over 24,000 teachers took part.', '24 binin üzerinde öğretmen katıldı.', 'numbers')).toEqual([]);
    expect(checks('10,587 people died.', '10 bin 587 kişi hayatını kaybetti.', 'numbers')).toEqual([]);
    // an English text that kept the Turkish thousands point (10.587) reads either way
    expect(checks('10.587 people died.', '10 bin 587 kişi hayatını kaybetti.', 'numbers')).toEqual([]);
    expect(checks('It cost 2.3 million dollars.', '2 milyon 300 bin dolara mal oldu.', 'numbers')).toEqual([]);
    expect(checks('1.5 million people', '1,5 milyon kişi', 'numbers')).toEqual([]);
    // the scale in a unit's abbreviation: 11.4 bcm is 11,4 milyar metreküp
    expect(checks('Azerbaijan delivered 11.4 bcm, up from 8.2 bcm.', 'Azerbaycan 11,4 milyar metreküp sevk etti; önceki yıl 8,2 milyar metreküp.', 'numbers')).toEqual([]);
    expect(checks('Health Service for 100 Thousands Patient', '100 Bin Hastaya Hizmet', 'numbers')).toEqual([]);
    expect(checks('100 THOUSAND PATIENTS', '100 BİN HASTA', 'numbers')).toEqual([]);
    // a different number is still one, and the flag covers the number with its words
    expect(checks('10,587 people died.', '10 bin 578 kişi hayatını kaybetti.', 'numbers').map((f) => f.found)).toEqual(['10,587', '10 bin 578']);
    // "bina" (building) is no "bin"
    expect(checks('24 buildings', '24 bina', 'numbers')).toEqual([]);
    expect(checks('24,000 buildings', '24 bina', 'numbers').map((f) => f.found)).toEqual(['24,000', '24']);
  });

  it("leaves out a list's enumerators the other side does not have; any other number still counts", () => {
    const en = 'They are not punished as long as they are: 1) identified on entry; or 2) apply within a reasonable time.';
    const tr = 'Girişte tespit edilirlerse veya makul bir süre içinde başvururlarsa cezalandırılmazlar.';
    expect(checks(en, tr, 'numbers')).toEqual([]);
    expect(checks('Article 5) applies to 3 cases.', 'Madde uygulanır.', 'numbers').map((f) => f.found)).toEqual(['5', '3']);
  });

  it('footnote markers and URLs on one side only', () => {
    expect(checks('Signed.[3]', 'İmzalandı.', 'footnote-markers')).toEqual([{ check: 'footnote-markers', side: 'src', found: '[3]', fix: undefined }]);
    expect(checks('See www.hakam.org/en.', 'Bkz. www.hakam.org/tr.', 'urls')).toHaveLength(2);
  });

  it('empty target, target equal to source, double spaces, repeated words, end punctuation, length', () => {
    expect(checks('A sentence to translate here.', '', 'empty-target')).toHaveLength(1);
    expect(checks('This sentence was not translated.', 'This sentence was not translated.', 'same-as-source')).toHaveLength(1);
    expect(checks('Dr. Selin AKTAŞ', 'Dr. Selin AKTAŞ', 'same-as-source')).toEqual([]);
    const citation = 'Smith, J. (2020). The Road to Zangezur. London: Hurst, pp. 14–20.';
    expect(checks(citation, citation, 'same-as-source')).toEqual([]);
    expect(checks('One  two.', 'Bir iki.', 'double-space')).toEqual([{ check: 'double-space', side: 'src', found: '  ', fix: ' ' }]);
    expect(checks('It is the the end.', 'Bu bu son.', 'repeated-word').map((f) => f.found)).toEqual([' the', ' bu']);
    expect(checks('Is it over?', 'Bitti.', 'end-punctuation')).toHaveLength(1);
    expect(checks('Is it over?[2]', 'Bitti mi?[2]', 'end-punctuation')).toEqual([]);
    expect(checks('A short sentence here.', 'Bu cümle kaynaktan çok çok daha uzun, çünkü çevirmen buraya bir paragraf eklemiş ve hiç durmamış gibi görünüyor.', 'length-ratio')).toHaveLength(1);
  });

  it('reads a sentence\'s trailer from its end as the pattern it replaced did, markers and closers in any order', () => {
    const pattern = /(?:\s*(?:<sup>[^<]*<\/sup>|\[\d+\]))+\s*$|["'”’»)\]\s]+$/u;
    const pieces = ['a', 'b.', ' ', '\u00a0', '[', ']', '1', '23', '[4]', '<sup>', '</sup>', '<sup>5</sup>', '<', '"', '’', '”', ')', '»', '?', 'x y'];
    const next = prng(3);
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let n = Math.floor(next() * 9); n > 0; n--) text += pieces[Math.floor(next() * pieces.length)];
      const m = pattern.exec(text);
      expect(trailerStart(text), JSON.stringify(text)).toBe(m ? m.index : -1);
    }
    expect(checks('He asked: “Is it over?” [3] <sup>4</sup>', 'Sordu: “Bitti mi?” [3] <sup>4</sup>', 'end-punctuation')).toEqual([]);
  });

  it('mojibake with its repair, and dropped apostrophes on the English side', () => {
    expect(checks('Baku□□s port.', 'Bakü limanı.', 'mojibake')).toEqual([{ check: 'mojibake', side: 'src', found: '□□', fix: undefined }]);
    expect(checks('Kazakhstans fleet.', 'Kazakistan filosu.', 'dropped-apostrophe')).toEqual([{ check: 'dropped-apostrophe', side: 'src', found: 'Kazakhstans', fix: "Kazakhstan's" }]);
    expect(checks('Port.', 'Liman Ã¼zerinde.', 'mojibake')[0]).toMatchObject({ found: 'Ã¼', fix: 'ü' });
  });

  it('inconsistent spelling: one concept two ways on one side, once per document with every place', () => {
    const report = checkDocument(
      [
        { id: 1, source: 'The Zangezur corridor.', target: 'Zengezur koridoru.' },
        { id: 2, source: 'The Zengezur road.', target: 'Zengezur yolu.' },
      ],
      context,
    );
    expect(report.document).toHaveLength(1);
    expect(report.document[0]!.places.map((p) => `${p.pairId}:${p.found}`)).toEqual(['1:Zangezur', '2:Zengezur']);
  });
});
