/**
 * Side-by-side text for a terminal: each cell wrapped at word boundaries to its column,
 * rows as tall as their tallest cell. Widths count code points (every character Hizala
 * prints is one column wide: Latin, Turkish, punctuation). O(total text length).
 */

/** Break text into lines of at most `width` code points, at spaces; a longer word is cut. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let length = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = [...word];
    if (length > 0 && length + 1 + rest.length > width) {
      lines.push(line.join(''));
      line = [];
      length = 0;
    }
    while (rest.length > width) {
      if (length > 0) {
        lines.push(line.join(''));
        line = [];
        length = 0;
      }
      lines.push(rest.slice(0, width).join(''));
      rest = rest.slice(width);
    }
    if (rest.length === 0) continue;
    if (length > 0) {
      line.push(' ');
      length++;
    }
    line.push(rest.join(''));
    length += rest.length;
  }
  if (length > 0 || lines.length === 0) lines.push(line.join(''));
  return lines;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/**
 * One row of columns: `prefix` on the first line (blank of the same width below it),
 * then the cells wrapped to `width` each and separated by `separator`.
 */
export function formatRow(prefix: string, cells: readonly string[], width: number, separator = ' │ '): string {
  const wrapped = cells.map((c) => wrapText(c, width));
  const height = Math.max(...wrapped.map((w) => w.length));
  const blank = ' '.repeat([...prefix].length);
  const out: string[] = [];
  for (let i = 0; i < height; i++) {
    const line = wrapped.map((w, k) => (k === wrapped.length - 1 ? (w[i] ?? '') : pad(w[i] ?? '', width))).join(separator);
    out.push(`${i === 0 ? prefix : blank}${line}`.trimEnd());
  }
  return out.join('\n');
}

/** The terminal's width; $COLUMNS or 100 when the output is not a terminal. */
export function terminalColumns(stream: { columns?: number; isTTY?: boolean } = process.stdout): number {
  if (stream.isTTY && stream.columns) return stream.columns;
  const fromEnv = Number(process.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 100;
}
