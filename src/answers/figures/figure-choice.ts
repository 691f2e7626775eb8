/**
 * Choosing, within one report, what answers an intent: the stored figure(s) of its metric, a
 * proactive-disclosure category named in the question, a report-specific figure found by its
 * label and quote, or the passage a text question asks for.
 */
import type { ReportDetail, StoredFigure, StoredPassage } from "../report-source.ts";
import { APPLICATION_ROWS, NARRATIVE_METRICS, REVIEW_BLOCKS } from "../../domain/metrics.ts";
import type { MetricIntent } from "../question/metric-intent.ts";
import { applicantColumn, reasonMetric, reviewOutcome } from "../question/metric-intent.ts";
import { figureName } from "../render/answer-text.ts";
import { rankByBigrams, sharedBigrams } from "../search/passage-ranker.ts";

export type Finding =
  /** `parts` is true when the figures are the rows of a group the report gives no total for. */
  | { kind: "figures"; figures: StoredFigure[]; children: StoredFigure[]; subject: string; parts?: boolean }
  | { kind: "passage"; passage: StoredPassage; subject: string }
  /** The report states no such figure; `passage` is what it says on the subject, when anything. */
  | { kind: "none"; passage: StoredPassage | null; subject: string };

/** What a question asks, as far as one report is concerned. */
export interface Asked {
  intent: MetricIntent | null;
  /** The question's matching form with agency and years removed. */
  query: string;
  /** Units the question's measure word accepts, or null. */
  units: string[] | null;
}

const MIN_MISC_OVERLAP = 2;
const CATEGORY_NOISE = /^(其中|包括)|(类信息|信息|类)$/g;
// Labels that name the whole, not a category of it.
const NOT_CATEGORIES = new Set(["政府", "政府信息", "公开", "主动公开", "各类", "信息公开"]);

/** Finds what answers `asked` in `detail`. */
export function findInReport(detail: ReportDetail, asked: Asked): Finding {
  const { intent } = asked;
  const category = categoryFigure(detail, asked.query);
  // 行政许可信息公开了多少条 asks for a category of disclosures (条), not licensing decisions (件).
  const unitsAskCategory = category !== null && asked.units !== null && intent !== null && !asked.units.includes(intent.unit) && asked.units.includes(category.unit);
  if (category && (!intent || intent.id === "proactive.total" || unitsAskCategory)) return figureFinding(detail, [category], category.label);
  if (intent?.kind === "text") {
    const passage = sectionPassage(detail, intent.section, [...intent.passageWords, ...intent.phrases].join(" ") + asked.query);
    return passage ? { kind: "passage", passage, subject: intent.subject } : { kind: "none", passage: null, subject: intent.subject };
  }
  if (intent) {
    const metrics = askedMetrics(intent, asked.query);
    const figures = metricFigures(detail, intent, metrics);
    const channel = intent.id === "proactive.total" ? channelFigure(detail, intent, asked, figures[0] ?? null) : null;
    if (channel) return figureFinding(detail, [channel], channel.label);
    // A column, outcome or reason the question narrowed to, or another column of the template
    // (对外公开总数量 for 现行有效), is named by the figure's own label.
    const narrowed = figures.length === 1 && figures[0]!.metric !== intent.metrics[0];
    if (figures.length > 0) return figureFinding(detail, figures, narrowed ? figureName(figures[0]!) : intent.subject);
    const parts = groupRows(detail, metrics[0] ?? "");
    if (parts.length > 0) return figureFinding(detail, parts, intent.subject, true);
    return { kind: "none", passage: sectionPassage(detail, intent.section, intent.phrases.join(" ")), subject: intent.subject };
  }
  const misc = miscFigure(detail, asked);
  if (misc) return figureFinding(detail, [misc], misc.label);
  const passage = rankByBigrams(detail.passages, (p) => p.text, asked.query)[0]?.item ?? null;
  // The subject echoes the question; its digits are no figure of the report.
  return { kind: "none", passage, subject: asked.query.replace(/\d+(?:\.\d+)?/g, "").trim() };
}

function figureFinding(detail: ReportDetail, figures: StoredFigure[], subject: string, parts = false): Finding {
  const keys = new Set(figures.map((f) => f.key));
  const children = detail.figures.filter((f) => f.parentKey !== null && keys.has(f.parentKey));
  return parts ? { kind: "figures", figures, children, subject, parts } : { kind: "figures", figures, children, subject };
}

const REVIEW_PREFIXES: readonly string[] = REVIEW_BLOCKS;

/**
 * The metric keys a question asks for under `intent`, in the order tried: a refusal reason it
 * names comes first, an applicant column (自然人) or an outcome (纠正) it names replaces the total.
 */
function askedMetrics(intent: MetricIntent, query: string): string[] {
  const reason = reasonMetric(query);
  const applications = intent.id.startsWith("applications.");
  let metrics = reason && applications ? [reason, ...intent.metrics] : intent.metrics;
  const column = applications ? applicantColumn(query) : null;
  if (column) metrics = metrics.map((m) => m.replace(/\.total$/, `.${column}`));
  const outcome = intent.id === "review" || intent.id.startsWith("litigation") ? reviewOutcome(query) : null;
  // Prose states no outcomes: only the table's blocks can answer an outcome.
  if (outcome) metrics = metrics.filter((m) => REVIEW_PREFIXES.some((p) => m.startsWith(`${p}.`))).map((m) => m.replace(/\.total$/, `.${outcome}`));
  return metrics;
}

