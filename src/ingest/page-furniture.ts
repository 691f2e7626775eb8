/**
 * The furniture of a page of text extracted from a PDF: page numbers (`第 3 页 共 8 页`, `— 3 —`,
 * `3/8`) and the running title printed again at the top of every page. Neither is report text; the
 * running title would otherwise read as the title of a next report.
 */
import type { TextLine } from "./text-lines.ts";

const PAGE_NUMBER = /^(?:第\s*\d+\s*页\s*[,，/]?\s*(?:共\s*\d+\s*页)?|[-—–]+\s*\d+\s*[-—–]+|\d+\s*\/\s*\d+|共\s*\d+\s*页\s*第\s*\d+\s*页)$/u;

/** True for a line that is nothing but a page number. */
export function isPageNumberLine(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/**
 * The page-number lines of `lines`, and the running titles: a line that repeats an earlier line
 * right after a page number, where the next page begins.
 */
export function pageFurnitureLines(lines: readonly TextLine[]): TextLine[] {
  const seen = new Set<string>();
  const furniture: TextLine[] = [];
  let afterPageNumber = false;
  for (const line of lines) {
    if (isPageNumberLine(line.text)) {
      furniture.push(line);
      afterPageNumber = true;
      continue;
    }
    if (afterPageNumber && seen.has(line.text)) furniture.push(line);
    else seen.add(line.text);
    afterPageNumber = false;
  }
  return furniture;
}
