/**
 * Row labels a PDF wraps over several lines of a table aligned by blanks: the label's pieces stand
 * in its column on the lines above and below the line that holds the row's numbers
 * (`4.保护第三方合` / `法权益   1   0 …`, `（四）无法  1.本机关不掌握` / `提供  相关政府信息  5 …`).
 * Each piece is joined to the label in its column on the row's line, so the row reads as the template
 * writes it.
 */
import { NUMBERED, displayWidth } from "../hard-wrap.ts";
import { labelCore } from "./table-labels.ts";
import { cellValue, cutAtBlankRuns, type TableCell, type TableLine } from "./table-lines.ts";

/** Longer cells are prose, never a piece of a label. */
const MAX_PIECE = 24;
/** Columns a piece may stand off the label it continues. */
const COLUMN_SLACK = 2;

interface Placed {
  cell: TableCell;
  column: number;
}

/** `lines` with the pieces of wrapped row labels joined to their rows' labels; lines left empty go. */
export function joinWrappedLabels(text: string, lines: TableLine[]): TableLine[] {
  // Whether each line follows the one before it with no blank line between, once looked at.
  const follows: Array<boolean | undefined> = [];
  const rows = lines.map((line) => (isSpacedRow(text, line) ? line : null));
  const placed = lines.map((line) => piecesOf(text, line)?.map((cell) => ({ cell, column: columnOf(text, cell.start) })) ?? null);
  // A line with a piece over a number of the rows around it heads the columns (信息内容  本年制发件数 …):
  // it is no label, and no label wraps across it.
  const heads = placed.map((line, i) => line !== null && line.some((p) => [rows[i - 1], rows[i + 1]].some((row) => row && overNumber(text, row, p))));
  const pieces = placed.map((line, i) => (heads[i] ? null : line));
  // Per row: its label cells by column, with the pieces gathered above (in order) and below.
  const above = new Map<number, Map<number, TableCell[]>>();
  const below = new Map<number, Map<number, TableCell[]>>();
  const taken = new Set<TableCell>();
  const wentUp = new Map<TableCell, number>();
  lines.forEach((_, i) => {
    for (const piece of pieces[i] ?? []) {
      const up = continuesUp(i, piece);
      if (up !== null) {
        add(below, up, labelColumn(rows[up]!, text, piece.column)!, piece.cell);
        taken.add(piece.cell);
        wentUp.set(piece.cell, up);
        continue;
      }
      const down = rowBelow(i);
      if (down === null) continue;
      const target = labelColumn(rows[down]!, text, piece.column);
      const targetCell = target === null ? null : rows[down]!.cells.find((c) => columnOf(text, c.start) === target) ?? null;
      if (target === null || (targetCell && NUMBERED.test(targetCell.text))) continue;
      add(above, down, target, piece.cell);
      taken.add(piece.cell);
    }
  });
  if (taken.size === 0) return lines;
  const out: TableLine[] = [];
  lines.forEach((line, i) => {
    if (rows[i] && (above.has(i) || below.has(i))) out.push(joined(text, line, above.get(i), below.get(i)));
    else if (pieces[i]) {
      const left = pieces[i]!.map((p) => p.cell).filter((c) => !taken.has(c));
      if (left.length > 0) out.push({ ...line, cells: left, piped: left.length > 1 });
    } else out.push(line);
  });
  return out;

  // The row above whose label in this column the piece goes on: the row on the line before, or the
  // row the piece in its column on the line before went on to.
  function continuesUp(i: number, piece: Placed): number | null {
    // A piece over a line that heads columns is the title of the table it heads (第二十条第（五）项).
    if (NUMBERED.test(piece.cell.text) || i === 0 || heads[i + 1] || !adjacent(i - 1, i)) return null;
    const row = rows[i - 1];
    if (row) return row.cells.some((c) => cellValue(c) === null && sameColumn(columnOf(text, c.start), piece.column)) ? i - 1 : null;
    const before = pieces[i - 1]?.find((p) => sameColumn(p.column, piece.column));
    return before ? (wentUp.get(before.cell) ?? null) : null;
  }

  // A blank line parts a label from whatever stands across it. Only a line and the next are asked about.
  function adjacent(a: number, b: number): boolean {
    if (b !== a + 1) return !BLANK_LINE.test(text.slice(lines[a]!.end, lines[b]!.start));
    return (follows[b] ??= !BLANK_LINE.test(text.slice(lines[a]!.end, lines[b]!.start)));
  }

  function rowBelow(i: number): number | null {
    for (let k = i + 1; k < lines.length && adjacent(k - 1, k); k++) {
      if (rows[k]) return k;
      if (!pieces[k]) return null;
    }
    return null;
  }
}

