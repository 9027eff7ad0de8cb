export * from './case.js';
export * from './langid.js';
export * from './translit.js';
export * from './valid.js';
export { spokenTurkishEnd } from './turkish-numbers.js';
