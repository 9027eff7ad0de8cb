export * from './model.js';
export { writeXliff, writeXliffBytes } from './write.js';
export { readXliff } from './read.js';
