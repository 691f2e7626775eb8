/**
 * The 第二十条 tables (section 二 of the 2019 and 2021 templates): one figure per cell,
 * `art20.<row>.<column>`. Columns come from the header cells above the rows where the report keeps
 * them, else from the template of the report's format.
 */
import { ART20_PREFIX, NARRATIVE_METRICS } from "../../domain/metrics.ts";
import type { ReportFormat } from "../../domain/report.ts";
import type { NormalizedText } from "../../text/normalized-text.ts";
import { writtenLabel } from "./application-table.ts";
import { cellFigure, type DraftFigure, type SkippedRow } from "./figure-draft.ts";
import { readRowValues } from "./table-lines.ts";
import type { TableLine } from "./table-lines.ts";

type Art20Row =
  | "regulation"
  | "normative_document"
  | "licensing"
  | "other_services"
  | "punishment"
  | "enforcement"
  | "fees"
  | "procurement";

type Art20Column =
  | "issued"
  | "repealed"
  | "in_force"
  | "decisions"
  | "amount"
  | "made"
  | "published"
  | "total_published"
  | "prior_count"
  | "items"
  | "change"
  | "procurement_count"
  | "procurement_amount";

const ROWS: { row: Art20Row; pattern: RegExp }[] = [
  { row: "regulation", pattern: /^规章$/ },
  { row: "normative_document", pattern: /^(?:行政)?规范性文件$/ },
  { row: "licensing", pattern: /^行政许可$/ },
  { row: "other_services", pattern: /^其他对外管理服务事项$/ },
  { row: "punishment", pattern: /^行政处罚$/ },
  { row: "enforcement", pattern: /^行政强制$/ },
  { row: "fees", pattern: /^行政事业性收费$/ },
  { row: "procurement", pattern: /^政府集中采购$/ },
];

const COLUMNS: { column: Art20Column; pattern: RegExp; name: string }[] = [
  // Pages shorten and vary the headers (本年发件数, 本年新制发件数, 现行有效件).
  { column: "issued", pattern: /^本年(?:度)?新?(?:制发|制定|印发|发)(?:文件)?(?:件数?|数量)/, name: "本年制发件数" },
  { column: "repealed", pattern: /^本年(?:度)?(?:废止|废除)(?:文件)?(?:件数?|数量)/, name: "本年废止件数" },
  { column: "in_force", pattern: /^现行有效(?:文件)?(?:件数?|数量)/, name: "现行有效件数" },
  { column: "made", pattern: /^本年(?:度)?新制作数量/, name: "本年新制作数量" },
  { column: "published", pattern: /^本年(?:度)?新公开数量/, name: "本年新公开数量" },
  { column: "total_published", pattern: /^对外公开总数量/, name: "对外公开总数量" },
  { column: "prior_count", pattern: /^上一年(?:度)?项目数量/, name: "上一年项目数量" },
  // 项目数量 beside 处理决定数量 with no year before it: the items of the row this year.
  { column: "items", pattern: /^(?:本年(?:度)?)?项目数量/, name: "项目数量" },
  { column: "change", pattern: /^本年(?:度)?增\/?减/, name: "本年增/减" },
  { column: "decisions", pattern: /处理决定数量/, name: "本年处理决定数量" },
  { column: "amount", pattern: /收费金额/, name: "本年收费金额" },
  { column: "procurement_count", pattern: /^采购项目数量/, name: "采购项目数量" },
  { column: "procurement_amount", pattern: /^采购总金额/, name: "采购总金额" },
];

const COLUMNS_2021: Record<Art20Row, Art20Column[]> = {
  regulation: ["issued", "repealed", "in_force"],
  normative_document: ["issued", "repealed", "in_force"],
  licensing: ["decisions"],
  other_services: ["decisions"],
  punishment: ["decisions"],
  enforcement: ["decisions"],
  fees: ["amount"],
  procurement: ["procurement_count", "procurement_amount"],
};

