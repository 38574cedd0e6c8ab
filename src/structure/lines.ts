// Lines of a text with their offsets, the unit the article splitter works on.

export interface Line {
  text: string;
  start: number;
  /** Offset just past the line's last character (before its '\n'). */
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}
