export * from './model.js';
export { writeXliff, writeXliff12, writeXliff20, writeXliffBytes } from './write.js';
export { readXliff } from './read.js';
