export { sentenceSpans, type Span } from './segmenter.js';
export { joinBrokenParagraphs, segmentParagraphs } from './paragraphs.js';
export { RULES, type SegmentationRules } from './rules/index.js';
