export { importDocumentPair, prepareImport, storeImport, alignInputs, pairsFromBeads, type ImportRequest, type ImportResult, type PreparedImport, type AlignInputs } from './import.js';
export { mergeWithNext, splitPair, moveSentence, undoLastAlignmentEdit, type EditResult } from './alignment-edits.js';
export { segmentDocument, checkLanguage, readSide, readBinarySides, type SideInput } from './pipeline.js';
export { syncPairToTm } from './tm-sync.js';
export { exportDocumentXliff, exportDocumentXliffSplit, importDocumentXliff, applyXliff, leftUnapplied, type XliffExportOptions, type XliffImportReport, type ConflictResolution } from './xliff.js';
export { exportDocumentTmx } from './export-tmx.js';
export { exportDocument, EXPORT_FORMATS, type ExportFormat, type ExportRequest, type ExportedFile } from './export.js';
export { documentFlags, pairFlags, documentContext, vocabularyEdited } from './flags.js';
