export * from './model.js';
export { readTbx, writeTbx, escapeXml } from './tbx.js';
export { readGlossaryCsv, writeGlossaryCsv, parseCsv, CSV_COLUMNS } from './csv.js';
export { TermMatcher, termIssues, issuesFromOccurrences, ownLanguageOnly, normaliseForMatching, foldForMatching, type Occurrence, type TermIssue, type TermProblem } from './matcher.js';
export { readGlossaryFile, readGlossaryBytes, defaultGlossary } from './load.js';
export { catToolGlossary } from './cat-profile.js';
export { glossaryAnchors } from './align-anchors.js';
export { exportGlossary, GLOSSARY_FORMATS } from './export.js';
export { readOmegatGlossary, writeOmegatGlossary } from './omegat.js';
