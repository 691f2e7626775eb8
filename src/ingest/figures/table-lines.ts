/**
 * A report's text as table lines: each line split into cells at "|" (pipe-flattened, markdown and
 * HTML-derived tables), at tabs (tables copied from a page or a spreadsheet) or at runs of blanks
 * between short cells (tables pasted from a PDF), or kept as one cell (one-cell-per-line tables and
 * prose). Spans are in the normalized text; cell texts are trimmed.
 */
import { isSpace } from "./sentences.ts";
import { gluedSplits } from "./glued-numbers.ts";
import { isNumbered, labelCore, withoutNote } from "./table-labels.ts";

export interface TableCell {
  text: string;
  start: number;
  end: number;
  /** The label without numbering and blanks (see `labelCore`); empty for cells too long to be a label. */
  core: string;
  /** The cells on several lines a wrapped label was joined from, in reading order (see wrapped-labels.ts). */
  parts?: TableCell[];
}

export interface TableLine {
  /** Span of the line without surrounding whitespace. */
  start: number;
  end: number;
  piped: boolean;
  cells: TableCell[];
  /** True for a row parted by single blanks (行政许可 66 +126 192): no column layout, so no label wraps into it. */
  unaligned?: boolean;
  /**
   * True for a row whose numbers the page printed without separators (行政许可2293, 规章 000,
   * （七）总计23 0 00 0 023): each cell after the label is a run of digits that may hold several
   * cells, read by `readRowValues` only where it splits one way.
   */
  glued?: boolean;
}

/** Cells longer than this are prose, never a label or a value. */
const MAX_CELL_LABEL = 48;
const MAX_VALUE_CELL = 24;

/**
 * What a value cell holds: a number, or a mark that states nothing (—, -, /, blank). `unit`: the
 * unit the cell writes after its number, which overrides its column's.
 */
export type CellValue = { value: number; cell: TableCell; unit?: string } | null;

// A cell may write its unit after the number: an amount (采购总金额 976.81万元, 251000元) or, where
// pipes or tabs part the cells, a count (行政处罚 | 201件, 政府集中采购 | 31批次).
// A change may be written with its direction (本年增/减 | 增4, 减2); an amount with 万 alone (140万 of 万元).
const NUMBER_CELL = /^(?:[+-]|增加?|减少?)?\d+(?:,\d{3})*(?:\.\d+)?(?:[万亿]?元|[万亿]|件|项|条|个|人次|批次|次|批|份)?$/;
// Between runs of blanks a count with its measure word is prose's way of writing (主动公开信息  352条).
const SPACED_NUMBER_CELL = /^[+-]?\d+(?:,\d{3})*(?:\.\d+)?(?:[万亿]?元)?$/;
const CELL_UNIT = /(?:[万亿]?元|[万亿]|件|项|条|个|人次|批次|次|批|份)$/;
const DIRECTION = /^(?:增加?|(减少?))/;
const EMPTY_MARK = /^(?:[-—–−/]+|无)?$/;

/** Splits `text[from, to)` into lines of cells. */
export function tableLines(text: string, from: number, to: number): TableLine[] {
  const lines: TableLine[] = [];
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    const line = splitLine(text, lineStart, lineEnd);
    if (line) lines.push(line);
    lineStart = lineEnd + 1;
  }
  return lines;
}

function splitLine(text: string, from: number, to: number): TableLine | null {
  const span = trimSpan(text, from, to);
  if (span.start === span.end) return null;
  const line = text.slice(span.start, span.end);
  if (MARKDOWN_RULE.test(line)) return null;
  let cells = cutCells(text, span.start, span.end);
  // 社会救助 7 条、养老服务 2 条、…: counts listed with their measure words are prose, however spaced.
  if (cells.length === 1 && (line.match(LISTED_COUNT) ?? []).length >= 2) return { start: span.start, end: span.end, piped: false, cells };
  if (cells.length === 1) {
    const spaced = cutAtBlankRuns(text, span.start, span.end);
    const table = isSpacedRow(spaced) ? null : tablePrintedAsLine(text, span.start, span.end);
    if (table) return { start: span.start, end: span.end, piped: true, cells: table };
    const single = isSpacedRow(spaced) ? null : labelledNumbers(text, span.start, span.end);
    if (single) return { start: span.start, end: span.end, piped: true, cells: single, unaligned: true };
    if (isSpacedRow(spaced)) cells = spaced;
    else {
      const glued = gluedRow(text, span.start, span.end);
      if (glued) return { start: span.start, end: span.end, piped: true, cells: glued, unaligned: true, glued: true };
    }
  } else if (line.startsWith("|") && line.endsWith("|")) {
    // A markdown row (| a | b |): its outer pipes close the row, they leave no empty cell.
    cells = cells.slice(1, -1);
  }
  return { start: span.start, end: span.end, piped: cells.length > 1, cells };
}

