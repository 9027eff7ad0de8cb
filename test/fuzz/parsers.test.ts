import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSides } from '../../src/align/index.js';
import { InputError } from '../../src/errors.js';
import { readHtml, readMarkdown, readPlainText, readPresegmented, xliff } from '../../src/formats/index.js';
import { unflattenCodes } from '../../src/formats/inline-codes.js';
import { defaultGlossary, TermMatcher } from '../../src/glossary/index.js';
import { readGlossaryCsv, readTbx } from '../../src/formats/glossary/index.js';
import { openDatabase } from '../../src/db/index.js';
import { detectMojibake } from '../../src/qa/index.js';
import { sentenceSpans } from '../../src/segment/index.js';
import { importTmxText } from '../../src/tm/index.js';

/**
 * Property tests: no parser, segmenter, matcher or detector crashes on arbitrary input;
 * parsers fail only with an InputError. A bounded number of cases here; `npm run fuzz`
 * runs many more (HIZALA_FUZZ_RUNS).
 */
const RUNS = Number(process.env.HIZALA_FUZZ_RUNS ?? 150);
const text = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom('Dr.', ' ', 'e.g.', '19.', 'Zengezur', "'un", '[1]', '<sup>[2]</sup>', '…', '?', '"', 'İ', 'ı', 'Ã¼', '□', '\n\n', 'https://x.org/a.b', 'U.S.', '3,5', 'Kasım', 'one.This', 'bitti.Bu', 'Prof.Dr.', 'M.Ö.', 'x', '\n', '| a | b |\n|---|---|\n', '> ', '<!-- c -->', '<!--', '![m](p.png)', 'corri-\ndor', '7\n\n', 'Title\n===\n', '<br><br>', 'x'.repeat(130)), { maxLength: 80 }).map((a) => a.join('')),
);
const xmlish = fc.oneof(
  text,
  fc.array(fc.constantFrom('<xliff version="1.2">', '<file>', '<body>', '<trans-unit id="p1">', '<source>', 'x', '</source>', '<target>', '</target>', '</trans-unit>', '<tmx>', '<tu>', '<tuv xml:lang="en">', '<seg>', '</seg>', '</tuv>', '</tu>', '<martif>', '<termEntry id="a">', '<langSet xml:lang="en">', '<tig>', '<term>', 'z', '</term>', '&amp;', '&x;', '<![CDATA[y]]>', '<!DOCTYPE x [<!ENTITY x "y">]>', '</body>', '</xliff>'), { maxLength: 40 }).map((a) => a.join('')),
);

function onlyInputErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
  }
}

