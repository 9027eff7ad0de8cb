import { readFileSync } from 'node:fs';
import { readTbx } from '../formats/glossary/tbx.js';
import type { Glossary } from './model.js';

let shipped: Glossary | undefined;

/** The default glossary shipped in glossary/ (read once). */
export function defaultGlossary(): Glossary {
  shipped ??= readTbx(readFileSync(new URL('../../glossary/default.tbx', import.meta.url), 'utf8'), 'glossary/default.tbx');
  return shipped;
}
