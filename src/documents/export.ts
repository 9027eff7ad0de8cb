import type { Db } from '../db/index.js';
import { InputError } from '../errors.js';
import { exportDocumentTmx } from './export-tmx.js';
import { exportDocumentXliff } from './xliff.js';

export const EXPORT_FORMATS = ['xliff12', 'xliff20', 'tmx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  format?: string;
  profile?: string;
  srcRegion?: string;
  tgtRegion?: string;
}

export interface ExportedFile {
  text: string;
  fileName: string;
  contentType: string;
}

const REGION = /^[A-Za-z]{2}$|^\d{3}$/;

function region(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !REGION.test(value)) throw new InputError(`${name} must be a region code such as US or TR, not "${value}"`);
  return value?.toUpperCase();
}

/**
 * A document as a file for a CAT tool, from the options the CLI and the HTTP API both
 * take (checked here, once): XLIFF 1.2 / 2.0 with an optional OmegaT profile and
 * language regions, or TMX.
 */
export function exportDocument(db: Db, documentId: number, request: ExportRequest): ExportedFile {
  const format = (request.format ?? 'xliff12') as ExportFormat;
  const profile = request.profile ?? 'standard';
  if (!EXPORT_FORMATS.includes(format)) throw new InputError(`format must be ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
  if (profile !== 'standard' && profile !== 'omegat3') throw new InputError(`profile must be omegat3 or standard, not "${profile}"`);
  const srcRegion = region('source region', request.srcRegion);
  const tgtRegion = region('target region', request.tgtRegion);
  if (format === 'tmx') {
    return { text: exportDocumentTmx(db, documentId), fileName: `document-${documentId}.tmx`, contentType: 'application/x-tmx+xml; charset=utf-8' };
  }
  const text = exportDocumentXliff(db, documentId, {
    version: format === 'xliff20' ? '2.0' : '1.2',
    profile,
    ...(srcRegion ? { srcRegion } : {}),
    ...(tgtRegion ? { tgtRegion } : {}),
  });
  return { text, fileName: `document-${documentId}${format === 'xliff20' ? '-2.0' : ''}.xlf`, contentType: 'application/xliff+xml; charset=utf-8' };
}
