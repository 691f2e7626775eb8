/**
 * The applications table (section 三): one figure per cell, `applications.<row>.<column>`, unit 件.
 * Rows are recognised by their labels in template order; a group label may share a line with its
 * first sub-row, and each row's seven values follow its label on the same line or on the lines below.
 */
import { APPLICANT_COLUMNS, APPLICATION_ROWS, applicationMetric } from "../../domain/metrics.ts";
import type { ApplicantColumn, ApplicationRow } from "../../domain/metrics.ts";
import type { NormalizedText } from "../../text/normalized-text.ts";
import { cellFigure, type DraftFigure, type SkippedRow } from "./figure-draft.ts";
import { partsMakeTotal } from "./glued-numbers.ts";
import { writtenText } from "./figure-label.ts";
import { labelCoreSpan } from "./table-labels.ts";
import { readRowValues } from "./table-lines.ts";
import type { CellValue, TableCell, TableLine } from "./table-lines.ts";

/** Column names used in figure labels, in template order. */
export const APPLICANT_COLUMN_NAMES: Record<ApplicantColumn, string> = {
  natural_person: "自然人",
  commercial: "商业企业",
  research: "科研机构",
  public_interest: "社会公益组织",
  legal_service: "法律服务机构",
  other_org: "其他法人或组织",
  total: "总计",
};

type Group = "refused" | "unable" | "not_processed" | "other";

interface RowPattern {
  row: ApplicationRow;
  pattern: RegExp;
  /** The group a sub-row belongs to; it only matches inside that group. */
  group?: Group;
  /** Rows that only make sense once the results block has started. */
  afterResults?: boolean;
}

const ROW_PATTERNS: RowPattern[] = [
  { row: "new", pattern: /^本年(?:度)?新收.{0,12}申请/ },
  { row: "carried_over", pattern: /^上年(?:度)?结转/ },
  { row: "granted", pattern: /^予以公开/ },
  { row: "partly_granted", pattern: /^部分公开/ },
  { row: "refused", pattern: /^不予公开$/ },
  { row: "refused.state_secret", pattern: /国家秘密/, group: "refused" },
  { row: "refused.law_prohibited", pattern: /法律.{0,4}法规.{0,4}禁止/, group: "refused" },
  { row: "refused.three_safety", pattern: /三安全一稳定|危及/, group: "refused" },
  { row: "refused.third_party", pattern: /第三方/, group: "refused" },
  { row: "refused.internal_affairs", pattern: /内部事务/, group: "refused" },
  { row: "refused.process_info", pattern: /过程性/, group: "refused" },
  { row: "refused.enforcement_file", pattern: /执法案卷/, group: "refused" },
  { row: "refused.inquiry", pattern: /查询事项/, group: "refused" },
  { row: "unable", pattern: /^无法提供$/ },
  { row: "unable.not_held", pattern: /不掌握/, group: "unable" },
  { row: "unable.needs_creation", pattern: /另行制作/, group: "unable" },
  { row: "unable.unclear", pattern: /不明确/, group: "unable" },
  { row: "not_processed", pattern: /^不予处理$/ },
  { row: "not_processed.complaint", pattern: /信访|举报/, group: "not_processed" },
  { row: "not_processed.repeated", pattern: /^重复申请/, group: "not_processed" },
  { row: "not_processed.publication", pattern: /出版物/, group: "not_processed" },
  { row: "not_processed.mass_repeated", pattern: /大量反复/, group: "not_processed" },
  { row: "not_processed.confirmation", pattern: /确认|重新出具/, group: "not_processed" },
  { row: "other", pattern: /^其他处理$/ },
  { row: "other.no_correction", pattern: /不补正/, group: "other" },
  { row: "other.no_fee", pattern: /缴纳费用|收费通知/, group: "other" },
  { row: "other.other", pattern: /^其他$/, group: "other" },
  { row: "results_total", pattern: /^总计$/, afterResults: true },
  { row: "carried_forward", pattern: /^结转下年度|^下年度继续办理/ },
];

// Words saying an application was not granted; a reason named in prose counts only beside one
// (征求第三方意见12件 names no refusal).
const NOT_GRANTED = /不予|无法提供|不作为|不掌握|不存在|未予|没有现成|不再处理/u;

/**
 * The template row of a refusal reason a prose clause names (因不掌握相关信息无法提供16件,
 * 属于信访、投诉、举报等申请不作为政府信息公开申请处理11件), or null when it names none or several.
 */
export function reasonRowOf(clause: string): ApplicationRow | null {
  if (!NOT_GRANTED.test(clause)) return null;
  const rows = new Set(ROW_PATTERNS.filter((p) => p.group !== undefined && p.pattern.source.startsWith("^") === false && p.pattern.test(clause)).map((p) => p.row));
  return rows.size === 1 ? [...rows][0]! : null;
}

