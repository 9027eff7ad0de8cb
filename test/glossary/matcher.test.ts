import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TermMatcher, termIssues } from '../../src/glossary/index.js';
import { readTbx } from '../../src/formats/glossary/index.js';
import { DEV } from '../helpers/cli.js';

const matcher = new TermMatcher(readTbx(readFileSync(join(DEV, 'qa/glossary.tbx'), 'utf8')));
const found = (text: string, lang: 'en' | 'tr') => matcher.find(text, lang).map((o) => `${o.entryId}:${o.found}${o.discouraged ? '!' : ''}`);

describe('term matcher', () => {
  it('takes Turkish suffixes after an apostrophe, straight or typographic', () => {
    expect(found("Zengezur'un ve Hankendi’de Paşinyan'ın", 'tr')).toEqual(['zangezur:Zengezur\'un', 'khankendi:Hankendi’de', 'pashinyan:Paşinyan\'ın']);
  });

  it('lets suffixes attach directly only to nouns (and x-suffixAttaches terms)', () => {
    expect(found('Orta Koridoru ve delimitasyonun', 'tr')).toEqual(['middle_corridor:Orta Koridoru', 'delimitation:delimitasyonun']);
    expect(found('İranlı ve Azerbaycanlı heyetler', 'tr')).toEqual([]);
    expect(found('the Iranian delegation met Bakunin', 'en')).toEqual([]);
  });

  it('folds case the Turkish way', () => {
    expect(found('ZENGEZUR KORİDORU', 'tr')).toEqual(['zangezur:ZENGEZUR']);
    expect(found('İRAN ve IRAN', 'tr')).toEqual(['iran:İRAN', 'iran:IRAN!']);
  });

  it('matches acronyms case-sensitively', () => {
    expect(found('TANAP and Tanap and tanap', 'en')).toEqual(['tanap:TANAP', 'tanap:Tanap!']);
  });

  it('matches across a no-break space, a line break and a soft hyphen, keeping the characters', () => {
    expect(found('Orta\u00a0Koridor’daki', 'tr')).toEqual(['middle_corridor:Orta\u00a0Koridor’daki']);
    expect(found('Güney\nKafkasya', 'tr')).toEqual(['south_caucasus:Güney\nKafkasya']);
    expect(found('Nah\u00adçıvan\'daki', 'tr')).toEqual(['nakhchivan:Nah\u00adçıvan\'daki']);
  });

  it('takes whitespace as the reference rules do (Python isspace), not as JavaScript does', () => {
    // NEL (U+0085), a line break in text from old systems, is whitespace; U+FEFF is not
    expect(found('Güney\u0085Kafkasya', 'tr')).toEqual(['south_caucasus:Güney\u0085Kafkasya']);
    expect(found('Güney\ufeffKafkasya', 'tr')).toEqual([]);
    // a URL runs on over U+FEFF, which is not a space
    expect(found('www.example.org/a\ufeffZangezur', 'en')).toEqual([]);
  });

  it('never starts inside a word, a URL or an e-mail address, and prefers the longest term', () => {
    expect(found('xKarabakh, Nagorno-Karabakh', 'en')).toEqual(['karabakh:Karabakh']);
    expect(found('see https://example.org/zengezur.pdf or baku.office@example.org', 'en')).toEqual([]);
    expect(found('the International North-South Transport Corridor', 'en')).toHaveLength(1);
  });

  it('reports forbidden variants and missing target terms in both directions', () => {
    const issues = termIssues(matcher, 'The Zengezur corridor reached Khankendi.', "Zengezur koridoru Hankendi'ye ulaştı.").map((i) => `${i.side}:${i.found}:${i.problem}`);
    expect(issues).toEqual(['en:Zengezur:forbidden-variant']);
    const missing = termIssues(matcher, 'Talks in Tbilisi.', 'Görüşmeler başkentte yapıldı.').map((i) => `${i.side}:${i.found}:${i.problem}:${i.suffix}`);
    expect(missing).toEqual(['en:Tbilisi:missing-target-term:']);
  });
});
