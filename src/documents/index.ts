export { importDocumentPair, type ImportRequest, type ImportResult } from './import.js';
export { segmentDocument, checkLanguage, readSide, type SideInput } from './pipeline.js';
