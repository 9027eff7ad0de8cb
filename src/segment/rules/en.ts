import type { SegmentationRules } from './types.js';

export const english: SegmentationRules = {
  neverFinal: [
    // titles and honorifics, which precede a name
    'mr', 'mrs', 'ms', 'dr', 'prof', 'assoc', 'asst', 'st', 'gen', 'col', 'lt', 'capt', 'maj', 'sgt',
    'sen', 'rep', 'gov', 'pres', 'amb', 'rev', 'hon', 'jr', 'sr', 'mt', 'ft',
    // Latin and editorial abbreviations that introduce what follows
    'e.g', 'i.e', 'cf', 'viz', 'vs', 'incl', 'approx', 'ca', 'esp', 'resp', 'ed', 'eds', 'trans', 'et al',
    'dept', 'univ', 'inst', 'assn', 'est',
    // months, when abbreviated before a day or a year
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  finalBeforeStarter: [
    // dotted acronyms that name a country or body, and the era marks (A.D. 1071, 330 B.C.)
    'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.s.s.r', 'a.d', 'b.c',
    // degrees
    'ph.d', 'm.a', 'b.a', 'm.sc', 'b.sc', 'm.d', 'll.m',
    // company forms, which end a name and often a sentence
    'inc', 'ltd', 'co', 'corp', 'plc', 'llc',
  ],
  beforeNumber: [
    'no', 'nos', 'art', 'arts', 'vol', 'vols', 'p', 'pp', 'para', 'paras', 'ch', 'chap', 'sec',
    'fig', 'figs', 'tab', 'nr', 'op', 'ref', 'eq', 'ex', 'n', 'c',
  ],
  ordinalMaxDigits: 0,
  captionLabels: ['figure', 'fig', 'table', 'map', 'chart', 'graph', 'box', 'exhibit', 'diagram', 'photo', 'image', 'appendix', 'annex'],
  sentenceStarters: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'there', 'his', 'her', 'their', 'our',
    'but', 'however', 'yet', 'and', 'or', 'so', 'still', 'also', 'then', 'thus', 'therefore', 'meanwhile', 'moreover', 'furthermore',
    'nevertheless', 'instead', 'indeed', 'in', 'on', 'at', 'for', 'as', 'after', 'before', 'since', 'while', 'although', 'though',
    'when', 'if', 'many', 'some', 'most', 'such', 'both', 'each', 'only', 'other', 'neither', 'nor', 'all', 'what', 'how', 'why',
  ],
};
