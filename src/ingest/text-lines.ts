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
  // Without a carriage return a line ends at the next "\n", found by the string search, which
  // runs as fast on the first file as on the last; otherwise characters are tested one by one.
  const onlyNewlines = !text.includes("\r");
  for (let at = 0; at < text.length; ) {
    if (isBreak(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end: number;
    if (onlyNewlines) {
      end = text.indexOf("\n", at + 1);
      if (end < 0) end = text.length;
    } else {
      end = at + 1;
      while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    }
    const raw = text.slice(at, end);
    const t = raw.trim();
    if (t !== "") {
      const start = at + raw.length - raw.trimStart().length;
      lines.push({ index: lines.length, text: t, start, end: start + t.length });
    }
    at = end;
  }
  return lines;
}

function isBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}
