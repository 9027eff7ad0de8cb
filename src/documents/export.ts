import { getDocument, listPairs, type Db } from '../db/index.js';
import { InputError } from '../errors.js';
import { writeDocx, writeHtml, writeMarkdown } from './document-out.js';
import { rebuildDocument, type ExportSide } from './rebuild.js';
import { exportDocumentTmx } from './export-tmx.js';
import { exportDocumentXliffSplit } from './xliff.js';

export const EXPORT_FORMATS = ['xliff12', 'xliff20', 'tmx', 'docx', 'html', 'md'] as const;
/** Formats that are the document itself in one language, not a bilingual exchange file. */
const DOCUMENT_FORMATS: readonly string[] = ['docx', 'html', 'md'];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  format?: string;
  profile?: string;
  srcRegion?: string;
  tgtRegion?: string;
  /** For docx, html, md: the language to write (default: target). */
  side?: string;
  /** For docx, html, md: a pair without a translation gets its source text, marked (default), or the export is refused. */
  untranslated?: string;
  /** For XLIFF: the TM's matches as proposals, "yes" (default) or "no" (a TM look-up per pair: with a large TM, the longest part of a long document's export). */
  matches?: string;
}

export interface ExportedFile {
  /** Text for TMX, HTML and Markdown; bytes for Word; XLIFF's bytes in blocks, in order (its writer's, handed on without a copy into one). */
  body: string | Uint8Array | Uint8Array[];
  fileName: string;
  contentType: string;
}

const REGION = /^[A-Za-z]{2}$|^\d{3}$/;

function region(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !REGION.test(value)) throw new InputError(`${name} must be a region code such as US or TR, not "${value}"`);
  return value?.toUpperCase();
}

/**
 * A document as a file, from the options the CLI and the HTTP API both take (checked
 * here, once): for a CAT tool XLIFF 1.2 / 2.0 with an optional OmegaT profile and
 * language regions, or TMX; or the document itself in one language as Word, HTML or
 * Markdown, rebuilt from the current pairs.
 */
export async function exportDocument(db: Db, documentId: number, request: ExportRequest): Promise<ExportedFile> {
  const format = (request.format ?? 'xliff12') as ExportFormat;
  const profile = request.profile ?? 'standard';
  if (!EXPORT_FORMATS.includes(format)) throw new InputError(`format must be ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
  if (profile !== 'standard' && profile !== 'omegat3') throw new InputError(`profile must be omegat3 or standard, not "${profile}"`);
  if (request.matches !== undefined && request.matches !== 'yes' && request.matches !== 'no') throw new InputError(`matches must be yes or no, not "${request.matches}"`);
  const srcRegion = region('source region', request.srcRegion);
  const tgtRegion = region('target region', request.tgtRegion);
  if (DOCUMENT_FORMATS.includes(format)) return exportRebuilt(db, documentId, format as 'docx' | 'html' | 'md', request);
  if (format === 'tmx') {
    return { body: exportDocumentTmx(db, documentId, { ...(srcRegion ? { srcRegion } : {}), ...(tgtRegion ? { tgtRegion } : {}), profile }), fileName: `document-${documentId}.tmx`, contentType: 'application/x-tmx+xml; charset=utf-8' };
  }
  const parts = await exportDocumentXliffSplit(db, documentId, {
    version: format === 'xliff20' ? '2.0' : '1.2',
    profile,
    matches: request.matches !== 'no',
    ...(srcRegion ? { srcRegion } : {}),
    ...(tgtRegion ? { tgtRegion } : {}),
  });
  return { body: parts, fileName: `document-${documentId}${format === 'xliff20' ? '-2.0' : ''}.xlf`, contentType: 'application/xliff+xml; charset=utf-8' };
}

async function exportRebuilt(db: Db, documentId: number, format: 'docx' | 'html' | 'md', request: ExportRequest): Promise<ExportedFile> {
  const side = (request.side ?? 'target') as ExportSide;
  if (side !== 'source' && side !== 'target') throw new InputError(`side must be source or target, not "${request.side}"`);
  const untranslated = request.untranslated ?? 'source';
  if (untranslated !== 'source' && untranslated !== 'refuse') throw new InputError(`untranslated must be source or refuse, not "${request.untranslated}"`);
  const detail = getDocument(db, documentId);
  if (!detail) throw new InputError(`no document ${documentId}`);
  const doc = rebuildDocument(detail, listPairs(db, documentId), { side, untranslated });
  const fileName = `document-${documentId}.${doc.lang}.${format}`;
  if (format === 'md') return { body: writeMarkdown(doc), fileName, contentType: 'text/markdown; charset=utf-8' };
  if (format === 'html') return { body: writeHtml(doc, detail.srcLang), fileName, contentType: 'text/html; charset=utf-8' };
  return { body: await writeDocx(doc), fileName, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
}
