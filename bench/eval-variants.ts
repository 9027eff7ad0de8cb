/**
 * The dev documents rewritten in other spellings a user's Markdown may have (npm run
 * eval): CRLF line ends, hard-wrapped paragraphs, Markdown footnotes ([^1], [^1]:),
 * superscripts without brackets (<sup>1</sup>), bold names, a level-1 title. Each is
 * segmented and aligned end to end and scored against the same gold as the original:
 * the readers should make them all read alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSides } from '../src/align/index.js';
import { segmentDocument } from '../src/documents/index.js';
import { readDocumentBytes } from '../src/formats/index.js';
import { beadScore, projectBeads, projectSegments } from './lib/align-score.js';
import { ALIGN_DIR, boundaryScore, goldBeads, goldSegments, setNames } from './lib/gold.js';

const VARIANTS: Record<string, (md: string) => string> = {
  'as given': (s) => s,
  'CRLF line ends': (s) => s.replace(/\n/g, '\r\n'),
  'hard-wrapped at 78': (s) =>
    s
      .split('\n')
      .map((line) => (line.startsWith('#') || line.length < 90 ? line : line.replace(/(.{1,78})(\s+|$)/g, '$1\n').trimEnd()))
      .join('\n'),
  'Markdown footnotes [^1]': (s) => s.replace(/<sup>\[(\d+)\]<\/sup>/g, '[^$1]').replace(/^\[(\d+)\] /gm, '[^$1]: '),
  '<sup>1</sup> markers': (s) => s.replace(/<sup>\[(\d+)\]<\/sup>/g, '<sup>$1</sup>'),
  'bold country names': (s) => s.replace(/\b(Azerbaijan|Azerbaycan|Armenia|Ermenistan|Georgia|Gürcistan)\b/g, '**$1**'),
  '# title': (s) => s.replace(/^## /m, '# '),
};

export function evalVariants(): void {
  const f = (x: number) => x.toFixed(3);
  console.log('the dev documents in other Markdown spellings (end to end: worst segmentation F1, bead F1 per set)');
  for (const [label, rewrite] of Object.entries(VARIANTS)) {
    const rows: string[] = [];
    for (const name of setNames()) {
      const side = (lang: 'en' | 'tr') => {
        const md = rewrite(readFileSync(join(ALIGN_DIR, `${name}.${lang}.md`), 'utf8'));
        return segmentDocument(readDocumentBytes(new TextEncoder().encode(md), `${name}.${lang}.md`), lang);
      };
      const src = side('en');
      const tgt = side('tr');
      const gold = goldBeads(name);
      const system = alignSides(src, tgt).map((b) => ({ en: b.src, tr: b.tgt }));
      const enText = src.segments.map((s) => s.text);
      const trText = tgt.segments.map((s) => s.text);
      const projected = projectBeads(system, projectSegments(enText, goldSegments(name, 'en')), projectSegments(trText, goldSegments(name, 'tr')));
      const seg = Math.min(boundaryScore(enText, goldSegments(name, 'en')).f1, boundaryScore(trText, goldSegments(name, 'tr')).f1);
      rows.push(`${name} ${f(seg)}/${f(beadScore(projected, gold).f1)}`);
    }
    console.log(`  ${label.padEnd(24)} ${rows.join(' · ')}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) evalVariants();
