import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/documents/index.js';
import { readDocumentBytes, readHtml, readMarkdown, readPlainText } from '../../src/formats/index.js';

const kinds = (ps: { kind: string }[]) => ps.map((p) => p.kind);

describe('markdown reader', () => {
  const md = `## THE TITLE OF THE ANALYSIS

Dr. Ayça TEKİNALP

Analysis No : 2024 / 11

14.05.2024

First **bold** sentence with a *term* and a marker.<sup>[1]</sup> Second sentence
continues on the next line.[2]

### *A Subheading*

- one item in a list
- another item

[1] First footnote, p. 8.

[2] Second footnote with a [link](https://example.org/a).

---

**E-Mail:** [info@hakam-caspian.org](mailto:info@hakam-caspian.org)
`;
  const paragraphs = readMarkdown(md);

  it('gives each paragraph its kind', () => {
    expect(kinds(paragraphs)).toEqual(['heading', 'metadata', 'metadata', 'metadata', 'body', 'heading', 'list-item', 'list-item', 'footnote', 'footnote', 'metadata']);
    expect(paragraphs[0]!.level).toBe(2);
    expect(paragraphs[8]!.footnote).toBe(1);
    expect(paragraphs[9]!.footnote).toBe(2);
  });

  it('removes bold and italic from the text but keeps them as marks', () => {
    const body = paragraphs[4]!;
    expect(body.text).toBe('First bold sentence with a term and a marker.[1] Second sentence continues on the next line.[2]');
    const marked = body.marks.map((m) => [m.type, body.text.slice(m.start, m.end)]);
    expect(marked).toEqual([
      ['bold', 'bold'],
      ['italic', 'term'],
      ['sup', '[1]'],
    ]);
    expect(paragraphs[5]!.text).toBe('A Subheading');
  });

  it('keeps link text and target', () => {
    const footnote = paragraphs[9]!;
    expect(footnote.text).toBe('[2] Second footnote with a link.');
    expect(footnote.marks).toContainEqual({ type: 'link', start: 27, end: 31, href: 'https://example.org/a' });
    expect(paragraphs[10]!.text).toBe('E-Mail: info@hakam-caspian.org');
  });

  it('drops thematic breaks and records line numbers', () => {
    expect(paragraphs.some((p) => p.text.includes('---'))).toBe(false);
    expect(paragraphs[4]!.line).toBe(9);
  });

  it('reads a pipe table as one paragraph per cell, without the delimiter row', () => {
    const ps = readMarkdown('Intro text here.\n\n| Route | Length |\n|:---|---:|\n| Aras corridor | 43 km |\n| A \\| B | 40 km |\n\nAfter the table.\n');
    expect(ps.map((p) => p.text)).toEqual(['Intro text here.', 'Route', 'Length', 'Aras corridor', '43 km', 'A | B', '40 km', 'After the table.']);
    expect(ps[3]!.line).toBe(5);
  });

  it('reads a block quote without its markers, an empty quoted line ending a paragraph', () => {
    const ps = readMarkdown('> A quoted passage.\n> It goes on.\n>\n> A second one.\n\nPlain text.\n');
    expect(ps.map((p) => p.text)).toEqual(['A quoted passage. It goes on.', 'A second one.', 'Plain text.']);
  });

  it('leaves a paragraph with a pipe but no delimiter row alone', () => {
    expect(readMarkdown('Either A | B holds.\nOr not.\n').map((p) => p.text)).toEqual(['Either A | B holds. Or not.']);
  });
});

describe('footnote markers in their several spellings', () => {
  it('reads <sup>1</sup>, <sup>[1]</sup> and Markdown [^1] as the marker [1], and [^1]: as a footnote entry', () => {
    const md = 'Volumes rose.<sup>1</sup> Prices fell.<sup>[2]</sup> Talks began.[^3] Rates held.<sup>4, 5</sup>\n\n[^1]: A report, 2023.\n';
    const ps = readMarkdown(md);
    expect(ps[0]!.text).toBe('Volumes rose.[1] Prices fell.[2] Talks began.[3] Rates held.[4,5]');
    expect(ps[0]!.marks.filter((m) => m.type === 'sup')).toHaveLength(4);
    expect(ps[0]!.kind).toBe('body');
    expect(ps[1]).toMatchObject({ kind: 'footnote', footnote: 1 });
    const sentences = segmentDocument({ file: 'x.md', encoding: 'utf-8', paragraphs: ps }, 'en').segments.map((x) => x.text);
    expect(sentences.slice(0, 4)).toEqual(['Volumes rose.[1]', 'Prices fell.[2]', 'Talks began.[3]', 'Rates held.[4,5]']);
  });

  it('reads an HTML superscript number as a marker too (an exponent, km<sup>2</sup>, reads the same way); other superscripts stay text', () => {
    const ps = readHtml('<p>Volumes rose.<sup>1</sup> The area is 5 km<sup>2</sup> wide, 10<sup>th</sup> in size.</p>');
    expect(ps[0]!.text).toBe('Volumes rose.[1] The area is 5 km[2] wide, 10th in size.');
  });
});

