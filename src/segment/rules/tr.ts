import type { SegmentationRules } from './types.js';

export const turkish: SegmentationRules = {
  neverFinal: [
    // unvanlar (titles) before a name
    'dr', 'prof', 'doç', 'yrd', 'yard', 'öğr', 'gör', 'arş', 'uzm', 'av', 'müh', 'ord', 'alb', 'org',
    'korg', 'tümg', 'tuğg', 'sn', 'mr', 'mrs', 'ms', 'st',
    // abbreviations that introduce what follows
    'örn', 'bkz', 'krş', 'karş', 'vd', 'akt', 'çev', 'haz', 'ed', 'der', 'yay', 'bşk', 'gn',
    'e.g', 'i.e', 'cf', 'et al', 'ph.d',
    // dotted acronyms
    't.c', 'a.b.d', 'abd', 'u.s', 'u.k', 'u.n', 'e.u',
    // months, when abbreviated before a day or a year
    'oca', 'şub', 'nis', 'haz', 'tem', 'ağu', 'eyl', 'eki', 'kas', 'ara',
  ],
  beforeNumber: [
    'no', 'md', 'mad', 'fık', 'ss', 's', 'c', 'cilt', 'sy', 'sf', 'şek', 'tab', 'bl', 'böl', 'nr',
    'art', 'vol', 'p', 'pp', 'ch',
  ],
  ordinalMaxDigits: 3,
};
