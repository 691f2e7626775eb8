/**
 * Figure extraction for one report: the template tables (第二十条, applications,
 * reconsideration/litigation), numbers stated in prose, zeros stated in words, and the numbers of the
 * documents it cites; then the 勾稽 checks over what was found.
 */
import type { ParsedFigure, ParsedWarning } from "../../domain/report.ts";
import { art20TableFigures } from "./art20-table.ts";
import { applicationTableFigures } from "./application-table.ts";
import { breakdownWarnings, tableWarnings } from "./consistency-checks.ts";
import { finishFigures } from "./figure-draft.ts";
import type { DraftFigure, DraftWarning, SkippedRow } from "./figure-draft.ts";
import type { FigureInput } from "./figure-input.ts";
import { documentNumbers } from "./document-numbers.ts";
import { addressNumbers } from "./address-numbers.ts";
import { ordinalNumbers } from "./ordinal-numbers.ts";
import { eventYears } from "./event-years.ts";
import { narrativeFigures } from "./narrative-figures.ts";
import { settleMetrics } from "./narrative-metrics.ts";
import { looksBack, plansAhead } from "../../text/plan-sentences.ts";
import { sentences, type Sentence } from "./sentences.ts";
import { tableLines, type TableLine } from "./table-lines.ts";
import { joinWrappedLabels } from "./wrapped-labels.ts";
import { reviewTableFigures } from "./review-table.ts";
import { zeroStatements } from "./zero-statements.ts";

export function extractFigures(input: FigureInput): { figures: ParsedFigure[]; warnings: ParsedWarning[] } {
  const { norm, report } = input;
  const lines = joinWrappedLabels(norm.text, tableLines(norm.text, report.normStart, report.normEnd));
  const tables = [
    applicationTableFigures(norm, lines),
    art20TableFigures(norm, lines, report.format),
    reviewTableFigures(lines),
  ];
  const tableFigures = tables.flatMap((t) => t.figures);
  const tableSpans = tables.flatMap((t) => (t.span ? [t.span] : []));

  // Prose is every sentence outside the tables that reports on the year; a line with cells is a
  // table row, never prose.
  const rows = lines.filter((l) => l.cells.length > 1);
  const inRow = (start: number): boolean => {
    const i = lowerBound(rows, start);
    return i < rows.length && rows[i]!.start <= start;
  };
  const all = sentences(norm.text, report.normStart, report.normEnd);
  const ofTheYear = (s: Sentence): boolean => !plansAhead(norm.text.slice(s.start, s.end), report.year) && !looksBack(norm.text.slice(s.start, s.end), report.year);
  const outsideTables = all.filter(
    (s) => !hasCells(norm.text, s.start, s.end) && !inRow(s.start) && !tableSpans.some((span) => s.start < span.end && s.end > span.start),
  );
  // A cell written as sentences (其中…全年救助13781户31696人次,共发放…1040万元。) is prose inside the table.
  const inCells = rows.flatMap((row) => row.cells.filter((c) => PROSE_CELL.test(c.text)).flatMap((c) => sentences(norm.text, c.start, c.end)));
  const prose = [...outsideTables, ...inCells].filter(ofTheYear).sort((a, b) => a.start - b.start);
  const applications = input.sections.filter((s) => s.kind === "applications");
  const inApplications = (pos: number): boolean => applications.some((s) => pos >= s.normStart && pos < s.normEnd);
  const found = narrativeFigures(norm, prose, inApplications);
  settleMetrics(found, new Set(tableFigures.map((f) => f.metric)));
  const narrative = found.map((f) => f.draft);
  const stated = new Set([...tableFigures, ...narrative].map((f) => f.metric));
  const zeros = zeroStatements(norm, prose, input.sections, stated);

  const drafts: DraftFigure[] = [...tableFigures, ...narrative, ...zeros, ...documentNumbers(norm.text, all), ...addressNumbers(norm.text, all), ...ordinalNumbers(norm.text, all), ...eventYears(norm.text, all)];
  const warnings = [...tableWarnings(tableFigures), ...breakdownWarnings(narrative), ...tables.flatMap((t) => t.skipped.map(skippedWarning))];
  return finishFigures(input, drafts, warnings);
}

// A cell holding a sentence's end after words of its own, not a label or a value.
const PROSE_CELL = /\p{Script=Han}{4}[^|]*[。；;]/u;

/** The warning that a glued row was left unread, naming the row and its digits as printed. */
function skippedWarning(row: SkippedRow): DraftWarning {
  return { code: "glued_row_unread", message: `表格行「${row.label}」的数字连在一起（${row.digits}），拆分不唯一，未读取`, figures: [] };
}

/** Index of the first row ending after `pos` (rows are in text order and never overlap). */
function lowerBound(rows: TableLine[], pos: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Cells of a flattened table are separated by "|" or by tabs between words (indenting tabs are trimmed).
function hasCells(text: string, start: number, end: number): boolean {
  let tab = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7c) return true;
    if (code === 0x09) tab = true;
  }
  return tab && /\S\t+\S/.test(text.slice(start, end));
}
