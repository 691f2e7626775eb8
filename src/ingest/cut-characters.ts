/**
 * Characters cut in two by a line break: a mirror page that wraps its lines by bytes splits a
 * character across the break and shows each half as U+FFFD (`…答�` / `�，答複率100%`). The break
 * is no break of the text, and a number that touches a cut character lost a character it cannot
 * be read without (`信息4�` / `�條` may have been 45條 or 4千條).
 */
import type { NormalizedText } from "../text/normalized-text.ts";
import type { Span } from "./span.ts";
import type { TextLine } from "./text-lines.ts";

const CUT = "\uFFFD";
// Only the cut halves and whitespace stand between the two lines of a cut character.
const CUT_BREAK = /^[^\S\n]*\uFFFD+[^\S\n]*\n\s*\uFFFD/u;

/** The spans of `norm.text` between each line of `lines` that ends in a cut character and the line it goes on in. */
export function cutBreaks(norm: NormalizedText, lines: readonly TextLine[]): Span[] {
  const breaks: Span[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!next || line.end === line.start) return;
    const gap = norm.original.slice(norm.toOriginal[line.end - 1]! + 1, norm.toOriginal[next.start]);
    if (CUT_BREAK.test(gap) && /^[\s\uFFFD]*$/u.test(gap)) breaks.push({ start: line.end, end: next.start });
  });
  return breaks;
}

/** True when a cut character was dropped right before, within or right after `[start, end)` of `norm.text`. */
export function touchesCut(norm: NormalizedText, start: number, end: number): boolean {
  const from = start > 0 ? norm.toOriginal[start - 1]! + 1 : norm.toOriginal[start]!;
  return norm.original.slice(from, norm.toOriginal[end]).includes(CUT);
}
