/**
 * The reconsideration/litigation table (section 四): 15 cells after the header rows, read in
 * template order as `review.*`, `litigation_direct.*`, `litigation_after_review.*`. Unit 件.
 */
import { REVIEW_BLOCKS, REVIEW_OUTCOMES } from "../../domain/metrics.ts";
import { cellFigure, type DraftFigure, type SkippedRow } from "./figure-draft.ts";
import { partsMakeTotal } from "./glued-numbers.ts";
import { isValueCell, readRowValues, readValueRun } from "./table-lines.ts";
import type { CellValue, TableLine } from "./table-lines.ts";

type ReviewBlock = (typeof REVIEW_BLOCKS)[number];
type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** Block and outcome names used in figure labels. */
export const REVIEW_BLOCK_NAMES: Record<ReviewBlock, string> = {
  review: "行政复议",
  litigation_direct: "行政诉讼（未经复议直接起诉）",
  litigation_after_review: "行政诉讼（复议后起诉）",
};
export const REVIEW_OUTCOME_NAMES: Record<ReviewOutcome, string> = {
  maintained: "结果维持",
  corrected: "结果纠正",
  other: "其他结果",
  pending: "尚未审结",
  total: "总计",
};

const CELLS = REVIEW_BLOCKS.length * REVIEW_OUTCOMES.length;
// The header of this table spans at most a handful of lines (more in one-cell-per-line layout).
const MAX_HEADER_LINES = 40;

/**
 * True for the header of outcomes: 结果维持 …, or its lower half where a PDF wraps 结果 / 维持 over
 * two lines. A cell is read whole without its blanks (结果 维持), and word by word where the header's
 * cells share one, parted by single blanks (full-width spaces fold to one).
 */
function isOutcomeHeader(cells: string[]): boolean {
  const words = cells.flatMap((c) => [c.replace(/\s/g, ""), ...c.split(/\s+/)]);
  return words.includes("结果维持") || (words.includes("维持") && words.includes("纠正")) || cells.some((c) => GLUED_HEADER.test(c.replace(/\s/g, "")));
}

// The header's cells printed without separators (行政复议行政诉讼结果维持结果纠正…), on a page that lost them.
const GLUED_HEADER = /结果维持结果纠正/u;

/** True when each block's 总计 is the sum of its four outcomes. */
function blocksMakeTotals(values: number[]): boolean {
  for (let b = 0; b < REVIEW_BLOCKS.length; b++) {
    const block = values.slice(b * REVIEW_OUTCOMES.length, (b + 1) * REVIEW_OUTCOMES.length);
    if (!partsMakeTotal(block)) return false;
  }
  return true;
}

/** Figures of the reconsideration/litigation table in `lines`, with its span (null when there is none). */
export function reviewTableFigures(lines: TableLine[]): {
  figures: DraftFigure[];
  span: { start: number; end: number } | null;
  skipped: SkippedRow[];
} {
  // Every form of the header holds 维持: a line with no 持 is not looked at further.
  const headerLine = lines.findIndex((line) => line.cells.some((c) => c.text.includes("持")) && isOutcomeHeader(line.cells.map((c) => c.text)));
  if (headerLine < 0) return { figures: [], span: null, skipped: [] };
  // A header printed with its numbers glued on (…尚未审结总计10203…) holds the row itself.
  if (lines[headerLine]!.glued) {
    const row = readRowValues(lines, headerLine, 0, CELLS, blocksMakeTotals);
    const skipped = row.undecided !== undefined ? [{ label: REVIEW_BLOCK_NAMES.review, digits: row.undecided }] : [];
    const figures = rowFigures(row.values, row);
    return { figures, span: figures.length > 0 ? { start: lines[headerLine]!.start, end: row.end } : null, skipped };
  }
  let first = -1;
  for (let li = headerLine; li < lines.length && li < headerLine + MAX_HEADER_LINES; li++) {
    const line = lines[li]!;
    if (line.cells.every(isValueCell) && line.cells.some((c) => c.text.length > 0)) {
      first = li;
      break;
    }
  }
  if (first < 0) return { figures: [], span: null, skipped: [] };
  const row = readValueRun(lines, first, CELLS, -1, first);
  const figures = rowFigures(row.values, row);
  if (figures.length === 0) return { figures, span: null, skipped: [] };
  return { figures, span: { start: lines[headerLine]!.start, end: row.end }, skipped: [] };
}

function rowFigures(values: CellValue[], row: { start: number; end: number }): DraftFigure[] {
  const figures: DraftFigure[] = [];
  values.forEach((v, k) => {
    if (v === null) return;
    const block = REVIEW_BLOCKS[Math.floor(k / REVIEW_OUTCOMES.length)]!;
    const outcome = REVIEW_OUTCOMES[k % REVIEW_OUTCOMES.length]!;
    figures.push(cellFigure(`${block}.${outcome}`, { row: REVIEW_BLOCK_NAMES[block], column: REVIEW_OUTCOME_NAMES[outcome] }, v.value, "件", row));
  });
  return figures;
}