const COLUMNS_2019: Record<Art20Row, Art20Column[]> = {
  regulation: ["made", "published", "total_published"],
  normative_document: ["made", "published", "total_published"],
  licensing: ["prior_count", "change", "decisions"],
  other_services: ["prior_count", "change", "decisions"],
  punishment: ["prior_count", "change", "decisions"],
  enforcement: ["prior_count", "change", "decisions"],
  fees: ["prior_count", "change"],
  procurement: ["procurement_count", "procurement_amount"],
};

// Header and row cells are short and hold no digits; longer lines are prose.
const MAX_CELL_LENGTH = 30;

// Rows counting decisions, which some pages count items of beside them (项目数量 | 处理决定数量).
const DECISION_ROWS = new Set<Art20Row>(["licensing", "other_services", "punishment", "enforcement"]);

const COLUMNS_2019_ONLY = new Set<Art20Column>(["made", "published", "total_published", "prior_count", "change"]);

interface HeaderColumn {
  /** Null for a header the page cut short (本年新 for 本年新制作数量 or 本年新公开数量). */
  column: Art20Column | null;
  /** The header as written, for labels. */
  name: string;
  /** Unit the header states (单位:万元), if any. */
  unit: string | null;
}

/** Figures of the 第二十条 tables found in `lines`, with the span they cover (null when there are none). */
export function art20TableFigures(
  norm: NormalizedText,
  lines: TableLine[],
  format: ReportFormat,
): { figures: DraftFigure[]; span: { start: number; end: number } | null; skipped: SkippedRow[] } {
  const figures: DraftFigure[] = [];
  const skipped: SkippedRow[] = [];
  const defaults = looksLike2019(lines, format) ? COLUMNS_2019 : COLUMNS_2021;
  let header: HeaderColumn[] = [];
  let headerOpen = false;
  let spanStart = -1;
  let spanEnd = -1;
  // The line a row of the table last ended on.
  let lastRowLine = -2;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    for (let ci = 0; ci < line.cells.length; ci++) {
      const cell = line.cells[ci]!;
      const core = cell.core;
      if (core.length === 0 || core.length > MAX_CELL_LENGTH || /\d/.test(core)) continue;
      const spaced = spacedHeader(cell.text);
      if (spaced) {
        header = spaced;
        headerOpen = false;
        continue;
      }
      const column = COLUMNS.find((c) => c.pattern.test(core));
      if (column || isCutHeader(core)) {
        if (!headerOpen) header = [];
        headerOpen = true;
        header.push({ column: column?.column ?? null, name: writtenLabel(norm, cell), unit: unitIn(core) });
        continue;
      }
      const row = ROWS.find((r) => r.pattern.test(core));
      if (!row) {
        // A row of its own a page adds under the template's (其他主动公开文件 under 规范性文件) is read
        // with the header's columns, as a figure no template key names.
        const opensLine = line.cells.slice(0, ci).every((c) => c.core.length === 0);
        if (opensLine && lastRowLine === li - 1 && header.length > 0 && header.every((h) => h.column !== null)) {
          const values = readRowValues(lines, li, ci, header.length);
          const rowLabel = writtenLabel(norm, cell);
          values.values.forEach((v, k) => {
            if (v !== null) figures.push(cellFigure(NARRATIVE_METRICS.misc, { row: rowLabel, column: header[k]!.name }, v.value, v.unit ?? header[k]!.unit ?? unitOf(header[k]!.column!), values));
          });
          if (values.values.some((v) => v !== null)) {
            lastRowLine = values.lastLine;
            spanEnd = Math.max(spanEnd, values.end);
          }
        }
        continue;
      }
      headerOpen = false;
      const columns = rowColumns(header, defaults[row.row], row.row);
      const values = readRowValues(lines, li, ci, columns.length);
      const rowLabel = writtenLabel(norm, cell);
      // The template says nothing that ties these cells together: glued digits are read only where they split one way.
      if (values.undecided !== undefined) skipped.push({ label: rowLabel, digits: values.undecided });
      // A row's label with no values after it (规章 of a site's menu above the report) starts no table.
      if (values.values.every((v) => v === null)) continue;
      values.values.forEach((v, k) => {
        const col = columns[k]!;
        if (v === null || col.column === null) return;
        figures.push(cellFigure(`${ART20_PREFIX}.${row.row}.${col.column}`, { row: rowLabel, column: col.name }, v.value, v.unit ?? col.unit ?? unitOf(col.column), values));
      });
      if (spanStart < 0) spanStart = line.start;
      spanEnd = Math.max(spanEnd, values.end);
      lastRowLine = values.lastLine;
      if (values.lastLine > li) {
        li = values.lastLine;
        break;
      }
    }
  }
  return { figures, span: spanStart < 0 ? null : { start: spanStart, end: spanEnd }, skipped };
}

