import { documentHead, listPairs, type Db } from '../db/index.js';
import { tmxHead, tmxUnit } from '../tm/index.js';

/** A document's translated pairs as TMX 1.4b (each pair one <tu>, the document as origin); regions, when given, go into the language codes (en-US, tr-TR). */
export function exportDocumentTmx(db: Db, documentId: number, regions: { srcRegion?: string; tgtRegion?: string } = {}): string {
  const doc = documentHead(db, documentId);
  const src = regions.srcRegion ? `${doc.src}-${regions.srcRegion}` : doc.src;
  const tgt = regions.tgtRegion ? `${doc.tgt}-${regions.tgtRegion}` : doc.tgt;
  const parts = [tmxHead(src)];
  for (const p of listPairs(db, documentId)) {
    if (!p.source.trim() || !p.target.trim()) continue;
    parts.push(tmxUnit({ id: p.id, source: p.source, target: p.target, source_xml: null, target_xml: null, origin: `document:${documentId}`, author: null, created_at: p.updatedAt, changed_at: p.updatedAt }, src, tgt));
  }
  parts.push('  </body>\n</tmx>\n');
  return parts.join('');
}