describe('fuzzing', () => {
  it('the segmenter returns ordered, non-overlapping spans covering every non-space character', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en' as const, 'tr' as const), (s, lang) => {
        const spans = sentenceSpans(s, lang);
        let at = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(at);
          expect(span.end).toBeGreaterThan(span.start);
          expect(s.slice(at, span.start).trim()).toBe('');
          at = span.end;
        }
        expect(s.slice(at).trim()).toBe('');
      }),
      { numRuns: RUNS },
    );
  });

  it('readers, the mojibake detector and the term matcher never throw', () => {
    const matcher = new TermMatcher(defaultGlossary());
    fc.assert(
      fc.property(text, (s) => {
        readMarkdown(s);
        readPlainText(s);
        readHtml(s);
        readPresegmented(s);
        const m = detectMojibake(s, 'tr');
        expect(typeof m.fixed).toBe('string');
        for (const o of matcher.find(s, 'tr')) expect(s.normalize('NFC').slice(o.start, o.end)).toBe(o.found);
      }),
      { numRuns: RUNS },
    );
  });

  it('the aligner aligns any two inputs, covering every segment once', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const en = { lang: 'en' as const, ...readPresegmented(a) };
        const tr = { lang: 'tr' as const, ...readPresegmented(b) };
        const beads = alignSides(en, tr);
        expect(beads.flatMap((x) => x.src)).toEqual(en.segments.map((_, k) => k));
        expect(beads.flatMap((x) => x.tgt)).toEqual(tr.segments.map((_, k) => k));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('XML and CSV parsers fail only with a clear InputError', () => {
    const db = openDatabase(':memory:');
    fc.assert(
      fc.property(xmlish, (s) => {
        onlyInputErrors(() => xliff.readXliff(s, 'f.xlf'));
        onlyInputErrors(() => readTbx(s, 'f.tbx'));
        onlyInputErrors(() => readGlossaryCsv(s, 'f.csv'));
        onlyInputErrors(() => importTmxText(db, s, 'f.tmx'));
      }),
      { numRuns: RUNS },
    );
    db.close();
  });

  it("a returned target's codes, balanced or not, give formatting inside the text and never a character of their own", () => {
    const piece12 = fc.constantFrom('Aktau ', 'liman', '[1]', '<bpt id="f1" ctype="bold">&lt;b&gt;</bpt>', '<ept id="f1">&lt;/b&gt;</ept>', '<bpt id="f2">&lt;a href="https://e.org"&gt;</bpt>', '<ept id="f2">&lt;/a&gt;</ept>', '<g id="f3" ctype="italic">', '</g>', '<g id="g1">', '<ph id="m1">[2]</ph>', '<x id="m1"/>', '<bpt id="9">&lt;span&gt;</bpt>', '<ept id="9">&lt;/span&gt;</ept>', '<mrk mtype="seg" mid="1">', '</mrk>', '&amp;', 'ğ');
    const piece20 = fc.constantFrom('Aktau ', 'liman', '<pc id="f1" type="fmt" subType="xlf:b">', '<pc id="f2" type="link" dataRefStart="d1" dataRefEnd="d2">', '<pc id="f4">', '</pc>', '<ph id="m1" dataRef="d3"/>', '<sc id="s1"/>', '<ec startRef="s1"/>', '<cp hex="E9"/>', 'ç');
    const check = (file: string, xml: string) => {
      try {
        for (const u of xliff.readXliff(xml, file).units) {
          const target = u.target ?? '';
          expect(/[\u{F0000}-\u{F10FF}]/u.test(target)).toBe(false);
          for (const m of u.targetMarks ?? []) expect(0 <= m.start && m.start < m.end && m.end <= target.length).toBe(true);
        }
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
      }
    };
    fc.assert(
      fc.property(fc.array(piece12, { maxLength: 30 }), fc.array(piece20, { maxLength: 30 }), (a, b) => {
        check('f.xlf', `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="tr"><body><trans-unit id="p1"><source>x</source><target>${a.join('')}</target></trans-unit></body></file></xliff>`);
        check('f.xlf', `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="tr"><file id="f"><unit id="p1"><originalData><data id="d1">&lt;a href="https://e.org"&gt;</data><data id="d2">&lt;/a&gt;</data><data id="d3">[1]</data></originalData><segment><source>x</source><target>${b.join('')}</target></segment></unit></file></xliff>`);
        expect(() => unflattenCodes(a.join(''))).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('long adversarial inputs take linear time (no catastrophic backtracking)', () => {
    const patterns = ['a.', 'Dr. ', '...', '[1]', '<sup>', 'http://a.', 'x@y.', '19. ', "Zengezur'", 'Ã', '□', ' '.repeat(3), 'İI', '\u00ad'];
    for (const p of patterns) {
      const long = p.repeat(Math.ceil(100_000 / p.length));
      const t = performance.now();
      sentenceSpans(long, 'tr');
      readMarkdown(long);
      onlyInputErrors(() => readHtml(long)); // 20,000 unclosed <sup> nest past the depth limit: refused at once
      detectMojibake(long, 'en');
      new TermMatcher(defaultGlossary()).find(long, 'tr');
      expect(performance.now() - t, `pattern ${JSON.stringify(p)}`).toBeLessThan(3000);
    }
  });
});
