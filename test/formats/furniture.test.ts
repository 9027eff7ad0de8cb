import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/documents/index.js';
import { isPageNumber, readDocumentBytes } from '../../src/formats/index.js';

const segmentsOf = (text: string, name = 'analysis.en.txt') => segmentDocument(readDocumentBytes(new TextEncoder().encode(text), name), 'en').segments.map((s) => s.text);

describe('page furniture of extracted text', () => {
  it('recognises page numbers in their usual forms, and only those', () => {
    for (const text of ['7', '- 7 -', '— 12 —', 'Page 7', 'page 7 of 12', 'Sayfa 4', '3 / 12', 'p. 9']) expect(isPageNumber(text), text).toBe(true);
    for (const text of ['2020 was a turning point.', 'Table 3', '7 km', '[7] A footnote.', 'Article 9']) expect(isPageNumber(text), text).toBe(false);
  });

  it('drops page numbers and running headers, and joins the sentence a page break cut', () => {
    const text = [
      'CASPIAN PORTS',
      'The first paragraph says something. It goes on.',
      'The second paragraph is cut by a page break in the middle of',
      '2',
      'HAKAM · Caspian Analyses',
      'a sentence, which goes on here.',
      'A third paragraph follows.',
      '3',
      'HAKAM · Caspian Analyses',
      'The last paragraph ends the text.',
    ].join('\n\n');
    expect(segmentsOf(text)).toEqual([
      'CASPIAN PORTS',
      'The first paragraph says something.',
      'It goes on.',
      'The second paragraph is cut by a page break in the middle of a sentence, which goes on here.',
      'A third paragraph follows.',
      'The last paragraph ends the text.',
    ]);
  });

  it('keeps a line that repeats the title in the document head, and short lines repeated without page numbers', () => {
    const text = ['HAKAM Analysis', 'Body text of the analysis starts here.', '2', 'HAKAM Analysis', 'More body text.', '3', 'HAKAM Analysis', 'Why?', 'An answer.', 'Why?', 'Another answer.'].join('\n\n');
    expect(segmentsOf(text)).toEqual(['HAKAM Analysis', 'Body text of the analysis starts here.', 'More body text.', 'Why?', 'An answer.', 'Why?', 'Another answer.']);
    // the same subheading in every section of a report is text, however often it repeats
    const sections = ['Armenia', 'Background', 'Armenia has a long border.', 'Georgia', 'Background', 'Georgia has ports.', 'Azerbaijan', 'Background', 'Azerbaijan has gas.'].join('\n\n');
    expect(segmentsOf(sections).filter((s) => s === 'Background')).toHaveLength(3);
  });

  it('leaves web pages alone: a table cell may hold a bare number', () => {
    for (const name of ['table.en.html', 'table.en.xhtml', 'table-without-extension']) {
      expect(segmentsOf('<html><body><table><tr><td>Ships</td><td>20</td></tr></table></body></html>', name), name).toEqual(['Ships', '20']);
    }
  });
});