describe('plain-text reader', () => {
  it('joins lines of a paragraph and classifies title, body, heading and footnotes', () => {
    const ps = readPlainText('A SHORT TITLE\n\nThe first paragraph has a sentence.\nIt wraps.\n\nA Heading Later\n\nMore text follows here.\n\n[1] A footnote.\n');
    expect(kinds(ps)).toEqual(['metadata', 'body', 'heading', 'body', 'footnote']);
    expect(ps[1]!.text).toBe('The first paragraph has a sentence. It wraps.');
  });

  it('reads a short line with an e-mail or web address after the text as text, not as a heading', () => {
    const ps = readPlainText('The first paragraph has a sentence.\n\nPress office of the Delegation: press@example.org\n\nSee www.example.org/press\n\nA Heading Later\n');
    expect(kinds(ps)).toEqual(['body', 'body', 'body', 'heading']);
  });

  it('drops separator lines that hold no letter or digit', () => {
    const ps = readPlainText('First paragraph.\n\n---\n\n* * *\n\n• • •\n\nSecond paragraph.\n');
    expect(ps.map((p) => p.text)).toEqual(['First paragraph.', 'Second paragraph.']);
  });
});

describe('HTML reader', () => {
  const html = `<!doctype html><html><head><title>x</title><style>p{color:red}</style><script>alert("no")</script></head>
<body><h1>Gas &amp; Pipelines</h1>
<p>Europe's search has given the corridor a <b>second</b> life.<sup>[1]</sup> Next sentence.</p>
<script>document.write("hidden")</script>
<ul><li>First item</li><li>Second <i>item</i></li></ul>
<p>[1] Annual report, 2023, p. 14.</p>
</body></html>`;
  const ps = readHtml(html);

  it('reads headings, paragraphs and list items and drops scripts and styles', () => {
    expect(kinds(ps)).toEqual(['heading', 'body', 'list-item', 'list-item', 'footnote']);
    expect(ps[0]!.text).toBe('Gas & Pipelines');
    expect(ps.map((p) => p.text).join(' ')).not.toMatch(/alert|hidden|color/);
    expect(ps[1]!.line).toBe(3);
  });

  it('keeps inline marks', () => {
    const p = ps[1]!;
    expect(p.text).toBe("Europe's search has given the corridor a second life.[1] Next sentence.");
    expect(p.marks.map((m) => [m.type, p.text.slice(m.start, m.end)])).toEqual([
      ['bold', 'second'],
      ['sup', '[1]'],
    ]);
  });

  it('reads only the content a page marks as <main>, without menus, forms and site footers', () => {
    const page = `<html><body><header><div>HAKAM</div><nav><ul><li>Home</li></ul></nav></header>
<div class="cookie">We use cookies.</div>
<main><h1>Ports on the Caspian</h1><p>The bottleneck is the fleet.</p><section>Text straight in a section.</section></main>
<footer><p>All rights reserved.</p><form><button>Subscribe</button></form></footer></body></html>`;
    expect(readHtml(page).map((p) => p.text)).toEqual(['Ports on the Caspian', 'The bottleneck is the fleet.', 'Text straight in a section.']);
  });

  it('ends a paragraph at two line breaks in a row, as pages without <p> do', () => {
    const ps = readHtml('<div>First paragraph.<br><br>Second, <b>bold</b>.<br>Same one.<br>\n<br>Third.</div>');
    expect(ps.map((p) => p.text)).toEqual(['First paragraph.', 'Second, bold. Same one.', 'Third.']);
    expect(ps[1]!.marks).toEqual([{ type: 'bold', start: 8, end: 12 }]);
  });

  it('reads generated footnotes: linked superscript numbers, notes numbered only by their id, back links dropped', () => {
    const page = `<main><p>The port handled 7.2 Mt.<sup><a href="#fn1" id="fnref1">1</a></sup> It wants more.</p>
<aside class="pullquote"><p>The port handled 7.2 Mt.</p></aside>
<section class="footnotes"><ol><li id="fn1"><p>Port of Aktau, 2025. <a href="#fnref1" class="footnote-back">↩︎</a></p></li>
<li id="fn:2">Caspian Ports Association, 2024.</li></ol></section>
<ul><li>Plain item</li></ul></main>`;
    const ps = readHtml(page);
    expect(ps.map((p) => p.text)).toEqual(['The port handled 7.2 Mt.[1] It wants more.', '[1] Port of Aktau, 2025.', '[2] Caspian Ports Association, 2024.', 'Plain item']);
    expect(ps.map((p) => p.footnote ?? null)).toEqual([null, 1, 2, null]);
    expect(ps[3]!.kind).toBe('list-item');
  });

  it('reads text written straight into <body>, and a whole page where <main> is empty', () => {
    expect(readHtml('<html><body>Hello world.<br>Second line.</body></html>').map((p) => p.text)).toEqual(['Hello world. Second line.']);
    expect(readHtml('<html><body><main></main><p>Outside.</p></body></html>').map((p) => p.text)).toEqual(['Outside.']);
  });
});

