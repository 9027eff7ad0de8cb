export * from './model.js';
export { TermMatcher, termIssues, issuesFromOccurrences, ownLanguageOnly, normaliseForMatching, foldForMatching, type Occurrence, type TermIssue, type TermProblem } from './matcher.js';
export { defaultGlossary } from './load.js';
export { glossaryAnchors } from './align-anchors.js';
