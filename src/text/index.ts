export * from './case.js';
export * from './langid.js';
