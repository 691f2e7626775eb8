/**
 * The 勾稽 checks of the template tables and of prose breakdowns. Each failure is a warning naming
 * the figures it concerns, with a message a reader of the report can follow. Messages state only
 * the report's own figures, never a computed sum: answers show them, and an answer states no
 * number the report does not.
 */
import { APPLICANT_COLUMNS, APPLICATION_ROWS, REVIEW_BLOCKS, applicationMetric } from "../../domain/metrics.ts";
import type { ApplicantColumn, ApplicationRow } from "../../domain/metrics.ts";
import { APPLICANT_COLUMN_NAMES } from "./application-table.ts";
import type { DraftFigure, DraftWarning } from "./figure-draft.ts";
import { REVIEW_BLOCK_NAMES } from "./review-table.ts";
import { cellRow } from "../../domain/table-cell.ts";

// Each group row of the template and its sub-rows (refused → refused.state_secret …), in template order.
const GROUPS: { group: ApplicationRow; name: string; parts: ApplicationRow[] }[] = (
  [
    ["refused", "（三）不予公开"],
    ["unable", "（四）无法提供"],
    ["not_processed", "（五）不予处理"],
    ["other", "（六）其他处理"],
  ] as const
).map(([group, name]) => ({ group, name, parts: APPLICATION_ROWS.filter((row) => row.startsWith(`${group}.`)) }));
const RESULT_ROWS: ApplicationRow[] = ["granted", "partly_granted", "refused", "unable", "not_processed", "other"];

type Lookup = (metric: string) => DraftFigure | undefined;

// Metric keys of every applications cell, built once: the checks look up hundreds per report.
const CELL_METRICS = new Map<ApplicationRow, Map<ApplicantColumn, string>>(
  APPLICATION_ROWS.map((row) => [row, new Map(APPLICANT_COLUMNS.map((c) => [c, applicationMetric(row, c)]))]),
);

/** Warnings for the applications and reconsideration/litigation tables among `figures`. */
export function tableWarnings(figures: DraftFigure[]): DraftWarning[] {
  const byMetric = new Map<string, DraftFigure>();
  for (const f of figures) if (!byMetric.has(f.metric)) byMetric.set(f.metric, f);
  const get: Lookup = (metric) => byMetric.get(metric);
  return [...applicationWarnings(get), ...reviewWarnings(get)];
}

function applicationWarnings(get: Lookup): DraftWarning[] {
  const out: DraftWarning[] = [];
  const cell = (row: ApplicationRow, column: ApplicantColumn) => get(CELL_METRICS.get(row)!.get(column)!);
  for (const column of APPLICANT_COLUMNS) {
    const name = APPLICANT_COLUMN_NAMES[column];
    const a = cell("new", column);
    const b = cell("carried_over", column);
    const c = cell("results_total", column);
    const d = cell("carried_forward", column);
    if (a && b && c && d) {
      if (a.value + b.value !== c.value + d.value) {
        out.push({
          code: "applications.balance",
          message:
            `申请情况表“${name}”列：一、本年新收(${a.value})与二、上年结转(${b.value})之和，` +
            `不等于（七）总计(${c.value})与四、结转下年度(${d.value})之和`,
          figures: [a, b, c, d],
        });
      }
    }
    for (const { group, name: groupName, parts } of GROUPS) {
      const total = cell(group, column);
      const found = parts.map((p) => cell(p, column)).filter((f): f is DraftFigure => f !== undefined);
      if (total === undefined || found.length === 0) continue;
      const sum = found.reduce((s, f) => s + f.value, 0);
      if (sum !== total.value) {
        out.push({
          code: "applications.group_sum",
          message: `申请情况表“${name}”列：${groupName}(${total.value}) 不等于其各分项之和`,
          figures: [total, ...found],
        });
      }
    }
    const results = RESULT_ROWS.map((row) => resultValue(cell, row, column));
    const total = cell("results_total", column);
    if (total !== undefined && results.every((r) => r !== null)) {
      const sum = results.reduce((s, r) => s + r!.value, 0);
      if (sum !== total.value) {
        out.push({
          code: "applications.results_total",
          message: `申请情况表“${name}”列：（七）总计(${total.value}) 不等于（一）至（六）之和`,
          figures: [total, ...results.flatMap((r) => r!.figures)],
        });
      }
    }
  }
  for (const row of APPLICATION_ROWS) {
    const total = cell(row, "total");
    const parts = APPLICANT_COLUMNS.slice(0, -1).map((c) => cell(row, c));
    if (total === undefined || !allPresent(parts)) continue;
    const sum = parts.reduce((s, f) => s + f.value, 0);
    if (sum !== total.value) {
      out.push({
        code: "applications.row_total",
        message: `申请情况表“${cellRow(total.label)}”行：总计(${total.value}) 不等于自然人与各类法人或其他组织之和`,
        figures: [total, ...parts],
      });
    }
  }
  return out;
}

