export { detectMojibake, type MojibakeResult, type MojibakeKind } from './mojibake.js';
export { findDroppedApostrophes, type DroppedApostrophe } from './apostrophe.js';
export { checkPair, checkDocument, mergeReports, compareFlags, documentVocabulary, hasLostCharacters, PAIR_CHECKS, DOCUMENT_CHECKS, CHECK_IDS, type DocumentReport } from './registry.js';
export { restoreLost, applyRestorations, vocabularyOf, vocabularyChanged, type Restoration, type Vocabulary } from './restore.js';
export type { Flag, DocumentFlag, Place, Severity, CheckContext, PairCheck, DocumentCheck, PairText, Side } from './types.js';
export { pairOccurrences } from './checks/terms.js';
export { markAccepted, markReport, openFlags, flagKey, documentFlagKey, documentFlagSide, type AcceptanceRule } from './accept.js';