const LISTED_COUNT = /\d\s*[条件项个篇份次]\s*[、，,;；]/gu;
const PIPE = 0x7c;
const TAB = 0x09;

// The rule under a markdown table's header row: |---|:---:|.
const MARKDOWN_RULE = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*$/;

/** Cells parted by "|" or tabs. */
function cutCells(text: string, from: number, to: number): TableCell[] {
  const cells: TableCell[] = [];
  let cellStart = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === PIPE || text.charCodeAt(i) === TAB) {
      cells.push(cellAt(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  return cells;
}

/**
 * A line parted by blank runs is a row when its cells are all short and it holds a number cell
 * (行政处罚    12) or is a header of several label cells; prose with a stray double blank
 * (主动公开信息  352条) is neither.
 */
function isSpacedRow(cells: TableCell[]): boolean {
  if (cells.length < 2 || cells.some((c) => c.text.length > MAX_CELL_LABEL)) return false;
  if (cells.some((c) => c.text.length <= MAX_VALUE_CELL && SPACED_NUMBER_CELL.test(c.text.replace(/\s/g, "")))) return true;
  return cells.length >= 3 && cells.every((c) => !/[\d,;。:]/u.test(c.text));
}

/**
 * Cells parted by runs of two or more blanks (a single blank may group thousands: 2 435). A row whose
 * cells were parted by full-width spaces, which fold to one blank each, is cut at single blanks too
 * where that cannot misread it: between numbers that are no thousands groups (19 3 0 0 2 1 25) and
 * between numbered labels (（三）不予公开 1.属于国家秘密).
 */
export function cutAtBlankRuns(text: string, from: number, to: number): TableCell[] {
  const cells: TableCell[] = [];
  let cellStart = from;
  for (let i = from; i < to; i++) {
    if (!isSpace(text.charCodeAt(i)) || !isSpace(text.charCodeAt(i + 1))) continue;
    let j = i;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    cells.push(...blankPartedCells(text, cellStart, i));
    cellStart = j;
    i = j - 1;
  }
  cells.push(...blankPartedCells(text, cellStart, to));
  return cells;
}

// A row label of words alone, then two or more numbers each after one blank (行政许可 66 +126 192;
// the last may carry a money unit: 政府集中采购 14 523.15万元).
const LABELLED_NUMBERS = /^([\u4e00-\u9fff（）()、]{2,30}) ((?:[+-]?\d+(?:\.\d+)? )+[+-]?\d+(?:\.\d+)?(?:万元|元)?)$/u;

/**
 * The cells of a row parted by single blanks (a page that prints a table as text): the label and
 * each number. Null for anything else, and for numbers that read as one number in thousands groups.
 */
function labelledNumbers(text: string, from: number, to: number): TableCell[] | null {
  const m = LABELLED_NUMBERS.exec(text.slice(from, to));
  if (!m || THOUSANDS_GROUPS.test(m[2]!)) return null;
  const numbersAt = from + m[1]!.length + 1;
  // A money unit after the last number is the column's unit, not part of the cell's value.
  const pieces = [...m[2]!.matchAll(/[+-]?\d+(?:\.\d+)?/g)];
  return [cellAt(text, from, from + m[1]!.length), ...pieces.map((n) => cellAt(text, numbersAt + n.index, numbersAt + n.index + n[0].length))];
}

// A cell of a table printed on one line: a label of words (第二十条第(五)项, 本年处理决定数量) or a number.
const LINE_TABLE_CELL = /^(?:[\u4e00-\u9fff()（）、/]+|[+-]?\d+(?:\.\d+)?(?:万元|元)?)$/u;
const LINE_TABLE_NUMBER = /^[+-]?\d/;
// Fewest labels and numbers such a line holds: a header, a row label and its cells.
const LINE_TABLE_MIN = 3;

/**
 * The cells of a whole table printed on one line, labels and numbers parted by single blanks
 * (第二十条第(一)项 信息内容 本年制发件数 … 规章 0 0 0 行政规范性文件 0 0 0 …), or null. Prose never
 * holds a number alone between blanks three times among words alone.
 */
function tablePrintedAsLine(text: string, from: number, to: number): TableCell[] | null {
  const tokens = [...text.slice(from, to).matchAll(/\S+/g)];
  if (tokens.length < 2 * LINE_TABLE_MIN) return null;
  let numbers = 0;
  for (const t of tokens) {
    if (t[0].length > MAX_CELL_LABEL || !LINE_TABLE_CELL.test(t[0])) return null;
    if (LINE_TABLE_NUMBER.test(t[0])) numbers++;
  }
  if (numbers < LINE_TABLE_MIN || tokens.length - numbers < LINE_TABLE_MIN || THOUSANDS_RUN.test(text.slice(from, to))) return null;
  return tokens.map((t) => cellAt(text, from + t.index, from + t.index + t[0].length));
}

// Digits in thousands groups (访问量 1 234) read as one number: no line of single cells.
const THOUSANDS_RUN = /(?:^|\s)\d{1,3}(?: \d{3})+(?:\s|$)/;

// A row label (words, its numbering and notes) with the row's digits right after it, in runs parted
// by single blanks; the label ends in a word or a closing mark and holds no sentence end.
// The last cell may carry the amount column's money unit.
const GLUED_ROW = /^([^。；;|]*[\u4e00-\u9fff)）"”])\s?(\d+(?:\.\d+)?(?: \d+(?:\.\d+)?)*)(?:万?元)?$/u;

/** The label and digit runs of a row printed without separators between its cells, or null. */
function gluedRow(text: string, from: number, to: number): TableCell[] | null {
  const line = text.slice(from, to);
  // A change written with its direction (增4) is one value, no label glued to a number.
  if (NUMBER_CELL.test(line.replace(/\s/g, ""))) return null;
  const m = GLUED_ROW.exec(line);
  // Digits in thousands groups (访问量 1 234) are one number in prose, no row; nor is a sentence
  // counting in clauses that a cut page ends on a number (受理申请255件,…,不予公开28).
  if (!m || THOUSANDS_GROUPS.test(m[2]!) || PROSE_COUNTS.test(m[1]!)) return null;
  // The digits follow the label and at most one blank.
  const numbersAt = text.indexOf(m[2]!, from + m[1]!.length);
  const runs = [...m[2]!.matchAll(/\S+/g)];
  return [cellAt(text, from, from + m[1]!.length), ...runs.map((r) => cellAt(text, numbersAt + r.index, numbersAt + r.index + r[0].length))];
}

// A count with its measure word in a clause before a comma: prose, which no row label holds.
const PROSE_COUNTS = /\d[件条个次篇份项人][^,，]*[,，]/u;
const SPACED_NUMBERS = /^[+-]?\d+(?:\.\d+)?(?: [+-]?\d+(?:\.\d+)?)+$/;
const THOUSANDS_GROUPS = /^\d{1,3}(?: \d{3})+(?:\.\d+)?$/;

/** The cell `text[from, to)`, or its pieces when single blanks part numbers or numbered labels. */
function blankPartedCells(text: string, from: number, to: number): TableCell[] {
  const cell = cellAt(text, from, to);
  if (SPACED_NUMBERS.test(cell.text)) return THOUSANDS_GROUPS.test(cell.text) ? [cell] : blankParted(text, cell);
  if (!isNumbered(cell.text)) return [cell];
  // Every piece opens with its numbering: 三、本年度办理结果 （一）予以公开.
  const labels = blankParted(text, cell);
  return labels.length > 1 && labels.every((l) => isNumbered(l.text)) ? labels : [cell];
}

function blankParted(text: string, cell: TableCell): TableCell[] {
  return [...cell.text.matchAll(/\S+/g)].map((m) => cellAt(text, cell.start + m.index, cell.start + m.index + m[0].length));
}

function cellAt(text: string, from: number, to: number): TableCell {
  const cell = trimSpan(text, from, to);
  const cellText = text.slice(cell.start, cell.end);
  // A row label may carry a long note on what it counts (规章(设区的市…应提供相关数据)): the label is what precedes it.
  const bare = withoutNote(cellText);
  const core = bare.length <= MAX_CELL_LABEL ? labelCore(bare) : "";
  return { text: cellText, start: cell.start, end: cell.end, core };
}

function trimSpan(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** True for a cell that can stand in a row's value position: a number or an empty mark. */
export function isValueCell(cell: TableCell): boolean {
  if (cell.text.length > MAX_VALUE_CELL) return false;
  return NUMBER_CELL.test(cell.text.replace(/\s/g, "")) || EMPTY_MARK.test(cell.text);
}

export function cellValue(cell: TableCell): CellValue {
  if (cell.text.length > MAX_VALUE_CELL) return null;
  const t = cell.text.replace(/\s/g, "");
  if (!NUMBER_CELL.test(t)) return null;
  const written = CELL_UNIT.exec(t)?.[0];
  const unit = written === "万" || written === "亿" ? `${written}元` : written;
  const direction = DIRECTION.exec(t);
  const value = Number(t.replace(CELL_UNIT, "").replace(DIRECTION, "").replace(/,/g, ""));
  return { value: direction?.[1] ? -value : value, cell, ...(unit ? { unit } : {}) };
}

/** The values of one row and the span that shows them. */
export interface RowValues {
  values: CellValue[];
  /** Span of the row in the normalized text: the whole line for a row on one line, else label to last value. */
  start: number;
  end: number;
  /** Index of the last line the row used. */
  lastLine: number;
  /** The digits of a glued row that split into its cells more than one way, or none: the row is not read. */
  undecided?: string;
}

/**
 * Reads up to `max` values that follow cell `cellIndex` of line `lineIndex`: the rest of that line
 * when it holds values, else the value-only lines below it (one-cell-per-line tables, rows wrapped
 * by the page). Empty cells keep their position; trailing empty cells are dropped.
 */
export function readRowValues(
  lines: TableLine[],
  lineIndex: number,
  cellIndex: number,
  max: number,
  fits?: (values: number[]) => boolean,
): RowValues {
  const line = lines[lineIndex]!;
  if (line.glued && cellIndex === 0) return readGlued(line, lineIndex, max, fits);
  const rest = withoutSpacers(line.cells.slice(cellIndex + 1), max);
  const firstOther = rest.findIndex((c) => !isValueCell(c));
  const sameLine = firstOther === -1 ? rest : rest.slice(0, firstOther);
  if (sameLine.some((c) => cellValue(c) !== null) || firstOther !== -1) {
    return {
      values: dropTrailingEmpty(sameLine.slice(0, max).map(cellValue)),
      start: line.start,
      end: line.end,
      lastLine: lineIndex,
    };
  }
  return readValueRun(lines, lineIndex + 1, max, line.cells[cellIndex]!.start, lineIndex, closedByPipe(line, cellIndex));
}

/**
 * The values of a glued row (`行政许可2293`, `一、本年新收…640020470`): the one split of its digits
 * into `max` cells that `fits` accepts, else no values and the digits as `undecided`.
 */
function readGlued(line: TableLine, lineIndex: number, max: number, fits?: (values: number[]) => boolean): RowValues {
  const runs = line.cells.slice(1);
  const splits = gluedSplits(runs.map((c) => c.text), max, fits);
  const row = { start: line.start, end: line.end, lastLine: lineIndex };
  if (splits.length !== 1) return { ...row, values: [], undecided: runs.map((c) => c.text).join(" ") };
  const values = splits[0]!.map((p): CellValue => {
    const run = runs[p.token]!;
    const text = run.text.slice(p.start, p.end);
    return { value: p.value, cell: { text, start: run.start + p.start, end: run.start + p.end, core: "" } };
  });
  return { ...row, values };
}

/**
 * True when the label stands alone on its line closed by one "|" (`（一）予以公开 |`): each cell of
 * such a table is a line of its own closed by "|", and a line holding only "|" is a blank cell.
 */
function closedByPipe(line: TableLine, cellIndex: number): boolean {
  return line.piped && cellIndex === 0 && line.cells.length === 2 && line.cells[1]!.text === "";
}

/**
 * Reads values from the value-only lines starting at `lineIndex`, up to `max`. `start` is where the
 * row's span begins; `fallbackLine` is reported as the last line when no value line follows. With
 * `lonePipeIsCell`, a line holding only "|" keeps the place of a blank cell (h012-02, h012-03:
 * `18 |` then six such lines is 18 in the first column, not in every column the lines skip).
 */
export function readValueRun(
  lines: TableLine[],
  lineIndex: number,
  max: number,
  start: number,
  fallbackLine: number,
  lonePipeIsCell = false,
): RowValues {
  const values: CellValue[] = [];
  let end = start;
  let lastLine = fallbackLine;
  let first = true;
  for (let i = lineIndex; i < lines.length && values.length < max; i++) {
    const line = lines[i]!;
    if (!line.cells.every(isValueCell)) break;
    const lineValues = line.cells.map(cellValue);
    // A line of a lone "|" reads as a markdown row of no cells.
    const lonePipe = lonePipeIsCell && line.cells.length === 0 && line.end - line.start === 1;
    const kept = lonePipe ? [null] : line.piped ? dropTrailingEmpty(lineValues) : lineValues;
    if (kept.length === 0) continue;
    if (first && start < 0) start = line.start;
    first = false;
    values.push(...kept.slice(0, max - values.length));
    if (!lonePipe) end = line.end;
    lastLine = i;
  }
  return { values: dropTrailingEmpty(values), start, end, lastLine };
}

/**
 * Cells after a row label without the blank cells a merged label leaves when its table is
 * flattened (`一、本年新收… | | | 8 | 1 …`): leading blanks go while `max` cells still follow.
 */
function withoutSpacers(cells: TableCell[], max: number): TableCell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.text === "") end--;
  let start = 0;
  while (start < end && cells[start]!.text === "" && end - start > max) start++;
  return cells.slice(start);
}

function dropTrailingEmpty(values: CellValue[]): CellValue[] {
  let n = values.length;
  while (n > 0 && values[n - 1] === null) n--;
  return values.slice(0, n);
}
