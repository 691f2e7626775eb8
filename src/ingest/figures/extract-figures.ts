/**
 * Figure extraction for one report: the template tables (第二十条, applications,
 * reconsideration/litigation), numbers stated in prose, and zeros stated in words; then the 勾稽
 * checks over what was found.
 */
import type { ParsedFigure, ParsedWarning } from "../../domain/report.ts";
import { art20TableFigures } from "./art20-table.ts";
import { applicationTableFigures } from "./application-table.ts";
import { breakdownWarnings, tableWarnings } from "./consistency-checks.ts";
import { finishFigures } from "./figure-draft.ts";
import type { DraftFigure } from "./figure-draft.ts";
import type { FigureInput } from "./figure-input.ts";
import { narrativeFigures } from "./narrative-figures.ts";
import { sentences } from "./sentences.ts";
import { tableLines } from "./table-lines.ts";
import { reviewTableFigures } from "./review-table.ts";
import { zeroStatements } from "./zero-statements.ts";

export function extractFigures(input: FigureInput): { figures: ParsedFigure[]; warnings: ParsedWarning[] } {
  const { norm, report } = input;
  const lines = tableLines(norm.text, report.normStart, report.normEnd);
  const tables = [
    applicationTableFigures(norm, lines),
    art20TableFigures(norm, lines, report.format),
    reviewTableFigures(lines),
  ];
  const tableFigures = tables.flatMap((t) => t.figures);
  const tableSpans = tables.flatMap((t) => (t.span ? [t.span] : []));

  // Prose is every sentence outside the tables; a line with cells is a table row, never prose.
  const prose = sentences(norm.text, report.normStart, report.normEnd).filter(
    (s) => !hasPipe(norm.text, s.start, s.end) && !tableSpans.some((span) => s.start < span.end && s.end > span.start),
  );
  const narrative = narrativeFigures(norm, prose).map((f) => f.draft);
  const stated = new Set([...tableFigures, ...narrative].map((f) => f.metric));
  const zeros = zeroStatements(norm, prose, input.sections, stated);

  const drafts: DraftFigure[] = [...tableFigures, ...narrative, ...zeros];
  const warnings = [...tableWarnings(tableFigures), ...breakdownWarnings(narrative)];
  return finishFigures(input, drafts, warnings);
}

function hasPipe(text: string, start: number, end: number): boolean {
  const at = text.indexOf("|", start);
  return at >= 0 && at < end;
}
