import { describe, expect, it } from 'vitest';
import { joinBrokenParagraphs, segmentParagraphs, sentenceSpans } from '../../src/segment/index.js';
import type { Paragraph } from '../../src/model/index.js';
import type { Lang } from '../../src/text/index.js';

const split = (text: string, lang: Lang) => sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));

describe('sentence segmentation', () => {
  it('splits plain sentences on . ? and !', () => {
    expect(split('The line is idle. Why does it matter? Because it is short! It is.', 'en')).toEqual([
      'The line is idle.',
      'Why does it matter?',
      'Because it is short!',
      'It is.',
    ]);
  });

  it.each([
    ['en', 'Dr. Leyla Mammadova argues so. Prof. Smith agrees.', ['Dr. Leyla Mammadova argues so.', 'Prof. Smith agrees.']],
    ['en', 'Investors are cautious, e.g. about costs. They wait.', ['Investors are cautious, e.g. about costs.', 'They wait.']],
    ['en', 'Some routes, i.e. Aras, are longer. Others not.', ['Some routes, i.e. Aras, are longer.', 'Others not.']],
    ['en', 'The U.S. and the EU agree. Russia does not.', ['The U.S. and the EU agree.', 'Russia does not.']],
    ['en', 'Decree No. 12 of the ministry applies. See Art. 4 and Vol. 4, pp. 33-41.', ['Decree No. 12 of the ministry applies.', 'See Art. 4 and Vol. 4, pp. 33-41.']],
    ['en', 'She received her Ph.D. in 2016. She moved.', ['She received her Ph.D. in 2016.', 'She moved.']],
    ['en', 'The review by M. Sargsyan and K. Özdemir is short. It helps.', ['The review by M. Sargsyan and K. Özdemir is short.', 'It helps.']],
    ['tr', 'Doç. Dr. Selim Karaosman yazdı. Prof. Dr. Kerem Yılmazer katıldı.', ['Doç. Dr. Selim Karaosman yazdı.', 'Prof. Dr. Kerem Yılmazer katıldı.']],
    ['tr', 'Yatırımcılar temkinli, örn. kompresör maliyetleri konusunda. Bekliyorlar.', ['Yatırımcılar temkinli, örn. kompresör maliyetleri konusunda.', 'Bekliyorlar.']],
    ['tr', 'Ayrıntılar için bkz. Ek tablo. Sonuç açıktır.', ['Ayrıntılar için bkz. Ek tablo.', 'Sonuç açıktır.']],
    ['tr', 'Boru, ray vb. hatlar var. Yenileri de var.', ['Boru, ray vb. hatlar var.', 'Yenileri de var.']],
    ['tr', 'T.C. Dışişleri Bakanlığı açıkladı. Karar kesin.', ['T.C. Dışişleri Bakanlığı açıkladı.', 'Karar kesin.']],
    ['tr', 'Bkz. md. 9 ve C. 4, S. 12, s. 33-41. Sonra geldi.', ['Bkz. md. 9 ve C. 4, S. 12, s. 33-41.', 'Sonra geldi.']],
  ] as const)('abbreviations (%s): %s', (lang, text, expected) => {
    expect(split(text, lang)).toEqual(expected);
  });

  it('does not end a sentence at a Turkish ordinal', () => {
    expect(split('19. yüzyılda Bakü petrolü vardı. 2. Karabağ Savaşı sonrasında her şey değişti. 9. madde açıktır.', 'tr')).toEqual([
      '19. yüzyılda Bakü petrolü vardı.',
      '2. Karabağ Savaşı sonrasında her şey değişti.',
      '9. madde açıktır.',
    ]);
  });

  it('does not end a Turkish sentence at a Roman ordinal, but does in English', () => {
    expect(split('II. Dünya Savaşı sonrasında bölge değişti. XIX. yüzyılda farklıydı. IV. Murat dönemi. Bölüm III. Bu bölümde sonuçlar var.', 'tr')).toEqual([
      'II. Dünya Savaşı sonrasında bölge değişti.',
      'XIX. yüzyılda farklıydı.',
      'IV. Murat dönemi.',
      'Bölüm III.',
      'Bu bölümde sonuçlar var.',
    ]);
    expect(split('After World War II. The war ended.', 'en')).toEqual(['After World War II.', 'The war ended.']);
    expect(split('Ör. Azerbaycan ve Gürcistan.', 'tr')).toEqual(['Ör. Azerbaycan ve Gürcistan.']);
    expect(split('Hat yak. 300 km olacak.', 'tr')).toEqual(['Hat yak. 300 km olacak.']);
  });

  it('keeps a caption whole when its label opens the paragraph', () => {
    expect(split('Figure 1. The Caspian ports.', 'en')).toEqual(['Figure 1. The Caspian ports.']);
    expect(split('See Table 2. The results are clear.', 'en')).toEqual(['See Table 2.', 'The results are clear.']);
    expect(split('Şekil 1. Hazar limanları.', 'tr')).toEqual(['Şekil 1. Hazar limanları.']);
    // after the noun it labels a number is no ordinal (Turkish writes "2. Ek"): its full stop ends the sentence
    expect(split('Bakınız: Ek 2. Rapor bitti.', 'tr')).toEqual(['Bakınız: Ek 2.', 'Rapor bitti.']);
  });

  it('ends a Turkish sentence at a short number when a word that only starts sentences follows', () => {
    expect(split('Ziyaretçi sayısı 2023’te 12. Bu artış dikkat çekti. Oran 45. Ancak 3. Ordu ve 2. Dünya Savaşı başka.', 'tr')).toEqual([
      'Ziyaretçi sayısı 2023’te 12.',
      'Bu artış dikkat çekti.',
      'Oran 45.',
      'Ancak 3. Ordu ve 2. Dünya Savaşı başka.',
    ]);
  });

  it('ends a sentence at a dotted acronym or degree only when a sentence starter follows', () => {
    expect(split('Aid came from the U.S. The EU followed. The U.S. Army left. She holds a Ph.D. In 2019 she moved.', 'en')).toEqual([
      'Aid came from the U.S.',
      'The EU followed.',
      'The U.S. Army left.',
      'She holds a Ph.D.',
      'In 2019 she moved.',
    ]);
    expect(split('The deal went to Caspian Shipping Ltd. The firm is new. Socar Co. Ltd. Baku signed.', 'en')).toEqual([
      'The deal went to Caspian Shipping Ltd.',
      'The firm is new.',
      'Socar Co. Ltd. Baku signed.',
    ]);
    expect(split('Anlaşmayı BOTAŞ A.Ş. imzaladı. İhale Hazar Denizcilik Ltd. Şti. şirketine gitti. Bu şirket yeni.', 'tr')).toEqual([
      'Anlaşmayı BOTAŞ A.Ş. imzaladı.',
      'İhale Hazar Denizcilik Ltd. Şti. şirketine gitti.',
      'Bu şirket yeni.',
    ]);
    expect(split('Projeyi destekleyen ülke ABD. Bu destek sürüyor. T.C. Dışişleri Bakanlığı açıkladı.', 'tr')).toEqual([
      'Projeyi destekleyen ülke ABD.',
      'Bu destek sürüyor.',
      'T.C. Dışişleri Bakanlığı açıkladı.',
    ]);
  });

  it('reads military ranks and era marks as abbreviations', () => {
    expect(split('Org. Gen. Hasanov ve Alb. Demir katıldı. Görüşmeler olumlu geçti.', 'tr')).toEqual(['Org. Gen. Hasanov ve Alb. Demir katıldı.', 'Görüşmeler olumlu geçti.']);
    expect(split('M.Ö. 4. yüzyılda kurulan şehir M.S. 1. yüzyılda büyüdü. Şehir M.Ö. 330’da kuruldu. Bu dönemde büyüdü.', 'tr')).toEqual([
      'M.Ö. 4. yüzyılda kurulan şehir M.S. 1. yüzyılda büyüdü.',
      'Şehir M.Ö. 330’da kuruldu.',
      'Bu dönemde büyüdü.',
    ]);
    expect(split('In A.D. 1071 the battle took place. The city was founded in 330 B.C. The Romans came later.', 'en')).toEqual([
      'In A.D. 1071 the battle took place.',
      'The city was founded in 330 B.C.',
      'The Romans came later.',
    ]);
  });

  it('reads any run of single letters and full stops as a dotted acronym', () => {
    expect(split('İ.Ü. Hukuk Fakültesi’nden mezun oldu. Sonra O.D.T.Ü. Bu kez kabul etti.', 'tr')).toEqual([
      'İ.Ü. Hukuk Fakültesi’nden mezun oldu.',
      'Sonra O.D.T.Ü.',
      'Bu kez kabul etti.',
    ]);
    expect(split('Prof.Dr. Ali Kaya geldi. Toplantı başladı.', 'tr')).toEqual(['Prof.Dr. Ali Kaya geldi.', 'Toplantı başladı.']);
  });

  it('splits sentences whose space after the full stop was lost, but not abbreviations or names with a dot', () => {
    expect(split('Azerbaijan agreed.The EU did not. Dr.Smith came. See Node.Js and hakam.org.Tr now.', 'en')).toEqual([
      'Azerbaijan agreed.',
      'The EU did not.',
      'Dr.Smith came.',
      'See Node.Js and hakam.org.Tr now.',
    ]);
    expect(split('Anlaşma imzalandı.Bu önemli bir adım.', 'tr')).toEqual(['Anlaşma imzalandı.', 'Bu önemli bir adım.']);
  });

  it('reads a number after a page or article abbreviation as a reference, not an ordinal', () => {
    expect(split('Kaynak: a.g.e., s. 45. Ayrıntılar ekte. Bkz. md. 12. Madde açıktır.', 'tr')).toEqual([
      'Kaynak: a.g.e., s. 45.',
      'Ayrıntılar ekte.',
      'Bkz. md. 12.',
      'Madde açıktır.',
    ]);
    expect(split('Gnkur. Bşk. katıldı. Şirket İst. Tic. Odası’na kayıtlı.', 'tr')).toEqual(['Gnkur. Bşk. katıldı.', 'Şirket İst. Tic. Odası’na kayıtlı.']);
  });

  it('still ends a Turkish sentence at a year', () => {
    expect(split('Anlaşma imzalandı 2020. Bu yıl yürürlüğe girdi.', 'tr')).toEqual(['Anlaşma imzalandı 2020.', 'Bu yıl yürürlüğe girdi.']);
  });

  it('keeps decimals in both conventions', () => {
    expect(split('Exports rose to 11.4 bcm. The target is 3,5 billion.', 'en')).toHaveLength(2);
    expect(split('İhracat 11,4 milyar m3 oldu. Hedef 3.5 milyar.', 'tr')).toEqual(['İhracat 11,4 milyar m3 oldu.', 'Hedef 3.5 milyar.']);
  });

  it('keeps closing quotes and parentheses with the sentence', () => {
    expect(split('He called it a "strategic asset." Investors wait. (They do so.) Then "Why?" he asked.', 'en')).toEqual([
      'He called it a "strategic asset."',
      'Investors wait.',
      '(They do so.)',
      'Then "Why?" he asked.',
    ]);
  });

  it('handles ellipsis: a boundary before upper case, none before lower case', () => {
    expect(split('The talks stalled… Nobody knows why. It went on … and on.', 'en')).toEqual([
      'The talks stalled…',
      'Nobody knows why.',
      'It went on … and on.',
    ]);
  });

  it('keeps footnote markers on the sentence they follow', () => {
    expect(split('Volumes doubled.[7] A memorandum followed.<sup>[1]</sup> Then came 2027.[2][3] End.', 'en')).toEqual([
      'Volumes doubled.[7]',
      'A memorandum followed.<sup>[1]</sup>',
      'Then came 2027.[2][3]',
      'End.',
    ]);
  });

  it('never splits inside a URL or an e-mail address', () => {
    expect(split('See https://www.hakam-caspian.org/en/analysis/2024-11. Write to info@hakam.org.tr. Thanks.', 'en')).toEqual([
      'See https://www.hakam-caspian.org/en/analysis/2024-11.',
      'Write to info@hakam.org.tr.',
      'Thanks.',
    ]);
  });

  it('needs upper case or a digit after the full stop', () => {
    expect(split('the value is 3. and more follows.', 'en')).toHaveLength(1);
  });
});

