/**
 * Table rows of a PDF page put back together where a narrow label cell wrapped its text over
 * several lines. A row's figures then sit on one line and its label around it: above and below
 * when the cells are centred vertically (`一、本年新收政府信息公` / `9 | 3 | … | 13` / `开申请数量`),
 * below when they are top-aligned. Label fragments are the one-cell lines left of a nearby row's
 * figures; a fragment starting a row number (`二、`, `（三）`, `4.`) begins a new row, any other
 * continues the label of the row being read, so each row comes out as one pipe line:
 * `一、本年新收政府信息公开申请数量 | 9 | 3 | … | 13`.
 */

/** A run of text in one table cell (or a whole prose line), with its horizontal extent. */
export interface PdfCell {
  x0: number;
  x1: number;
  text: string;
}

/** One line of a page: its baseline, font size and cells left to right. */
export interface PdfLine {
  y: number;
  size: number;
  cells: PdfCell[];
}

// A figure cell: a number (with thousands separators or a percent sign) or a dash for none.
const FIGURE = /^(?:[-—–]?\d[\d,，.．]*\s*[%％]?|[-—–/]+)$/u;
const ROW_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|总计|合计|小计)/u;
/** Lines around a fragment searched for a row of figures. */
const NEAR_LINES = 3;
/** Two lines of one wrapped cell are at most this many font sizes apart. */
const WRAP_GAP = 1.7;

interface Row {
  firstY: number;
  lastY: number;
  size: number;
  labels: PdfCell[];
  figures: PdfCell[] | null;
}

export function joinWrappedRows(lines: readonly PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  let row: Row | null = null;
  const flush = () => {
    if (row) out.push(render(row));
    row = null;
  };
  lines.forEach((line, i) => {
    const start = figuresStart(line);
    const open = row !== null && row.lastY - line.y <= WRAP_GAP * Math.max(line.size, row.size) ? row : null;
    if (start < 0 && line.cells.length === 1 && inLabelColumn(line, i, lines)) {
      const cell = line.cells[0]!;
      if (open && !ROW_NUMBER.test(cell.text)) addLabel(open, cell, line.y);
      else {
        flush();
        row = { firstY: line.y, lastY: line.y, size: line.size, labels: [{ ...cell }], figures: null };
      }
      return;
    }
    if (start >= 0) {
      const labels = line.cells.slice(0, start);
      const startsRow = labels[0] !== undefined && ROW_NUMBER.test(labels[0].text) && (open?.labels.length ?? 0) > 0;
      if (open && open.figures === null && !startsRow) {
        for (const cell of labels) addLabel(open, cell, line.y);
        open.figures = line.cells.slice(start);
      } else {
        flush();
        row = { firstY: line.y, lastY: line.y, size: line.size, labels: labels.map((c) => ({ ...c })), figures: line.cells.slice(start) };
      }
      return;
    }
    flush();
    out.push(line);
  });
  flush();
  return out;
}

/** Where a line's figures begin: the first of at least two figure cells running to the line's end; -1 when it has none. */
function figuresStart(line: PdfLine): number {
  let start = line.cells.length;
  while (start > 0 && FIGURE.test(line.cells[start - 1]!.text)) start--;
  return line.cells.length - start >= 2 ? start : -1;
}

/** A one-cell line that lies left of the figures of a row close above or below it, where labels are. */
function inLabelColumn(line: PdfLine, at: number, lines: readonly PdfLine[]): boolean {
  const cell = line.cells[0]!;
  for (let j = Math.max(0, at - NEAR_LINES); j <= Math.min(lines.length - 1, at + NEAR_LINES); j++) {
    const other = lines[j]!;
    const start = j === at ? -1 : figuresStart(other);
    if (start < 0 || Math.abs(other.y - line.y) > NEAR_LINES * 2 * line.size) continue;
    const left = start > 0 ? other.cells[0]!.x0 - line.size : -Infinity;
    if (cell.x0 >= left && cell.x1 <= other.cells[start]!.x0) return true;
  }
  return false;
}

/** Adds a label fragment to the column it overlaps (a wrapped line continues its cell), else as a new column. */
function addLabel(row: Row, cell: PdfCell, y: number): void {
  const column = row.labels.find((c) => cell.x0 < c.x1 && c.x0 < cell.x1);
  if (!column) row.labels.push({ ...cell });
  else {
    // Chinese wraps between any two characters; Latin words need their space back.
    column.text += /[A-Za-z0-9]$/.test(column.text) && /^[A-Za-z0-9]/.test(cell.text) ? ` ${cell.text}` : cell.text;
    column.x0 = Math.min(column.x0, cell.x0);
    column.x1 = Math.max(column.x1, cell.x1);
  }
  row.lastY = y;
}

function render(row: Row): PdfLine {
  const labels = [...row.labels].sort((a, b) => a.x0 - b.x0);
  return { y: row.firstY, size: row.size, cells: [...labels, ...(row.figures ?? [])] };
}
