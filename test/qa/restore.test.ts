import { beforeAll, describe, expect, it } from 'vitest';
import { applyRestorations, checkDocument, documentVocabulary, restoreLost, vocabularyOf } from '../../src/qa/index.js';
import { TermMatcher } from '../../src/glossary/index.js';
import { preloadRestoration, restorationSources } from '../../src/qa/dictionaries.js';
import { SkeletonIndex, skeletonHash } from '../../src/qa/skeleton.js';
import { namedByTranslation, translatedStems } from '../../src/qa/translated-stems.js';

const vocabulary = vocabularyOf(['Ahılkelek is a town near Kars.', 'Karabağ, Karabağ’da, Lachin’s residents', 'Iğdır ve Şuşa', 'üç boru hattı', 'dışı ve dış']);
const restore = (text: string) => applyRestorations(text, restoreLost(text, vocabulary));

describe('restoring lost characters from the document', () => {
  it('puts back a word the document writes intact elsewhere, one or two symbols per character', () => {
    expect(restore('Ah□lkelek grew.')).toBe('Ahılkelek grew.');
    expect(restore('in Karaba\ufffd\ufffd.')).toBe('in Karabağ.');
    expect(restore('I□d□r and □□u□a')).toBe('Iğdır and Şuşa');
    expect(restore('Lachin□□s residents')).toBe('Lachin’s residents');
  });
  it('capitalises a word that opens a sentence', () => {
    expect(restore('□□ç boru hattı var.')).toBe('Üç boru hattı var.');
    expect(restore('Evet: □□ç tane.')).toBe('Evet: üç tane.');
  });
  it("lists the document's one word for a wide gap when no dictionary or corpus can say what else fits", () => {
    // d and four symbols: dış, dışı, düşü … — the document writing only dışı says nothing of the others
    expect(restoreLost('bu yana d□□□□ dünyayla', vocabularyOf(['Ülkenin dışı.']))[0]).toMatchObject({ certain: false, candidates: ['dışı'] });
    // three letters kept for one lost: the document's word is sure
    expect(applyRestorations('Kars ile Bak□□ arasında', restoreLost('Kars ile Bak□□ arasında', vocabularyOf(['Bakü limanı'])))).toBe('Kars ile Bakü arasında');
  });
  it('takes a whole lost word from the link in the same line', () => {
    expect(restore('Armenia □□□□□ Relations (https://example.org/analysis/armenia-india-relations)')).toBe('Armenia India Relations (https://example.org/analysis/armenia-india-relations)');
  });
  it('lists the words that fit when several do, and guesses nothing', () => {
    const [r] = restoreLost('ülkenin d□□□ ile ilişkileri', vocabulary);
    expect(r).toMatchObject({ certain: false, candidates: ['dış', 'dışı'] });
    expect(restore('ülkenin d□□□ ile ilişkileri')).toBe('ülkenin d□□□ ile ilişkileri');
  });
  it('where the document writes two words that fit, takes the one whose Turkish letters the decision lists confirm in the line', () => {
    const both = vocabularyOf(['Bu değil.', 'Yarayı deşil diye yazdı.']);
    const [r] = restoreLost('Sorun ray açıklığı de□il, Hazar geçişi.', both);
    expect(r).toMatchObject({ certain: true, candidates: ['değil', 'deşil'] });
    expect(restore('d□□□ politika')).toBe('dış politika');
    // both read right here: nothing is guessed
    expect(restoreLost('Ankara i□in önemli', vocabularyOf(['için', 'işin']))[0]).toMatchObject({ certain: false });
  });
  it('never fills a word of nothing but lost symbols from the vocabulary (a © is not "üç")', () => {
    expect(restore('□□ 2016-2024 HAKAM')).toBe('□□ 2016-2024 HAKAM');
  });
  it('inside a sentence takes no capital İ from a word the document writes small, and with no dictionary no letter marked where it writes one plain', () => {
    // the document's own words, both languages: "ilke" and English "in" are no proof of İlke or İn
    const words = vocabularyOf(['ilke olarak', 'in the end', 'Turkmenistan exports gas', 'tam bir']);
    expect(restoreLost('bu □lke için', words)[0]).toMatchObject({ certain: false });
    expect(restoreLost('elektronik □n beyan', words)[0]).toMatchObject({ certain: false });
    expect(restoreLost('T□rkmenistan gazı', words)[0]).toMatchObject({ certain: false });
    expect(restoreLost('t□m ekonomik', words)[0]).toMatchObject({ certain: false });
    // where a capital stands, İ is still taken
    expect(applyRestorations('□lke olarak.', restoreLost('□lke olarak.', words))).toBe('İlke olarak.');
  });
  it('takes no evidence from a spelling the glossary forbids', () => {
    const glossary = { entries: [{ id: 'baku', terms: [{ lang: 'tr' as const, text: 'Bakü', status: 'preferred' as const }, { lang: 'tr' as const, text: 'Bakı', status: 'deprecated' as const }] }] };
    const words = documentVocabulary([{ source: 'Baku', target: 'Kars' }], { srcLang: 'en', tgtLang: 'tr', matcher: new TermMatcher(glossary) });
    expect(words.has('Bakü')).toBe(true);
    expect(words.has('Bakı')).toBe(false);
  });
  it('the mojibake flag offers the restoration as its fix when the document allows one filling', () => {
    const pairs = [
      { id: 1, source: 'The border town of Ahılkelek.', target: 'Ahılkelek sınır kasabası.' },
      { id: 2, source: 'Trains stop in Ah□lkelek.', target: 'Trenler Ah\ufffdlkelek’te durur.' },
    ];
    const report = checkDocument(pairs, { srcLang: 'en', tgtLang: 'tr' });
    const flags = report.pairs.find((p) => p.id === 2)!.flags.filter((f) => f.check === 'mojibake');
    expect(flags.map((f) => [f.side, f.messageKey, f.fix])).toEqual([
      ['src', 'qa.mojibake.restorable', 'ı'],
      ['tgt', 'qa.mojibake.restorable', 'ı'],
    ]);
  });
});