/**
 * The columns of a row: the header above it when it names columns this row has, else the template's.
 * A header cut short (本年新 | 本年新 | 对外公开总数量) takes the template's names where the template
 * has as many columns and agrees with every header it can read; its cut columns are read by position.
 */
function rowColumns(header: HeaderColumn[], template: Art20Column[], row: Art20Row): HeaderColumn[] {
  const fromTemplate = (): HeaderColumn[] =>
    template.map((c) => ({ column: c, name: COLUMNS.find((d) => d.column === c)!.name, unit: null }));
  if (header.length === 0) return fromTemplate();
  const allowed = template.concat(COLUMNS_2021[row], COLUMNS_2019[row], DECISION_ROWS.has(row) ? ["items"] : []);
  if (!header.every((h) => h.column === null || allowed.includes(h.column))) return fromTemplate();
  if (header.every((h) => h.column !== null)) return header;
  const agrees = header.length === template.length && header.every((h, k) => h.column === null || h.column === template[k]);
  if (!agrees) return header;
  return fromTemplate().map((t, k) => (header[k]!.column === null ? t : header[k]!));
}

/** Words that head the label column of a header row (信息内容), no column of values. */
const LABEL_HEADER = /^(?:信息内容|项目|类别|内容)$/u;

/**
 * A header row printed as one line parted by single blanks (信息内容 上一年项目数量 本年增/减
 * 处理决定数量): its column names, when two or more of its words name columns and the others head
 * the label column. Null for any other cell.
 */
function spacedHeader(text: string): HeaderColumn[] | null {
  const words = text.trim().split(/\s+/u);
  if (words.length < 3) return null;
  const columns = words.filter((w) => !LABEL_HEADER.test(w)).map((w) => COLUMNS.find((c) => c.pattern.test(w)));
  if (columns.length < 2 || columns.length < words.length - 1 || columns.some((c) => c === undefined)) return null;
  return words.filter((w) => !LABEL_HEADER.test(w)).map((w, k) => ({ column: columns[k]!.column, name: w, unit: unitIn(w) }));
}

/** A header cell cut short: the opening (three characters or more) of a column name the template gives. */
function isCutHeader(core: string): boolean {
  return core.length >= 3 && COLUMNS.some((c) => c.name.length > core.length && c.name.startsWith(core));
}

function looksLike2019(lines: TableLine[], format: ReportFormat): boolean {
  for (const line of lines) {
    for (const cell of line.cells) {
      if (cell.core.length === 0 || cell.core.length > MAX_CELL_LENGTH) continue;
      const column = COLUMNS.find((c) => c.pattern.test(cell.core));
      if (column) return COLUMNS_2019_ONLY.has(column.column);
    }
  }
  return format === "template2019";
}

function unitIn(header: string): string | null {
  const m = /单位[:：]?\s*(万元|元|亿元)/.exec(header);
  return m ? m[1]! : null;
}

function unitOf(column: Art20Column): string {
  switch (column) {
    case "amount":
    case "procurement_amount":
      return "万元";
    case "prior_count":
    case "change":
    case "items":
    case "procurement_count":
      return "项";
    default:
      return "件";
  }
}
