/**
 * Footnote markers in segment text: "[12]" (and "<sup>[12]</sup>" as some sources keep
 * them). In Hizala's text they are text; in XLIFF and TMX they travel as placeholders a
 * CAT tool protects and leaves out of matching, and come back as text.
 */
export const NOTE_MARKER = /<sup>\s*\[\d+\]\s*<\/sup>|\[\d+\]/g;

/** Whether `text` is one marker and nothing else (the content of a placeholder). */
export function isNoteMarker(text: string): boolean {
  return /^(?:<sup>\s*\[\d+\]\s*<\/sup>|\[\d+\])$/.test(text.trim());
}

/** Whether `text` may hold a marker: every one has a "[" (a test before the pattern, for the writers' long loops). */
export function mayHoldMarker(text: string): boolean {
  return text.includes('[');
}

/**
 * Whether `text` may hold a marker as the QA checks read them, which also take a bare
 * number in <sup> (<sup>7</sup>): a "[" or a "<sup>". Most segments hold neither.
 */
export function mayHoldMarkerOrSuperscript(text: string): boolean {
  return text.includes('[') || text.includes('<sup>');
}
