/**
 * Splitting a page into its reports. A compilation page numbers its pieces (`… 篇1` … `… 篇10`,
 * `第三篇`); otherwise a report title line that comes again after a report's sections starts
 * the next report. Text before the first piece marker (the compilation's own header) is no report.
 */
import { isReportTitleLine, isSectionHeading, isSplitTitle, pieceMarkerTitle } from "./report-headings.ts";
import { METADATA_LINE } from "./report-metadata.ts";
import type { TextLine } from "./text-lines.ts";

/** One report's lines within the page. */
export interface PieceDraft {
  /** Index of the first and one past the last line of the piece. */
  firstLine: number;
  endLine: number;
  /** Index of the compilation marker line opening the piece, or -1. */
  markerLine: number;
  /** Title on the marker line when it is the piece's own, not the compilation's; else null. */
  markerTitle: string | null;
}

// A report repeats its title only after it has said something: a few headed sections of text.
const MIN_REPORT_CHARS = 300;

/** Splits `lines` (the page's non-blank lines, spam and debris removed) into report pieces. */
export function splitPieces(lines: readonly TextLine[]): PieceDraft[] {
  const markers = lines.flatMap((l, i) => (pieceMarkerTitle(l.text) !== null ? [i] : []));
  if (markers.length >= 2) return compilationPieces(lines, markers);
  return titledPieces(lines);
}

function compilationPieces(lines: readonly TextLine[], markers: number[]): PieceDraft[] {
  const pageTitles = new Set(lines.slice(0, markers[0]).map((l) => comparable(l.text)));
  const markerTitles = markers.map((i) => comparable(pieceMarkerTitle(lines[i]!.text)!));
  // The compilation's title is the one its markers repeat, whether or not a header line states it.
  const repeated = new Set(markerTitles.filter((t, i) => markerTitles.indexOf(t) !== i));
  return markers.map((markerLine, k) => {
    const title = pieceMarkerTitle(lines[markerLine]!.text)!;
    const key = comparable(title);
    const own = title !== "" && !repeated.has(key) && !pageTitles.has(key);
    return { firstLine: markerLine, endLine: markers[k + 1] ?? lines.length, markerLine, markerTitle: own ? title : null };
  });
}

function titledPieces(lines: readonly TextLine[]): PieceDraft[] {
  const pieces: PieceDraft[] = [];
  let start = 0;
  let chars = 0;
  let headings = 0;
  lines.forEach((line, i) => {
    const titled = isReportTitleLine(line.text) || (i + 1 < lines.length && isSplitTitle(line.text, lines[i + 1]!.text));
    // An article's own header (索引号 …) after a report's sections opens the next article, titled or not.
    const headed = !titled && headings >= 1 && INDEX_FIELD.test(line.text.replace(/\s/g, ""));
    if ((titled || headed) && i > start && chars >= MIN_REPORT_CHARS && (headed || headings >= 2 || (headings === 1 && opensAnother(lines, start, i)) || (headings === 0 && namesAnother(lines, start, i)))) {
      const first = headerStart(lines, start, i);
      pieces.push({ firstLine: start, endLine: first, markerLine: -1, markerTitle: null });
      start = first;
      chars = 0;
      headings = 0;
    }
    chars += line.text.length;
    if (isSectionHeading(line.text)) headings++;
  });
  if (lines.length > start) pieces.push({ firstLine: start, endLine: lines.length, markerLine: -1, markerTitle: null });
  return mergeStubs(lines, pieces);
}

// A report cut short after its first section is followed by another's title when that title names
// another report, or stands under the header fields (索引号, 发布机构) a page sets over each article.
function opensAnother(lines: readonly TextLine[], start: number, at: number): boolean {
  return isHeaderField(lines[at - 1]!.text) || namesAnother(lines, start, at);
}

// A report cut before its first section (its opening paragraph only) is followed by another's
// title only when that title names another report; header fields alone may be the same article's.
function namesAnother(lines: readonly TextLine[], start: number, at: number): boolean {
  const own = lines.slice(start, at).find((l) => isReportTitleLine(l.text));
  return own !== undefined && comparable(own.text) !== comparable(lines[at]!.text);
}

// The header fields right above a report's title belong to that report, not the one before.
function headerStart(lines: readonly TextLine[], start: number, at: number): number {
  let first = at;
  while (first - 1 > start && isHeaderField(lines[first - 1]!.text)) first--;
  return first;
}

const INDEX_FIELD = /^索引号/;

function isHeaderField(text: string): boolean {
  return METADATA_LINE.test(text.replace(/\s/g, ""));
}

// A title repeated at the end of a report (a link list, a closing line) with little after it
// starts no report of its own; nor does one with no section under it (往年年报 links with a
// summary of last year's report).
function mergeStubs(lines: readonly TextLine[], pieces: PieceDraft[]): PieceDraft[] {
  const merged: PieceDraft[] = [];
  for (const piece of pieces) {
    const body = lines.slice(piece.firstLine + 1, piece.endLine);
    const chars = body.reduce((n, l) => n + l.text.length, 0);
    const sectioned = body.some((l) => isSectionHeading(l.text));
    const last = merged.at(-1);
    if (last && (chars < MIN_REPORT_CHARS / 2 || (chars < MIN_REPORT_CHARS && !sectioned))) last.endLine = piece.endLine;
    else merged.push({ ...piece });
  }
  return merged;
}

function comparable(title: string): string {
  return title.replace(/[\s()（）]|精选\d+篇/g, "");
}
