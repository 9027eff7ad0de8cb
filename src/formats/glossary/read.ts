import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../../errors.js';
import { decodeText } from '../encoding.js';
import { readGlossaryCsv } from './csv.js';
import type { Glossary } from '../../glossary/model.js';
import { readTbx } from './tbx.js';
import { readOmegatGlossary } from './omegat.js';

/** A glossary from TBX (.tbx, .xml), CSV (.csv) or OmegaT's tab-separated text (.txt, .tab, .utf8), chosen by extension. */
export function readGlossaryBytes(bytes: Uint8Array, name: string): Glossary {
  const ext = extname(name).toLowerCase();
  const { text } = decodeText(bytes, name);
  if (ext === '.csv') return readGlossaryCsv(text, name);
  if (ext === '.tbx' || ext === '.xml') return readTbx(text, name);
  // OmegaT's glossaries: tab-separated, .txt / .tab / .utf8
  if (ext === '.txt' || ext === '.tab' || ext === '.utf8' || ext === '.tsv') return readOmegatGlossary(text, name);
  throw new InputError(`unsupported glossary type "${ext || '(none)'}"; use .tbx, .csv or OmegaT's tab-separated .txt`, { file: name });
}

export function readGlossaryFile(path: string): Glossary {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new InputError('no such file', { file: path });
  }
  return readGlossaryBytes(bytes, path);
}