describe('readDocumentBytes', () => {
  it('reads a file without an extension as what its text looks like', () => {
    const read = (text: string) => readDocumentBytes(Buffer.from(text), 'analysis').paragraphs.map((p) => [p.kind, p.text]);
    expect(read('<html><body><h1>Gas</h1><p>Text.</p></body></html>')).toEqual([['heading', 'Gas'], ['body', 'Text.']]);
    expect(read('## Gas\n\nText with **bold**.\n')).toEqual([['heading', 'Gas'], ['body', 'Text with bold.']]);
    expect(read('GAS\n\nText, written plainly, with a *star*.\n')).toEqual([['metadata', 'GAS'], ['body', 'Text, written plainly, with a *star*.']]);
  });

  it('refuses an unsupported extension naming the file', () => {
    expect(() => readDocumentBytes(Buffer.from('x'), 'analysis.odt')).toThrowError(/analysis\.odt: unsupported file type "\.odt"; use one of .*\.pdf, \.docx/);
  });
});

describe('Markdown left out', () => {
  it('drops HTML comments and images, keeping line numbers', () => {
    const ps = readMarkdown('## Title\n\n<!-- a note\n\nfor editors -->\n\n![Map of the route](map.png)\n\nText with an image ![x](y.png) inline. More!\n');
    expect(ps.map((p) => p.text)).toEqual(['Title', 'Text with an image inline. More!']);
    expect(ps[1]!.line).toBe(9);
  });
});

describe('Markdown reference links', () => {
  it('reads [text][label] as a link, and link definitions as no text; a note "[1]: …" stays a note', () => {
    const ps = readMarkdown('The [EU report][1] says so, see [the map][].\n\n[1]: https://example.org/report "The report"\n[The map]: <https://example.org/map>\n\n[2]: Ministry of Energy, annual report, 2024.\n');
    expect(ps.map((p) => p.text)).toEqual(['The EU report says so, see the map.', '[2]: Ministry of Energy, annual report, 2024.']);
    expect(ps[0]!.marks.filter((m) => m.type === 'link').map((m) => m.href)).toEqual(['https://example.org/report', 'https://example.org/map']);
    // a footnote marker is never read as a shortcut reference
    expect(readMarkdown('Prices rose.[1]\n\n[1]: https://example.org/x\n')[0]!.text).toBe('Prices rose.[1]');
  });
});

describe('Markdown setext headings', () => {
  it('reads a line underlined with = or - as a heading', () => {
    const ps = readMarkdown('Ports on the Caspian\n====================\n\nThe fleet is old.\n\nOutlook\n-------\n\nRail will grow.\n');
    expect(ps.map((p) => [p.kind, p.text, p.level])).toEqual([
      ['heading', 'Ports on the Caspian', 1],
      ['body', 'The fleet is old.', undefined],
      ['heading', 'Outlook', 2],
      ['body', 'Rail will grow.', undefined],
    ]);
  });
});

describe('plain text with a paragraph per line', () => {
  const long = (s: string) => `${s} ${'and the sentence goes on for a while, as paragraphs in analyses do, '.repeat(2).trim()}.`;
  it('reads each line as a paragraph when the lines are too long to have been wrapped', () => {
    const ps = readPlainText(['CASPIAN PORTS', long('The fleet is old'), 'The Rogun Project', long('The dam was designed in the 1970s')].join('\n'));
    expect(ps.map((p) => p.kind)).toEqual(['metadata', 'body', 'heading', 'body']);
    expect(ps[1]!.line).toBe(2);
  });
  it('still joins a hard-wrapped paragraph, even with one long URL line in it', () => {
    const url = `https://www.example.org/${'a'.repeat(130)}`;
    const ps = readPlainText(`The fleet is old and small,\nwhich the report at\n${url}\nexplains in detail.\n`);
    expect(ps).toHaveLength(1);
  });
});

describe('words hyphenated at a line end', () => {
  const text = 'The corridor is long-term policy.\n\nThe new corri-\ndor is a long-\nterm plan, for pre-\nand post-war trade.\n';
  it('are joined where the document writes them whole, and compounds keep their hyphen', () => {
    for (const ps of [readPlainText(text), readMarkdown(text)]) {
      expect(ps[1]!.text).toBe('The new corridor is a long-term plan, for pre- and post-war trade.');
    }
  });
});
