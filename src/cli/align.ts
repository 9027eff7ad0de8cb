import { readFileSync } from 'node:fs';
import { alignSides, type AlignMethod, type AlignSide, type Bead } from '../align/index.js';
import { checkLanguage, segmentDocument } from '../documents/index.js';
import { InputError } from '../errors.js';
import { defaultGlossary, glossaryAnchors, TermMatcher } from '../glossary/index.js';
import { readGlossaryFile } from '../formats/glossary/index.js';
import { decodeText, readDocumentFile, readPresegmented } from '../formats/index.js';
import type { SegmentedSide } from '../model/index.js';
import type { Lang } from '../text/index.js';
import { formatRow, terminalColumns } from './columns.js';
import { progress, stringOption, UsageError, writeJson, type Command } from './command.js';

function readSide(path: string, lang: Lang, presegmented: boolean, force: boolean): AlignSide {
  let side: SegmentedSide;
  if (presegmented) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new InputError('no such file', { file: path });
    }
    side = { lang, ...readPresegmented(decodeText(bytes, path).text) };
  } else {
    side = segmentDocument(readDocumentFile(path), lang);
  }
  if (side.segments.length === 0) throw new InputError('no segments to align', { file: path });
  if (!force) checkLanguage(side, path);
  return side;
}

/** A two-column view for a terminal: score and shape, then English and Turkish wrapped to the width. */
export function formatBeads(beads: readonly Bead[], src: AlignSide, tgt: AlignSide, columns = terminalColumns()): string {
  const prefixWidth = 11; // "0.97? 1-1  "
  const width = Math.max(20, Math.floor((columns - prefixWidth - 3) / 2));
  return beads
    .map((b) => {
      const en = b.src.map((k) => src.segments[k]!.text).join(' ');
      const tr = b.tgt.map((k) => tgt.segments[k]!.text).join(' ');
      const mark = b.needsReview ? '?' : ' ';
      return formatRow(`${b.score.toFixed(2)}${mark} ${`${b.src.length}-${b.tgt.length}`.padEnd(4)} `, [en, tr], width);
    })
    .join('\n');
}

export const alignCommand: Command = {
  name: 'align',
  summary: 'align an English and a Turkish document sentence by sentence',
  usage: `hizala align EN_FILE TR_FILE [--presegmented] [--json] [--method full|anchors|length] [--force]

Prints the beads: {"segments":{"en":[…],"tr":[…]},"beads":[{"en":[0],"tr":[0],"score":0.97,"needsReview":false},…]}
with --json, otherwise a two-column view with each bead's score ("?" marks a bead to review).
--presegmented   each non-empty line is one segment, an empty line ends a paragraph;
                 indices count the non-empty lines from 0
--method anchors  lengths and anchors, without the lexicon (for comparison)
--method length   plain Gale–Church (lengths only), for comparison
--glossary FILE  a TBX or CSV glossary whose terms count as anchors (default: the
                 glossary Hizala ships; --glossary none for no glossary)
--force          align even when a file's text looks like the other language`,
  options: { presegmented: { type: 'boolean' }, json: { type: 'boolean' }, method: { type: 'string' }, glossary: { type: 'string' }, force: { type: 'boolean' } },
  run(values, positionals) {
    if (positionals.length !== 2) throw new UsageError('give EN_FILE and TR_FILE');
    const method = (values.method ?? 'full') as AlignMethod;
    if (method !== 'full' && method !== 'anchors' && method !== 'length') throw new UsageError('--method must be full, anchors or length');
    const presegmented = values.presegmented === true;
    const force = values.force === true;
    const src = readSide(positionals[0]!, 'en', presegmented, force);
    const tgt = readSide(positionals[1]!, 'tr', presegmented, force);
    progress(`aligning ${src.segments.length} English and ${tgt.segments.length} Turkish segments …`);
    const glossaryPath = stringOption(values, 'glossary');
    const glossary = glossaryPath === 'none' ? null : glossaryPath ? readGlossaryFile(glossaryPath) : defaultGlossary();
    const beads = alignSides(src, tgt, { method }, glossary ? { termAnchors: glossaryAnchors(new TermMatcher(glossary)) } : {});
    if (values.json) {
      writeJson({
        segments: { en: src.segments.map((s) => s.text), tr: tgt.segments.map((s) => s.text) },
        beads: beads.map((b) => ({ en: b.src, tr: b.tgt, score: b.score, needsReview: b.needsReview })),
      });
    } else {
      process.stdout.write(`${formatBeads(beads, src, tgt)}\n`);
      progress(`${beads.length} beads, ${beads.filter((b) => b.needsReview).length} to review`);
    }
    return 0;
  },
};
