/**
 * How a figure read from a table is told from one read from a sentence. Ingest labels a cell by its
 * row and column parted by a middle dot (`行政复议 · 结果维持`) and quotes the row, whose cells a
 * flattened table parts by pipes or tabs; answers read both marks back.
 */

const CELL_SEPARATOR = " · ";
const TABLE_ROW = /[|\t]/u;

/** The label of the cell in row `row` and column `column`. */
export function cellLabel(row: string, column: string): string {
  return `${row}${CELL_SEPARATOR}${column}`;
}

/** Whether a figure's label names a table cell (its row and column) rather than a phrase of a sentence. */
export function isCellLabel(label: string): boolean {
  return label.includes(CELL_SEPARATOR);
}

/** The row part of a cell's label (the whole label for a sentence's figure). */
export function cellRow(label: string): string {
  return label.split(CELL_SEPARATOR)[0]!;
}

/** Whether a quote is a table row: cells parted by pipes or tabs. */
export function isTableRow(quote: string): boolean {
  return TABLE_ROW.test(quote);
}
