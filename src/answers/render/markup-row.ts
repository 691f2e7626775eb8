/**
 * A table row cited from a web page: the row as read parts its cells with "|", which the page's
 * markup never holds, so the quote a reader (or a checker) can find in the page is the row's
 * label cell, written there as one run; the row as read is shown under it.
 */
import type { Citation } from "../answer.ts";

// A source saved as a web page (its cells are elements, not runs of text).
const MARKUP_SOURCE = /\.(?:html?|shtml|xhtml|php|aspx?|jsp)$/iu;
// A cell holding a count (26, 0.5, 1,234), or nothing.
const VALUE_CELL = /^[\d,.]*$/u;

/**
 * `citation` of a table cell with the row's label cell as its quote where its source is a web page,
 * or the cell itself in a row without one; else as it was.
 */
export function markupRowCitation(citation: Citation): Citation {
  if (!citation.cell || !MARKUP_SOURCE.test(citation.source) || !citation.quote.includes("|")) return citation;
  const cells = [...citation.quote.matchAll(/[^|]+/gu)].map((m) => {
    const text = m[0].trim();
    return { text, at: m.index + m[0].indexOf(text) };
  });
  const firstValue = cells.findIndex((c) => c.text.length > 0 && VALUE_CELL.test(c.text));
  // A row of values alone (its labels in header rows above) is quoted by the cell cited.
  const value = citation.cell.slice(citation.cell.lastIndexOf("：") + 1);
  const label = cells.slice(0, firstValue < 0 ? cells.length : firstValue).findLast((c) => c.text.length > 0) ?? cells.find((c) => c.text === value);
  if (!label) return citation;
  return { ...citation, quote: label.text, start: citation.start + label.at, end: citation.start + label.at + label.text.length, row: citation.quote };
}