describe('restoring lost characters from the dictionaries and the word counts', () => {
  const sources = restorationSources;
  const restoreAlone = (text: string, lang: 'en' | 'tr') => applyRestorations(text, restoreLost(text, vocabularyOf([text]), sources(lang)));
  beforeAll(async () => {
    await preloadRestoration('tr');
    await preloadRestoration('en');
  }, 60_000);

  it('finds every dictionary form a damaged word can have been, however many letters were lost', () => {
    expect(skeletonHash('s□k□□□t□')).toBe(skeletonHash('sıkıştı'));
    expect(new SkeletonIndex(['sıkıştı', 'sıkıntı', 'sokak']).lookup('s\ufffdk\ufffd\ufffdt\ufffd')).toEqual(['sıkıştı']);
    expect(restoreAlone('Toplant□n□n sonunda h□k□met ad□na konu□tu.', 'tr')).toBe('Toplantının sonunda hükümet adına konuştu.');
  });
  it('takes the filling people write far more often, and lists both when neither is', () => {
    // başında is common, bağında is not; iş and iç both are
    const [r] = restoreLost('ba□ında', vocabularyOf([]), sources('tr'));
    expect(r).toMatchObject({ certain: true, candidates: ['başında', 'bağında'] });
    const [both] = restoreLost('i□', vocabularyOf([]), sources('tr'));
    expect(both!.certain).toBe(false);
    expect(both!.candidates.slice(0, 2).sort()).toEqual(['iç', 'iş']);
  });
  it('where the words alone do not decide, takes the one the corpus writes next to the same neighbours', () => {
    expect(restoreAlone('Bu i□ zor.', 'tr')).toBe('Bu iş zor.');
    expect(restoreAlone('Bu durum gerilime yol a□□t□.', 'tr')).toBe('Bu durum gerilime yol açtı.');
    // a word in small letters is not an acronym the corpus writes small (YÖK)
    expect(restoreAlone('Hat yılda 6,5 milyon ton y□k taşıyacak.', 'tr')).toBe('Hat yılda 6,5 milyon ton yük taşıyacak.');
    // a neighbour that is itself damaged is no evidence
    expect(restoreLost('b□□ i□', vocabularyOf([]), sources('tr')).at(-1)!.certain).toBe(false);
  });
  it("where the words' own counts are too few, takes the filling whose family the corpus writes a hundred times more", () => {
    // karşılayıp is written once, karışlayıp never; karşıla- words hundreds of times, karışla- none
    expect(restoreAlone('Talebi kar□□□lay□□p geçti.', 'tr')).toBe('Talebi karşılayıp geçti.');
    expect(restoreAlone('Çatışmadan ka□□nmas□ gerekir.', 'tr')).toBe('Çatışmadan kaçınması gerekir.');
    // two common families (başla- and bağla-) are no proof for one form: both listed
    expect(restoreLost('Hattı ba□lad□□□ yıl', vocabularyOf([]), sources('tr'))[0]).toMatchObject({ certain: false });
  });
  it('restores the ending after a number by the number read aloud: vowel harmony, buffer letters, d/t and ordinals', () => {
    // 1990 — doksan: ların; 2023 — üç: ün; 3 — üç: üncü; 6 — altı (a vowel): ncı, no buffer-less ı
    expect(restoreAlone("Nahçıvan 1990'lar□n başından beri yalnız.", 'tr')).toBe("Nahçıvan 1990'ların başından beri yalnız.");
    expect(restoreAlone("2023'□□n ilk yarısında", 'tr')).toBe("2023'ün ilk yarısında");
    expect(restoreAlone("1990'l□ yıllar", 'tr')).toBe("1990'lı yıllar");
    expect(restoreAlone("3'□nc□ Köprü", 'tr')).toBe("3'üncü Köprü");
    expect(restoreAlone("6'nc□ Filo", 'tr')).toBe("6'ncı Filo");
    // the ending's own vowels in harmony: üncü, never üncı
    expect(restoreLost("4'□nc□ sırada", vocabularyOf([]), sources('tr'))[0]!.candidates).toEqual(["'üncü"]);
  });
  it('takes the one dictionary word of four letters or more that fits two kept letters; a shorter one may be an abbreviation', () => {
    expect(restoreAlone('Bakan ekibini □vd□.', 'tr')).toBe('Bakan ekibini övdü.');
    expect(restoreLost('Yazan: Do□. Dr. Ayşe', vocabularyOf([]), sources('tr'))[0]!.certain).toBe(false);
  });
  it("lists both where the corpus writes the rival too and its family within tenfold, or the document writes only the other's family", () => {
    const line = 'Hat iki limanı ba□layacak.';
    // the news corpus writes başlayacak 64 times and bağlayacak twice, but başlay-/bağlay- only
    // 8 to 1: bağlayacak is a live word, rare by the corpus's topics — listed, not guessed
    expect(restoreLost(line, vocabularyOf([line, 'Tren yarın kalkacak.']), sources('tr'))[0]).toMatchObject({ certain: false, candidates: ['başlayacak', 'bağlayacak'] });
    // a document about pipelines that writes bağlayan, and nothing of başla-: both are listed
    const [r] = restoreLost(line, vocabularyOf([line, 'İki ülkeyi bağlayan boru hattı.']), sources('tr'));
    expect(r).toMatchObject({ certain: false, candidates: ['başlayacak', 'bağlayacak'] });
    // the document writing both families says nothing either
    expect(restoreLost(line, vocabularyOf([line, 'İki ülkeyi bağlayan hat.', 'Çalışmalar başlayan yıl.']), sources('tr'))[0]!.certain).toBe(false);
  });
  it('takes the form the corpus writes ten times as often where the rival is never written, or its family is ten times rarer', () => {
    // bağından: no corpus form at all
    expect(restoreAlone('Yılın ba□□ından beri sürüyor.', 'tr')).toBe('Yılın başından beri sürüyor.');
    // bağladı is written (13 times), but başlad- sixteen times as often as bağlad-
    expect(restoreAlone('Çalışmalar geçen yıl ba□ladı.', 'tr')).toBe('Çalışmalar geçen yıl başladı.');
  });
  it('takes the filling the aligned English translates, against the counts; a name or a three-letter stem decides nothing', () => {
    const line = 'Hat iki limanı ba□layacak.';
    const withEnglish = (english: string, text = line) => restoreLost(text, vocabularyOf([text]), { ...sources('tr'), alignedEnglish: english });
    expect(applyRestorations(line, withEnglish('The line will connect the two ports.'))).toBe('Hat iki limanı bağlayacak.');
    expect(applyRestorations(line, withEnglish('Work on the line will start next year.'))).toBe('Hat iki limanı başlayacak.');
    // English that names neither leaves the counts, which do not decide between two live words
    expect(withEnglish('The line is long.')[0]).toMatchObject({ certain: false, candidates: ['başlayacak', 'bağlayacak'] });
    // "leader" gives baş-, which starts başlayacak as it starts a hundred other words
    expect(namedByTranslation(['başlayacak', 'bağlayacak'], translatedStems('The leader spoke.'))).toBeUndefined();
    expect(namedByTranslation(['Bakü', 'Bakı'], new Set(['baki']))).toBeUndefined();
    // a stem that ends before the letters differ says nothing of them
    expect(namedByTranslation(['kavramı', 'kavramış'], new Set(['kavram']))).toBeUndefined();
  });
  it('reads a progressive form by the stem whose last vowel -(I)yor took: "ties" names bağla- in bağlıyor', () => {
    expect(namedByTranslation(['başlıyor', 'bağlıyor'], translatedStems('The pipeline ties the city to the coast.'))).toBe('bağlıyor');
    expect(namedByTranslation(['başlıyor', 'bağlıyor'], translatedStems('Work starts today.'))).toBe('başlıyor');
    // a short root gives no stem to read (kal- of kalıyor is not kale, "castle")
    expect(namedByTranslation(['kalıyor', 'kılıyor'], new Set(['kalesi']))).toBeUndefined();
  });
  it('lists the dictionary\'s only word for a wide gap with few letters kept, where neither the corpus nor the document writes it', () => {
    // d·····l··k: three letters kept, five lost; the original (dışılık) is no dictionary word
    expect(restoreLost('ülke d□□□□□l□□k statüsü', vocabularyOf([]), sources('tr'))[0]).toMatchObject({ certain: false, candidates: ['düşçülük'] });
    // six letters kept: narrow enough
    expect(restoreAlone('Nahçıvan\'ın İran\'a ba□□□ml□l□□□□n□ azaltır.', 'tr')).toBe('Nahçıvan\'ın İran\'a bağımlılığını azaltır.');
  });
  it('qa check restores a Turkish side with its aligned English as evidence', () => {
    const pairs = [{ id: 1, source: 'The pipeline will connect Turkmenistan to Azerbaijan.', target: "Boru hattı Türkmenistan'ı Azerbaycan'a ba□layacak." }];
    const flag = checkDocument(pairs, { srcLang: 'en', tgtLang: 'tr' }).pairs[0]!.flags.find((f) => f.check === 'mojibake');
    expect(flag).toMatchObject({ side: 'tgt', messageKey: 'qa.mojibake.restorable', fix: 'ğ' });
  });
  it('writes a capital İ that the dictionary spells i, in capitals and at a word start', () => {
    expect(restoreAlone('YEN□ KOR□DOR', 'tr')).toBe('YENİ KORİDOR');
  });
  it('puts back a lost apostrophe before a case ending in vowel harmony, and an English possessive', () => {
    expect(restoreAlone('Ermenistan□□n tutumu', 'tr')).toBe('Ermenistan’ın tutumu');
    expect(restoreAlone('Russia□s focus shifted.', 'en')).toBe('Russia’s focus shifted.');
    expect(restoreAlone('IRAN\ufffd\ufffd\ufffdS NORTHERN NEIGHBOURS', 'en')).toBe('IRAN’S NORTHERN NEIGHBOURS');
  });
  it('puts a lost dash between two names, never inside a word', () => {
    expect(restoreAlone('The Armenian□Azerbaijani commission met.', 'en')).toBe('The Armenian–Azerbaijani commission met.');
    expect(restoreAlone('NAH□IVAN', 'tr')).not.toContain('–');
    // a chain of names, each dash lost as one or two symbols
    expect(restoreAlone('The Baku\ufffdTbilisi\ufffd\ufffdKars railway', 'en')).toBe('The Baku–Tbilisi–Kars railway');
  });
  it('between small-letter words takes the small word, not a name with its letters; next to a name leaves the capital possible', () => {
    expect(restoreAlone('Dijital araçlar da □elik kadar dayanıklı.', 'tr')).toBe('Dijital araçlar da çelik kadar dayanıklı.');
    expect(restoreAlone('Bu kelimeden □zenle kaçınılmalı.', 'tr')).toBe('Bu kelimeden özenle kaçınılmalı.');
    expect(restoreAlone('Nahçıvan □□zerk Cumhuriyeti', 'tr')).not.toContain('özerk');
    // a capital kept between small words marks a name: Bakü, not Bakış
    expect(restoreAlone('Demiryolu Kars ile Bak\ufffd\ufffd arasında uzanıyor.', 'tr')).toBe('Demiryolu Kars ile Bakü arasında uzanıyor.');
    // after a name that ends a list's item, a kept capital is a name of its own too
    expect(restoreAlone('Toplantılar Tiflis, Bak□□ ve Erivan’da yapıldı.', 'tr')).toBe('Toplantılar Tiflis, Bakü ve Erivan’da yapıldı.');
  });
  it('puts back an ending after a kept apostrophe in the name\'s vowel harmony, and a capital before the rest of a name', () => {
    expect(restoreAlone("Zengezur meselesi Pashinyan'□n ekibine iletildi.", 'tr')).toBe("Zengezur meselesi Pashinyan'ın ekibine iletildi.");
    // an ending of nothing but lost letters is in small letters after a capitalised name
    expect(restoreLost("Ermenistan'\ufffd tanıdı", vocabularyOf([]), sources('tr'))[0]!.candidates).not.toContain("Ermenistan'I");
    expect(restoreAlone('Tanap, \ufffd\ufffdah Deniz sahasından gaz taşıyor.', 'tr')).toBe('Tanap, Şah Deniz sahasından gaz taşıyor.');
  });
  it('puts back punctuation: quotes around a word, a dash alone between English words, a no-break space next to a common word', () => {
    expect(restoreAlone('The mayor called the project □□□overdue□□□.', 'en')).toBe('The mayor called the project “overdue”.');
    expect(restoreAlone('record passenger numbers \ufffd over five million', 'en')).toBe('record passenger numbers – over five million');
    expect(restoreAlone('India sees the North-South□□Transport Corridor as its road.', 'en')).toBe('India sees the North-South\u00a0Transport Corridor as its road.');
    // Turkish has words of nothing but letters outside ASCII: a lone run there is not a dash
    expect(restoreAlone('Koridor □□□ boru hattından oluşuyor.', 'tr')).not.toContain('–');
  });
  it('restores a Turkish name in an English line from the Turkish sources, and only a name', () => {
    expect(restoreAlone('Trade with T□rkiye and the port of Eski□□ehir grew.', 'en')).toBe('Trade with Türkiye and the port of Eskişehir grew.');
    expect(restoreAlone('The Kars□□I\ufffdd\ufffdr line', 'en')).toBe('The Kars–Iğdır line');
    // a small word the English sources do not know is not taken from Turkish
    expect(restoreLost('the b□□ld was', vocabularyOf([]), sources('en'))[0]?.candidates.every((w) => !/[çğışöü]/u.test(w))).toBe(true);
  });
  it('for a form no source writes, takes the filling whose letters read far more like Turkish, and harmony after a kept apostrophe', () => {
    const counts = sources('tr').counts!;
    expect(counts.letterLogProbability('karayollarının')).toBeGreaterThan(counts.letterLogProbability('karayollarınığn') + Math.log(1000));
    expect(restoreAlone('Ermenistan genelinde karayollar□n□□n durumu', 'tr')).toBe('Ermenistan genelinde karayollarının durumu');
    // TANAP takes back-vowel endings: no ö or ü in its suffix is offered
    const [r] = restoreLost("Yine de TANAP'\ufffd\ufffdnkiyle aynı", vocabularyOf([]), sources('tr'));
    expect(r!.candidates.every((w) => !/['’].*[öü]/u.test(w))).toBe(true);
  });
  it('fills letters inside a word in the case of the kept letter next to them, whatever case the source wrote', () => {
    // the document writes the name only in a heading in capitals
    expect(applyRestorations('G□ney Kafkasya', restoreLost('G□ney Kafkasya', vocabularyOf(['GÜNEY KAFKASYA'])))).toBe('Güney Kafkasya');
  });
  it('puts back a capital İ lost together with the letters after it, where a capital may stand', () => {
    expect(restoreAlone('\ufffd\ufffd\ufffd\ufffdin bu yol önemli.', 'tr')).toBe('İçin bu yol önemli.');
    expect(restoreAlone('Aynı Güzergâh □□□in Rakip Tasarımlar', 'tr')).toBe('Aynı Güzergâh İçin Rakip Tasarımlar');
  });
  it('between fillings of a name, takes the one its kept ending harmonises with', () => {
    const both = vocabularyOf(['Bakü', 'Bakı']);
    expect(applyRestorations("Kars ile Bak□'deki tesis", restoreLost("Kars ile Bak□'deki tesis", both, sources('tr')))).toBe("Kars ile Bakü'deki tesis");
    expect(restoreLost("Kars ile Bak□'daki tesis", both, sources('tr'))[0]).toMatchObject({ certain: true, candidates: ["Bakı'daki"] });
  });
  it('puts back a Turkish word of nothing but lost letters where the words next to it say so, and lists a dash beside it otherwise', () => {
    expect(restoreAlone('Siyaset her □□□ yılda bir değişir.', 'tr')).toBe('Siyaset her üç yılda bir değişir.');
    const [listed] = restoreLost('Koridorun geleceği □□ şeye bağlı', vocabularyOf([]), sources('tr'));
    expect(listed).toMatchObject({ certain: false });
    expect(listed!.candidates[0]).toBe('üç'); // the likeliest word first
    expect(listed!.candidates).toContain('–');
    // four symbols are no dash: the word counts decide
    expect(restoreAlone('Koridor □□□□ boru hattından oluşuyor.', 'tr')).toBe('Koridor üç boru hattından oluşuyor.');
    // three are a dash only where characters were lost byte by byte; a line that lost one
    // as a single symbol (K□rfez) lost a dash as one or two
    const threeAlone = restoreLost('Koridor □□□ boru hattından oluşuyor.', vocabularyOf([]), sources('tr'))[0]!;
    expect(threeAlone).toMatchObject({ certain: false });
    expect(threeAlone.candidates).toContain('–');
    expect(restoreAlone('Koridor □□□ boru hattından K□rfez’e uzanıyor.', 'tr')).toBe('Koridor üç boru hattından Körfez’e uzanıyor.');
  });
  it('restores a name and the ending after its kept apostrophe together, in harmony', () => {
    const line = "Nah\ufffd\ufffd\ufffd\ufffdvan'\ufffd\ufffdn dağları kurak.";
    expect(applyRestorations(line, restoreLost(line, vocabularyOf([line, 'Nahçıvan']), sources('tr')))).toBe("Nahçıvan'ın dağları kurak.");
    expect(applyRestorations("BAK□'N□N YENİ DIŞ POLİTİKASI", restoreLost("BAK□'N□N YENİ DIŞ POLİTİKASI", vocabularyOf(['Bakü']), sources('tr')))).toBe("BAKÜ'NÜN YENİ DIŞ POLİTİKASI");
  });
  it("after a common word written with a capital inside a sentence lists both cases, the one the document writes first", () => {
    const line = 'Yazar, Orta Doğu Teknik □□niversitesi mezunudur.';
    const alone = restoreLost(line, vocabularyOf([line]), sources('tr'))[0]!;
    expect(alone.certain).toBe(false);
    expect(alone.candidates).toEqual(expect.arrayContaining(['Üniversitesi', 'üniversitesi']));
    expect(restoreLost(line, vocabularyOf([line, 'Ankara Üniversitesi']), sources('tr'))[0]!.candidates[0]).toBe('Üniversitesi');
    // a word with a case ending attached follows the name; after a name proper the word is small anyway
    expect(restoreAlone('Yük, Orta Koridor □□zerinden taşınıyor.', 'tr')).toBe('Yük, Orta Koridor üzerinden taşınıyor.');
    expect(restoreAlone('Yük, Azerbaycan □□zerinden taşınıyor.', 'tr')).toBe('Yük, Azerbaycan üzerinden taşınıyor.');
  });
  it('after a number with its own ending writes a small letter; after a bare number either', () => {
    expect(restoreAlone("Çerçeve Temmuz 2022'de □izildi.", 'tr')).toBe("Çerçeve Temmuz 2022'de çizildi.");
    expect(restoreLost('12 □ehir gezildi', vocabularyOf([]), sources('tr'))[0]).toMatchObject({ certain: false, candidates: expect.arrayContaining(['şehir', 'Şehir']) });
  });
  it('capitalises a month after a day number, as a date is written; small on its own', () => {
    expect(restoreAlone('12 □□ubat 2023 günü imzalandı.', 'tr')).toBe('12 Şubat 2023 günü imzalandı.');
    expect(restoreAlone('Analiz No. 3. 3 \ufffd\ufffdubat.', 'tr')).toBe('Analiz No. 3. 3 Şubat.');
    expect(restoreAlone('Rapor □□ubatta çıktı.', 'tr')).toBe('Rapor şubatta çıktı.');
    // a first letter the document kept small stays small
    expect(restoreAlone('12 a□ustos', 'tr')).toBe('12 ağustos');
  });
  it('counts a name the document writes without Turkish letters (its English side) as written', () => {
    // Bakü and Bakış both fit, and the corpus writes bakış more; the English side of the document writes Baku
    const line = 'Ortaklık Bak□□ yakınlarındaki limanda imzalandı.';
    expect(restoreLost(line, vocabularyOf([line]), sources('tr'))[0]!.certain).toBe(false);
    const english = Array.from({ length: 12 }, (_, k) => `Report ${k} was signed in Baku.`);
    expect(applyRestorations(line, restoreLost(line, vocabularyOf([line, ...english]), sources('tr')))).toBe('Ortaklık Bakü yakınlarındaki limanda imzalandı.');
    // as English spells ş: Absheron; a name no Turkish source knows, which only the English side attests
    const field = 'Ab□eron sahasından gaz geliyor.';
    expect(restoreLost(field, vocabularyOf([field]), sources('tr'))[0]!.certain).toBe(false);
    expect(applyRestorations(field, restoreLost(field, vocabularyOf([field, 'new volumes from Absheron']), sources('tr')))).toBe('Abşeron sahasından gaz geliyor.');
  });
  it('weighs a name before a kept ending by how often the name is written: the ending is the same for every filling', () => {
    expect(restoreAlone("Hat ancak 2. Karabağ Sava□□□'ndan sonra açıldı.", 'tr')).toBe("Hat ancak 2. Karabağ Savaşı'ndan sonra açıldı.");
  });
  it('sets no apostrophe after a word the dictionary writes small, where the letters make one word', () => {
    expect(restoreAlone('Petrol Boru Hatt□□ndan geçiyor.', 'tr')).toBe('Petrol Boru Hattından geçiyor.');
    // unless the document writes the name: Ağdam’ın, though ağdam is a word too
    expect(applyRestorations('A□dam□□n yeni imar planı', restoreLost('A□dam□□n yeni imar planı', vocabularyOf(['Ağdam']), sources('tr')))).toBe('Ağdam’ın yeni imar planı');
  });
  it('marks â only on a word the corpus writes, and guesses no name it does not know', () => {
    expect(restoreAlone('h□l□ bekliyor', 'tr')).toBe('hâlâ bekliyor');
    // the dictionary writes it plain, the run held a letter outside ASCII: only â makes a word
    expect(restoreAlone('Bu g□□zerg□h□□n uzunluğu', 'tr')).toBe('Bu güzergâhın uzunluğu');
    // a marked letter lost together with others, which the sources write plainly (kağıt)
    expect(restoreAlone('Hat k□□□□□□t üzerinde kalır.', 'tr')).toBe('Hat kâğıt üzerinde kalır.');
    // also where a sentence opens or in capitals, where the capital names nothing
    expect(restoreAlone('G□□ZERG□HLAR VE YOLLAR', 'tr')).toBe('GÜZERGÂHLAR VE YOLLAR');
    // not in a capitalised word inside a sentence, which may be a name no source knows (Sünik, not Sînik)
    expect(restoreAlone('Ermenistan’ın S\ufffd\ufffdnik bölgesi', 'tr')).not.toContain('Sînik');
    // a name the English side writes plain: its lost letter may be ə as well as â
    expect(restoreLost('Dr. Leyla M□mm□dova savunuyor.', vocabularyOf(['Leyla Mammadova argues.']), sources('tr'))[0]!.certain).toBe(false);
    // a common word capitalised in a title is no such name
    expect(restoreAlone('Aynı G□□zerg□h İçin Rakip Tasarımlar', 'tr')).toBe('Aynı Güzergâh İçin Rakip Tasarımlar');
    // no source knows the name: the decision lists' filling is offered, not applied
    const [r] = restoreLost('Zangi□lan□n yolu', vocabularyOf([]), sources('tr'));
    expect(r!.certain).toBe(false);
  });
});
