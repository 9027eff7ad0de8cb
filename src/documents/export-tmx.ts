import { documentHead, listPairs, type Db } from '../db/index.js';
import { PairFormatting } from './pair-formatting.js';
import { omegatSegments } from '../formats/omegat-tags.js';
import { tmxHead, tmxUnit } from '../formats/tmx/index.js';

/**
 * A document's translated pairs as TMX 1.4b (each pair one <tu>, the document as origin,
 * bold, italic and links as paired codes); regions, when given, go into the language codes
 * (en-US, tr-TR). Profile omegat3: the segments as OmegaT's own TMX holds them.
 */
export function exportDocumentTmx(db: Db, documentId: number, regions: { srcRegion?: string; tgtRegion?: string; profile?: 'standard' | 'omegat3' } = {}): string {
  const doc = documentHead(db, documentId);
  const src = regions.srcRegion ? `${doc.src}-${regions.srcRegion}` : doc.src;
  const tgt = regions.tgtRegion ? `${doc.tgt}-${regions.tgtRegion}` : doc.tgt;
  // OmegaT 3 matches its segments only against TMX text in its own form (tags as <b0>, with
  // no text inside codes), which it reads from a TMX that OmegaT wrote: omegat-tags.ts
  const omegat = regions.profile === 'omegat3';
  const parts = [tmxHead(src, omegat ? 'OmegaT' : 'Hizala')];
  const formatting = new PairFormatting(db, documentId);
  for (const p of listPairs(db, documentId)) {
    if (!p.source.trim() || !p.target.trim()) continue;
    const marks = formatting.of(p);
    const segments = omegat ? omegatSegments(p.source, p.target, marks.source, marks.target) : null;
    parts.push(
      tmxUnit({ id: p.id, source: p.source, target: p.target, source_xml: segments?.source ?? null, target_xml: segments?.target ?? null, origin: `document:${documentId}`, author: null, created_at: p.updatedAt, changed_at: p.updatedAt }, src, tgt, marks),
    );
  }
  parts.push('  </body>\n</tmx>\n');
  return parts.join('');
}