const BLANK_LINE = /\n[^\S\n]*\n/u;

/** A row of label and number cells parted by runs of blanks (not pipes or tabs). */
function isSpacedRow(text: string, line: TableLine): boolean {
  if (line.cells.length < 2 || line.unaligned || hasPipeOrTab(text, line.start, line.end)) return false;
  return line.cells.some((c) => cellValue(c) !== null) && line.cells.some((c) => cellValue(c) === null && c.text.length > 0);
}

/** The label pieces of a line of short pieces parted by blanks and no number, or null for any other line. */
function piecesOf(text: string, line: TableLine): TableCell[] | null {
  if (hasPipeOrTab(text, line.start, line.end)) return null;
  // A line of two pieces (`（四）无法   1.本机关不掌握`) is read as one cell: no number parts them.
  // A line without a blank is its one cell either way.
  const cells = line.cells.length === 1 && hasBlank(text, line.start, line.end) ? cutAtBlankRuns(text, line.start, line.end) : line.cells;
  return cells.every(isLabelPiece) ? cells : null;
}

function isLabelPiece(c: TableCell): boolean {
  return c.text.length > 0 && c.text.length <= MAX_PIECE && cellValue(c) === null && !/\d/u.test(c.text.replace(NUMBERED, ""));
}

function hasPipeOrTab(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7c || code === 0x09) return true;
  }
  return false;
}

function hasBlank(text: string, from: number, to: number): boolean {
  return /\s/.test(text.slice(from, to));
}

/** True when `piece` stands over (or under) a number cell of `row`. */
function overNumber(text: string, row: TableLine, piece: Placed): boolean {
  const to = piece.column + displayWidth(piece.cell.text);
  return row.cells.some((c) => {
    if (cellValue(c) === null) return false;
    const from = columnOf(text, c.start);
    return from < to && from + displayWidth(c.text) > piece.column;
  });
}

function sameColumn(a: number, b: number): boolean {
  return Math.abs(a - b) <= COLUMN_SLACK;
}

// Columns are counted as the page shows them: CJK characters are two wide.
function columnOf(text: string, at: number): number {
  return displayWidth(text.slice(text.lastIndexOf("\n", at - 1) + 1, at));
}

/**
 * The column of the row's label cell at `column`, or, where the row has no cell there but a label
 * further right, `column` itself (a group label whose piece stands alone on the row's line is
 * missing: `（六）其他` / `处理` above a row that holds only its sub-row's label); null when the
 * row holds a number there.
 */
function labelColumn(row: TableLine, text: string, column: number): number | null {
  for (const c of row.cells) {
    const from = columnOf(text, c.start);
    const to = from + displayWidth(c.text);
    if (column >= from - COLUMN_SLACK && column < Math.max(to, from + COLUMN_SLACK)) return cellValue(c) === null ? from : null;
  }
  return row.cells.some((c) => cellValue(c) === null && columnOf(text, c.start) > column) ? column : null;
}

function add(map: Map<number, Map<number, TableCell[]>>, row: number, column: number, cell: TableCell): void {
  const byColumn = map.get(row) ?? new Map<number, TableCell[]>();
  byColumn.set(column, [...(byColumn.get(column) ?? []), cell]);
  map.set(row, byColumn);
}

function joined(text: string, line: TableLine, above: Map<number, TableCell[]> | undefined, below: Map<number, TableCell[]> | undefined): TableLine {
  const columns = new Set([...(above?.keys() ?? []), ...(below?.keys() ?? [])]);
  const cells: TableCell[] = line.cells.map((c) => {
    const column = columnOf(text, c.start);
    columns.delete(column);
    return merge([...(above?.get(column) ?? []), c, ...(below?.get(column) ?? [])]);
  });
  // Pieces whose column the row's line leaves empty make a label of their own there.
  for (const column of columns) cells.push(merge([...(above?.get(column) ?? []), ...(below?.get(column) ?? [])]));
  cells.sort((a, b) => columnOf(text, a.start) - columnOf(text, b.start) || a.start - b.start);
  const all = cells.flatMap((c) => c.parts ?? [c]);
  return { ...line, start: Math.min(line.start, ...all.map((p) => p.start)), end: Math.max(line.end, ...all.map((p) => p.end)), cells };
}

function merge(parts: TableCell[]): TableCell {
  if (parts.length === 1) return parts[0]!;
  const cellText = parts.map((p) => p.text).join("");
  return { text: cellText, start: parts[0]!.start, end: parts.at(-1)!.end, core: labelCore(cellText), parts };
}
