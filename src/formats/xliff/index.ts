export * from './model.js';
export { writeXliff, writeXliffParts } from './write.js';
export { readXliff } from './read.js';