const RESULTS_HEADER = /^本年度办理结果$/;
const GROUP_ROWS = new Set<ApplicationRow>(["refused", "unable", "not_processed", "other"]);

/** Figures of the applications table found in `lines`, with the table's span (null when there is none). */
export function applicationTableFigures(
  norm: NormalizedText,
  lines: TableLine[],
): { figures: DraftFigure[]; span: { start: number; end: number } | null; skipped: SkippedRow[] } {
  const figures: DraftFigure[] = [];
  const skipped: SkippedRow[] = [];
  let group: Group | null = null;
  let resultsStarted = false;
  let groupLabel = "";
  let spanStart = -1;
  let spanEnd = -1;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    for (let ci = 0; ci < line.cells.length; ci++) {
      const cell = line.cells[ci]!;
      const core = cell.core;
      if (core.length === 0 || /\d{2,}/.test(core)) continue;
      if (RESULTS_HEADER.test(core)) {
        resultsStarted = true;
        continue;
      }
      const match = ROW_PATTERNS.find(
        (p) => p.pattern.test(core) && (p.group === undefined || p.group === group) && (!p.afterResults || resultsStarted),
      );
      if (!match) continue;
      if (match.row === "granted" || match.row === "partly_granted") resultsStarted = true;
      if (GROUP_ROWS.has(match.row)) {
        group = match.row as Group;
        resultsStarted = true;
      } else if (match.group === undefined) {
        group = null;
      }
      const rowLabel = writtenLabel(norm, cell);
      if (GROUP_ROWS.has(match.row)) groupLabel = rowLabel;
      const label = match.group ? `${groupLabel}：${rowLabel}` : rowLabel;
      // Glued digits are read where one split has its 总计 the sum of the other six columns.
      const row = readRowValues(lines, li, ci, APPLICANT_COLUMNS.length, partsMakeTotal);
      if (row.undecided !== undefined) skipped.push({ label, digits: row.undecided });
      rowCells(row.values, row.lastLine > li).forEach((v, k) => {
        if (v === null) return;
        const column = APPLICANT_COLUMNS[k]!;
        figures.push(cellFigure(applicationMetric(match.row, column), { row: label, column: APPLICANT_COLUMN_NAMES[column] }, v.value, "件", row));
      });
      if (spanStart < 0) spanStart = line.start;
      spanEnd = Math.max(spanEnd, row.end);
      if (match.row === "carried_forward") return { figures, span: { start: spanStart, end: spanEnd }, skipped };
      if (row.lastLine > li) {
        li = row.lastLine;
        break;
      }
    }
  }
  return { figures, span: spanStart < 0 ? null : { start: spanStart, end: spanEnd }, skipped };
}

/**
 * A row's cells with its 总计 filled in where the row states one number and leaves 总计 blank: the
 * total of one stated cell is that cell, whichever column it stands in (h012-02: 予以公开 18 with
 * blank columns after it; h027-01: a lone 0 after blank lines whose places the page lost); and
 * where its cells stand one a line (`onLinesBelow`), the last of them when it sums the others.
 */
function rowCells(values: CellValue[], onLinesBelow: boolean): CellValue[] {
  const total = APPLICANT_COLUMNS.indexOf("total");
  const stated = values.filter((v) => v !== null);
  if (values[total] != null) return values;
  if (stated.length === 1) {
    const filled = [...values];
    while (filled.length <= total) filled.push(null);
    filled[total] = stated[0]!;
    return filled;
  }
  // Cells one a line with the blank ones lost, fewer numbers than columns, the last the sum of the
  // others (103 3 1 107): the last is the 总计. A row on one line keeps its blanks' places, and one
  // ending short was cut.
  const last = stated[stated.length - 1]!;
  const parts = stated.slice(0, -1);
  if (onLinesBelow && stated.length < total + 1 && parts.length > 0 && partsMakeTotal(stated.map((v) => v.value))) {
    const filled: CellValue[] = [...parts];
    while (filled.length < total) filled.push(null);
    filled[total] = last;
    return filled;
  }
  return values;
}

/** A row label as the report writes it, without numbering and notes; a wrapped label's pieces joined. */
export function writtenLabel(norm: NormalizedText, cell: TableCell): string {
  const span = labelCoreSpan(cell.text);
  if (!cell.parts) return writtenText(norm, cell.start + span.start, cell.start + span.end);
  // The joined text is the parts' texts end to end: each part gives what of the label lies in it.
  const written: string[] = [];
  let offset = 0;
  for (const part of cell.parts) {
    const from = Math.max(span.start - offset, 0);
    const to = Math.min(span.end - offset, part.text.length);
    if (to > from) written.push(writtenText(norm, part.start + from, part.start + to));
    offset += part.text.length;
  }
  return written.join("");
}
