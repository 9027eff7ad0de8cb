import type { SegmentationRules } from './types.js';

export const turkish: SegmentationRules = {
  neverFinal: [
    // unvanlar (titles) before a name
    'dr', 'prof', 'doç', 'yrd', 'yard', 'öğr', 'gör', 'arş', 'uzm', 'av', 'müh', 'ord', 'alb', 'org',
    'korg', 'tümg', 'tuğg', 'gen', 'yb', 'bnb', 'yzb', 'ütğm', 'tğm', 'asb', 'sn', 'mr', 'mrs', 'ms', 'st',
    // institutions and addresses, which go on with a name or a number
    'üniv', 'fak', 'müd', 'hz', 'mah', 'cad', 'sok', 'ltd', 'gnkur', 'tic', 'san', 'koop', 'ist', 'ank',
    // abbreviations that introduce what follows
    'ör', 'örn', 'bkz', 'krş', 'karş', 'vd', 'akt', 'çev', 'haz', 'ed', 'der', 'yay', 'bşk', 'gn',
    'e.g', 'i.e', 'cf', 'et al', 'ph.d',
    // months, when abbreviated before a day or a year
    'oca', 'şub', 'nis', 'haz', 'tem', 'ağu', 'eyl', 'eki', 'kas', 'ara',
  ],
  finalBeforeStarter: [
    // dotted acronyms, and the era marks, which mostly stand before a year (M.Ö. 330)
    't.c', 'a.b.d', 'u.s', 'u.k', 'u.n', 'e.u', 'm.ö', 'm.s',
    // company forms (anonim şirket, şirketi)
    'a.ş', 'şti',
  ],
  beforeNumber: [
    'no', 'md', 'mad', 'fık', 'ss', 's', 'c', 'cilt', 'sy', 'sf', 'şek', 'tab', 'bl', 'böl', 'nr',
    'art', 'vol', 'p', 'pp', 'ch',
    // yaklaşık (approximately) before a quantity: "yak. 300 km"
    'yak', 'yakl',
  ],
  ordinalMaxDigits: 3,
  captionLabels: ['şekil', 'tablo', 'harita', 'grafik', 'kutu', 'resim', 'fotoğraf', 'görsel', 'ek', 'madde', 'bölüm', 'sayfa'],
  sentenceStarters: [
    // demonstratives and pronouns
    'bu', 'bunu', 'bunun', 'buna', 'bunda', 'bundan', 'bunlar', 'bunları', 'bunların', 'şu', 'şunu', 'o', 'onu', 'onun', 'ona', 'onlar',
    'onların', 'bunlardan', 'biz', 'siz', 'ben', 'sen',
    // conjunctions and sentence adverbs
    'ancak', 'ama', 'fakat', 'lakin', 'oysa', 'oysaki', 'halbuki', 'ayrıca', 'üstelik', 'dolayısıyla', 'böylece', 'örneğin', 'mesela',
    'yine', 'hem', 'ne', 'çünkü', 'zira', 'nitekim', 'bununla', 'öte', 'yani', 'kısacası', 'sonuç', 'sonuçta', 'aslında', 'elbette',
    'özellikle', 'ardından', 'sonra', 'önce', 'şimdi', 'artık', 'henüz', 'hâlâ', 'halen', 'ise', 'dahası', 'keza', 'buradan', 'burada',
    // determiners and quantifiers
    'bir', 'her', 'hiç', 'bazı', 'birçok', 'pek', 'çoğu', 'tüm', 'bütün', 'diğer', 'başka', 'hangi', 'kimi', 'en', 'daha',
  ],
};
