import { InputError } from '../../errors.js';
import { catToolGlossary } from './cat-profile.js';
import { writeGlossaryCsv } from './csv.js';
import type { Glossary } from '../../glossary/model.js';
import { writeOmegatGlossary } from './omegat.js';
import { writeTbx } from './tbx.js';

export const GLOSSARY_FORMATS = ['tbx', 'tbx2', 'tbx3', 'csv', 'omegat'] as const;

/**
 * The glossary as a file, from the options the CLI and the HTTP API both take: TBX-Basic
 * v2 (tbx, tbx2) or v3 (tbx3), Hizala's CSV, or OmegaT's tab-separated glossary (omegat,
 * forbidden spellings named in the comment). `profile: omegat3` leaves forbidden and
 * deprecated spellings out of a TBX (OmegaT 3 lists every term as a translation).
 */
export function exportGlossary(stored: Glossary, format = 'tbx', profile?: string): { text: string; fileName: string; contentType: string } {
  if (!(GLOSSARY_FORMATS as readonly string[]).includes(format)) throw new InputError(`format must be one of ${GLOSSARY_FORMATS.join(', ')}, not "${format}"`);
  if (profile !== undefined && profile !== 'omegat3') throw new InputError('profile must be omegat3');
  if (format === 'omegat') return { text: writeOmegatGlossary(stored), fileName: 'glossary.txt', contentType: 'text/plain; charset=utf-8' };
  const glossary = profile ? catToolGlossary(stored) : stored;
  if (format === 'csv') return { text: writeGlossaryCsv(glossary), fileName: 'glossary.csv', contentType: 'text/csv; charset=utf-8' };
  return { text: writeTbx(glossary, { version: format === 'tbx3' ? 3 : 2 }), fileName: profile ? 'glossary-omegat.tbx' : 'glossary.tbx', contentType: 'application/x-tbx+xml; charset=utf-8' };
}