const para = (kind: Paragraph['kind'], text: string): Paragraph => ({ kind, text, marks: [], line: 1 });

describe('paragraph-level segmentation', () => {
  it('keeps headings, metadata lines and footnote entries whole', () => {
    const segments = segmentParagraphs(
      [para('metadata', 'Dr. Ayça TEKİNALP'), para('heading', 'About the Author :'), para('footnote', '[6] See M. Sargsyan. Vol. 4. No. 12.')],
      'en',
    );
    expect(segments.map((s) => s.text)).toEqual(['Dr. Ayça TEKİNALP', 'About the Author :', '[6] See M. Sargsyan. Vol. 4. No. 12.']);
  });

  it('joins a sentence that a page break cut into two paragraphs', () => {
    const joined = joinBrokenParagraphs([
      para('body', 'Georgia earns transit fees from every cubic metre that crosses its'),
      para('body', 'territory, and it guards this role carefully. It is small.'),
      para('body', 'A new paragraph starts here.'),
    ]);
    expect(joined.map((p) => p.text)).toEqual([
      'Georgia earns transit fees from every cubic metre that crosses its territory, and it guards this role carefully. It is small.',
      'A new paragraph starts here.',
    ]);
    expect(segmentParagraphs(joined, 'en').map((s) => s.text)[0]).toBe(
      'Georgia earns transit fees from every cubic metre that crosses its territory, and it guards this role carefully.',
    );
  });

  it('does not join a finished sentence to the next paragraph', () => {
    expect(joinBrokenParagraphs([para('body', 'It ended.'), para('body', 'iPhone exports rose.')])).toHaveLength(2);
  });

  it('records character ranges of each segment in its paragraph', () => {
    const p = para('body', 'One.  Two.');
    const [a, b] = segmentParagraphs([p], 'en');
    expect(p.text.slice(a!.start, a!.end)).toBe('One.');
    expect(p.text.slice(b!.start, b!.end)).toBe('Two.');
  });
});
