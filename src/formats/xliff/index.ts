export * from './model.js';
export { writeXliff, writeXliff12, writeXliff20 } from './write.js';
export { readXliff } from './read.js';