function metricFigures(detail: ReportDetail, intent: MetricIntent, metrics: string[]): StoredFigure[] {
  const first = (metric: string): StoredFigure[] => detail.figures.filter((f) => f.metric === metric).slice(0, 1);
  // The table states litigation per kind (direct, after reconsideration): both are the answer, never their sum.
  if (intent.id === "litigation") {
    const prose = metrics.filter((m) => !REVIEW_PREFIXES.some((p) => m.startsWith(`${p}.`))).flatMap(first);
    return prose.length > 0 ? prose.slice(0, 1) : metrics.flatMap(first);
  }
  for (const metric of metrics) {
    const found = first(metric);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The rows of a group the templates list without a total of their own (不予公开, 无法提供, 不予处理):
 * those with a count, or the first row when every row is 0. Empty when `metric` is no such group.
 */
function groupRows(detail: ReportDetail, metric: string): StoredFigure[] {
  const m = /^applications\.(refused|unable|not_processed|other)\.([a-z_]+)$/.exec(metric);
  if (!m) return [];
  const rows = new Set(APPLICATION_ROWS.filter((r) => r.startsWith(`${m[1]}.`)).map((r) => `applications.${r}.${m[2]}`));
  const found = detail.figures.filter((f) => rows.has(f.metric));
  const stated = found.filter((f) => f.value !== 0);
  return stated.length > 0 ? stated : found.slice(0, 1);
}

function categoryFigure(detail: ReportDetail, query: string): StoredFigure | null {
  let best: StoredFigure | null = null;
  let bestLength = 0;
  for (const f of detail.figures) {
    if (f.metric !== NARRATIVE_METRICS.proactiveCategory) continue;
    const name = f.label.replace(CATEGORY_NOISE, "").replace(CATEGORY_NOISE, "");
    if (name.length >= 2 && !NOT_CATEGORIES.has(name) && query.includes(name) && name.length > bestLength) {
      best = f;
      bestLength = name.length;
    }
  }
  return best;
}

// Words every question about disclosures shares; what is left names a channel or a kind.
const GENERIC_WORDS = ["政府", "信息", "公开", "主动", "发布", "条", "了", "的", "共", "全年", "数量", "总数", "一共"];

/**
 * A report-specific count of the disclosure total's unit that the question names better than the
 * total's own sentence does (政务微信发布了多少条信息 → 政务微信全年发布信息1500余条), or null.
 */
function channelFigure(detail: ReportDetail, intent: MetricIntent, asked: Asked, total: StoredFigure | null): StoredFigure | null {
  let rest = asked.query;
  for (const w of [...intent.phrases, ...GENERIC_WORDS].sort((a, b) => b.length - a.length)) rest = rest.split(w).join(" ");
  if (rest.trim().length < 2) return null;
  const overlap = (f: StoredFigure): number => Math.max(sharedBigrams(f.label, rest), sharedBigrams(f.quote, rest));
  const floor = Math.max(MIN_MISC_OVERLAP - 1, total ? overlap(total) : 0);
  let best: StoredFigure | null = null;
  let bestScore = floor;
  for (const f of detail.figures) {
    if (f.metric !== NARRATIVE_METRICS.misc || f.unit !== intent.unit) continue;
    const score = overlap(f);
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

function miscFigure(detail: ReportDetail, asked: Asked): StoredFigure | null {
  let best: StoredFigure | null = null;
  let bestScore = 0;
  for (const f of detail.figures) {
    if (f.metric !== NARRATIVE_METRICS.misc) continue;
    const label = sharedBigrams(f.label, asked.query);
    const quote = sharedBigrams(f.quote, asked.query);
    if (Math.max(label, quote) < MIN_MISC_OVERLAP) continue;
    let score = label * 2 + quote;
    // A label's head noun comes last (网站访问量, 群众来电): the question naming it is asking for it.
    if (f.label.length >= 2 && asked.query.includes(f.label.slice(-2))) score += 2;
    if (asked.units) score += asked.units.includes(f.unit) ? 3 : -5;
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

/** The passage of a section of `kind` that best matches `words`; any passage when no section of that kind exists. */
function sectionPassage(detail: ReportDetail, kind: string, words: string): StoredPassage | null {
  const sections = new Set(detail.sections.filter((s) => s.kind === kind).map((s) => s.index));
  const inSection = detail.passages.filter((p) => sections.has(p.sectionIndex) && !isHeading(detail, p));
  const pool = inSection.length > 0 ? inSection : detail.passages;
  const ranked = rankByBigrams(pool, (p) => p.text, words);
  return ranked[0]?.item ?? (inSection[0] ?? null);
}

function isHeading(detail: ReportDetail, p: StoredPassage): boolean {
  return detail.sections.some((s) => s.heading.length > 0 && s.heading.trim() === p.text.trim());
}