/** A result group's value: its own cell, else the sum of its sub-rows when the table gives those. */
function resultValue(
  cell: (row: ApplicationRow, column: ApplicantColumn) => DraftFigure | undefined,
  row: ApplicationRow,
  column: ApplicantColumn,
): { value: number; figures: DraftFigure[] } | null {
  const own = cell(row, column);
  if (own) return { value: own.value, figures: [own] };
  const group = GROUPS.find((g) => g.group === row);
  if (!group) return null;
  const parts = group.parts.map((p) => cell(p, column));
  if (!allPresent(parts)) return null;
  return { value: parts.reduce((s, f) => s + f.value, 0), figures: parts };
}

function reviewWarnings(get: Lookup): DraftWarning[] {
  const out: DraftWarning[] = [];
  for (const block of REVIEW_BLOCKS) {
    const parts = ["maintained", "corrected", "other", "pending"].map((o) => get(`${block}.${o}`));
    const total = get(`${block}.total`);
    if (total === undefined || !allPresent(parts)) continue;
    const sum = parts.reduce((s, f) => s + f.value, 0);
    if (sum !== total.value) {
      out.push({
        code: "review.block_total",
        message: `${REVIEW_BLOCK_NAMES[block]}：总计(${total.value}) 不等于结果维持、结果纠正、其他结果、尚未审结之和`,
        figures: [total, ...parts],
      });
    }
  }
  return out;
}

/**
 * Warnings for prose breakdowns: parts that exceed their total, or parts that end with 其他/其余
 * (so they claim to be the whole) and do not add up to it.
 */
export function breakdownWarnings(figures: DraftFigure[]): DraftWarning[] {
  const children = new Map<DraftFigure, DraftFigure[]>();
  for (const f of figures) {
    if (f.parent) children.set(f.parent, [...(children.get(f.parent) ?? []), f]);
  }
  const out: DraftWarning[] = [];
  for (const [total, parts] of children) {
    const sum = parts.reduce((s, f) => s + f.value, 0);
    const listed = parts.map((p) => `${p.label}${p.value}${p.unit}`).join("、");
    const exhaustive = /^(?:其他|其它|其余)/u.test(parts.at(-1)!.label);
    const anyApproximate = total.approximate || parts.some((p) => p.approximate);
    if (sum > total.value && !total.approximate) {
      out.push({
        code: "narrative.parts_exceed_total",
        message: `“${total.label}${total.value}${total.unit}”的分项之和超过总数：${listed}`,
        figures: [total, ...parts],
      });
    } else if (exhaustive && !anyApproximate && sum !== total.value) {
      out.push({
        code: "narrative.parts_mismatch",
        message: `“${total.label}${total.value}${total.unit}”的分项之和与总数不符：${listed}`,
        figures: [total, ...parts],
      });
    }
  }
  return out;
}

function allPresent<T>(list: (T | undefined)[]): list is T[] {
  return list.every((x) => x !== undefined);
}
