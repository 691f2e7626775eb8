/**
 * Table rows pasted from a spreadsheet, a word processor or a browser's copy of a page, with their
 * cells parted by tabs. They are read with the ` | ` cell marks of the other flattened tables, so
 * a row keeps its cells apart (`76\t0` would read as one number once white space is dropped);
 * the marks map back to the tabs, so a quoted row stays the file's own text.
 */
import type { NormalizedText } from "../text/normalized-text.ts";

const CELL_BREAK = / *\t */g;

/** `norm` with each tab inside a line read as ` | `; indentation and trailing tabs are dropped. */
export function tabCellsAsPipes(norm: NormalizedText): NormalizedText {
  if (!norm.text.includes("\t")) return norm;
  const { text, toOriginal } = norm;
  const parts: string[] = [];
  const map: number[] = [];
  const keep = (from: number, to: number): void => {
    parts.push(text.slice(from, to));
    for (let i = from; i < to; i++) map.push(toOriginal[i]!);
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (!line.includes("\t")) keep(lineStart, lineEnd);
    else {
      const cr = line.endsWith("\r") ? 1 : 0;
      const body = line.slice(0, line.length - cr);
      const lead = body.length - body.trimStart().length;
      const bodyEnd = lineStart + body.replace(/[\t ]+$/, "").length;
      const bodyStart = lineStart + lead;
      let at = bodyStart;
      for (const m of text.slice(bodyStart, bodyEnd).matchAll(CELL_BREAK)) {
        const breakStart = bodyStart + m.index;
        keep(at, breakStart);
        const tab = breakStart + m[0].indexOf("\t");
        parts.push(" | ");
        map.push(toOriginal[tab]!, toOriginal[tab]!, toOriginal[tab]!);
        at = breakStart + m[0].length;
      }
      keep(at, bodyEnd);
      if (cr) keep(lineEnd - 1, lineEnd);
    }
    if (newline < 0) break;
    keep(newline, newline + 1);
    lineStart = newline + 1;
  }
  const out = parts.join("");
  const mapped = new Int32Array(out.length + 1);
  mapped.set(map);
  mapped[out.length] = toOriginal[text.length]!;
  return { original: norm.original, text: out, toOriginal: mapped };
}
