/**
 * The template metric keys a question asks for under its intent, and the rows of a group the
 * templates total nowhere: what the ranking takes as a known metric.
 */
import { APPLICATION_ROWS, ART20_PREFIX, LEGAL_PERSON_COLUMNS, LEGAL_PERSONS, REVIEW_BLOCKS } from "../../domain/metrics.ts";
import type { MetricIntent } from "../question/metric-intent.ts";
import { applicantColumn, art20Column, art20DocumentColumns, reasonMetric, reviewOutcome } from "../question/metric-intent.ts";
import type { ReportDetail, StoredFigure } from "../report-source.ts";

const REVIEW_PREFIXES: readonly string[] = REVIEW_BLOCKS;
// The 第二十条 rows that count documents, whose columns a verb chooses.
const DOCUMENT_ROW = /^(art20\.(?:regulation|normative_document))\.[a-z_]+$/;

/**
 * The metric keys a question asks for under `intent`, in the order tried: a refusal reason it
 * names comes first, an applicant column (自然人) or an outcome (纠正) it names replaces the total,
 * a 第二十条 column (本年增减) the decisions.
 */
export function askedMetrics(intent: MetricIntent, query: string): string[] {
  const reason = reasonMetric(query);
  const applications = intent.id.startsWith("applications.");
  let metrics = reason && applications ? [reason, ...intent.metrics] : intent.metrics;
  const column = applications ? applicantColumn(query) : null;
  if (column) metrics = metrics.map((m) => m.replace(/\.total$/, `.${column}`));
  const outcome = intent.id === "review" || intent.id.startsWith("litigation") ? reviewOutcome(query) : null;
  // Prose states no outcomes: only the table's blocks can answer an outcome.
  if (outcome) metrics = metrics.filter((m) => REVIEW_PREFIXES.some((p) => m.startsWith(`${p}.`))).map((m) => m.replace(/\.total$/, `.${outcome}`));
  // 行政许可本年增减 asks for the 2019 template's change column of that row, not its decisions.
  const art20 = intent.id.startsWith(`${ART20_PREFIX}.`) ? art20Column(query) : null;
  if (art20) metrics = [...new Set(metrics.map((m) => m.replace(/^(art20\.[a-z_]+)\.[a-z_]+$/, `$1.${art20}`)))];
  // 废止了几件规章 asks for that row's repealed column, whichever phrase found the row.
  const verbColumns = intent.id.startsWith(`${ART20_PREFIX}.`) && !art20 ? art20DocumentColumns(query) : null;
  if (verbColumns) {
    const rows = [...new Set(metrics.map((m) => DOCUMENT_ROW.exec(m)?.[1]).filter((r): r is string => r !== undefined))];
    if (rows.length > 0) metrics = rows.flatMap((row) => verbColumns.map((column) => `${row}.${column}`));
  }
  return metrics;
}

/**
 * The rows of a group the templates list without a total of their own (不予公开, 无法提供, 不予处理):
 * those with a count, or the first row when every row is 0. Empty when `metric` is no such group.
 */
export function groupRows(detail: ReportDetail, metric: string): StoredFigure[] {
  // 法人或其他组织 heads five columns of a row and totals them nowhere either.
  const legal = new RegExp(`^applications\\.([a-z_.]+)\\.${LEGAL_PERSONS}$`).exec(metric);
  if (legal) return statedOrFirst(detail, new Set(LEGAL_PERSON_COLUMNS.map((c) => `applications.${legal[1]}.${c}`)));
  const m = /^applications\.(refused|unable|not_processed|other)\.([a-z_]+)$/.exec(metric);
  if (!m) return [];
  return statedOrFirst(detail, new Set(APPLICATION_ROWS.filter((r) => r.startsWith(`${m[1]}.`)).map((r) => `applications.${r}.${m[2]}`)));
}

/** The figures of `metrics` with a count, or the first when every one is 0. */
function statedOrFirst(detail: ReportDetail, rows: Set<string>): StoredFigure[] {
  const found = detail.figures.filter((f) => rows.has(f.metric));
  const stated = found.filter((f) => f.value !== 0);
  return stated.length > 0 ? stated : found.slice(0, 1);
}

