export { tokenize, foldForIndex, exactKey, type Token, type TokenKind } from './tokens.js';
export { fuzzyScore, maxLengthGap, type MatchScore } from './score.js';
export {
  addUnits,
  unitInserter,
  upsertPairUnit,
  getUnit,
  searchTm,
  tmHasUnits,
  searchTmExhaustive,
  candidateIds,
  TmLookups,
  unitHash,
  type NewUnit,
  type TmUnit,
  type TmMatch,
  type MatchQuery,
} from './store.js';
export { concordance, phraseRanges, type ConcordanceHit, type ConcordanceQuery } from './concordance.js';
export { analyzeLeverage, bandOf, BANDS, type Band, type LeverageReport } from './leverage.js';
export { importTmxFile, importTmxText, exportTmxFile, type TmxImportResult } from './tmx.js';
export { tmStats, type TmStats } from './stats.js';
export { tmLexicon } from './lexicon.js';
