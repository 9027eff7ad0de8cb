export { tmxReader, decodeTmx, type TmxUnit, type TmxTu } from './read.js';
export { tmxHead, tmxUnit, tmxDate } from './write.js';
