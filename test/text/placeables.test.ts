import { describe, expect, it } from 'vitest';
import { addresses, hasAddress } from '../../src/text/placeables.js';
import { segmentParagraphs } from '../../src/segment/index.js';
import { TermMatcher } from '../../src/glossary/index.js';
import { urlsDiffer } from '../../src/qa/checks/urls.js';

describe('web and e-mail addresses, one definition', () => {
  it('end before trailing punctuation and quotes, at whitespace as the reference rules define it', () => {
    expect(addresses('(see www.hakam-caspian.org/tr/analiz/2025-3).').map((a) => a.text)).toEqual(['www.hakam-caspian.org/tr/analiz/2025-3']);
    expect(addresses('“https://example.org/a?b=1”, or info@hakam.org.').map((a) => [a.kind, a.text])).toEqual([
      ['url', 'https://example.org/a?b=1'],
      ['email', 'info@hakam.org'],
    ]);
    expect(addresses('yazışma: gülşen.öztürk@örnek.com.tr')[0]?.text).toBe('gülşen.öztürk@örnek.com.tr');
    // U+FEFF is no space (Python's isspace), NEL is
    expect(addresses('www.example.org/a\ufeffb c')[0]?.text).toBe('www.example.org/a\ufeffb');
    expect(addresses('www.example.org/a\u0085b')[0]?.text).toBe('www.example.org/a');
    expect(hasAddress('no address here, 3.5 per cent')).toBe(false);
    // a case ending after an apostrophe is not part of the address
    expect(addresses("Rapor www.hakam-caspian.org’da ve info@hakam.org'a gönderildi.").map((a) => a.text)).toEqual(['www.hakam-caspian.org', 'info@hakam.org']);
  });

  it('are the same to the segmenter, the term matcher and the URL check', () => {
    const text = 'Read www.example.org/zangezur.html. Then write to zangezur@example.org.';
    // the segmenter cuts after the address's own full stop, not inside it
    expect(segmentParagraphs([{ kind: 'body', text, marks: [], line: 1 }], 'en').map((s) => s.text)).toEqual(['Read www.example.org/zangezur.html.', 'Then write to zangezur@example.org.']);
    // no term inside either address
    const matcher = new TermMatcher({ entries: [{ id: 'z', terms: [{ lang: 'en', text: 'Zangezur', status: 'preferred' }] }] });
    expect(matcher.find(text, 'en')).toEqual([]);
    // the same address on both sides, whatever punctuation or Turkish ending follows it, is no difference
    expect(urlsDiffer.run({ source: 'See www.example.org/a.', target: "Bkz. www.example.org/a'daki rapor." }, { srcLang: 'en', tgtLang: 'tr' })).toEqual([]);
    expect(urlsDiffer.run({ source: 'See www.example.org/a.', target: 'Bkz. www.example.org/b.' }, { srcLang: 'en', tgtLang: 'tr' })).toHaveLength(2);
  });
});
