export { readTbx, writeTbx } from './tbx.js';
export { readGlossaryCsv, writeGlossaryCsv, parseCsv, CSV_COLUMNS } from './csv.js';
export { readOmegatGlossary, writeOmegatGlossary } from './omegat.js';
export { catToolGlossary } from './cat-profile.js';
export { readGlossaryFile, readGlossaryBytes } from './read.js';
export { exportGlossary, GLOSSARY_FORMATS } from './write.js';
