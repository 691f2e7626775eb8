/** The non-blank lines of a text, trimmed, with their spans in that text. */
export interface TextLine {
  /** Position among the non-blank lines, from 0. */
  index: number;
  text: string;
  start: number;
  end: number;
}

/** Splits `text` at line breaks; blank lines are left out. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const re = /[^\r\n]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t === "") continue;
    const start = m.index + lead;
    lines.push({ index: lines.length, text: t, start, end: start + t.length });
  }
  return lines;
}
