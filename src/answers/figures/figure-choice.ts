/**
 * Choosing, within one report, what answers an intent: the stored figure(s) of its metric, a
 * proactive-disclosure category named in the question, a report-specific figure found by its
 * label and quote, or the passage a text question asks for.
 */
import type { ReportDetail, StoredFigure, StoredPassage } from "../report-source.ts";
import { APPLICATION_ROWS, ART20_PREFIX, NARRATIVE_METRICS, REVIEW_BLOCKS } from "../../domain/metrics.ts";
import type { MetricIntent } from "../question/metric-intent.ts";
import { GROUP_OF_DEPARTMENTS, applicantColumn, art20Column, askedChannel, asksChange, outcomePhrases, reasonMetric, reviewOutcome } from "../question/metric-intent.ts";
import { figureName } from "../render/answer-text.ts";
import { askedKind } from "./asked-kind.ts";
import { categoryFigure } from "./category-figure.ts";
import { askedRate, rateFigure } from "./rate-figure.ts";
import { matchingFormOf, type MatchingForm } from "../search/matching-form.ts";
import { tokenize } from "../search/bigram-tokenizer.ts";
import { rankByBigrams, sharedBigrams } from "../search/passage-ranker.ts";
import { plansAhead } from "../../text/plan-sentences.ts";

export type Finding =
  /**
   * `parts` is true when the figures are the rows of a group the report gives no total for;
   * `joined` when they answer several measures asked at once (X和Y分别多少), each named by its label.
   */
  | { kind: "figures"; figures: StoredFigure[]; children: StoredFigure[]; subject: string; parts?: boolean; joined?: boolean }
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
/** Weight of the share of a label's bigrams the question holds, in miscFigure's score. */
const COVERAGE_WEIGHT = 3;

// The measures asked by the most general words (公开, 申请), which a closer name in the question overrides.
const CATCH_ALL_INTENTS = new Set(["proactive.total", "applications.new"]);

/** Finds what answers `asked` in `detail`. */
export function findInReport(detail: ReportDetail, asked: Asked): Finding {
  const { intent } = asked;
  const form = matchingFormOf(detail);
  // 按时办结率 asks for the rate a report states, never the count of what it is a rate of; a rate
  // asked in a measure word it is not stated in (参合率有多少条) has no answer.
  const rate = askedRate(asked.query);
  if (rate) {
    const stated = rateFigure(detail, rate, form);
    const fits = stated !== null && (asked.units === null || asked.units.includes(stated.unit));
    return fits ? figureFinding(detail, [stated], stated.label) : { kind: "none", passage: null, subject: rate.rate };
  }
  const category = categoryFigure(detail, asked.query, form);
  // 行政许可信息公开了多少条 asks for a category of disclosures (条), not licensing decisions (件).
  const unitsAskCategory = category !== null && asked.units !== null && intent !== null && !asked.units.includes(intent.unit) && asked.units.includes(category.unit);
  // With nothing else asked, a report-specific figure the question names more fully than the
  // category (政务服务事项网上可办率 over 政务服务类信息) is what it asks for.
  const misc = intent ? null : miscFigure(detail, asked, form);
  const miscNamedBetter = category !== null && misc !== null && labelOverlap(misc, asked, form) > labelOverlap(category, asked, form);
  if (category && !miscNamedBetter && (!intent || intent.id === "proactive.total" || unitsAskCategory)) {
    // 发布了多少次预警信号 against 预警信息96条: a category not counted in the question's measure
    // word yields to a count that is (预警信号117次).
    const countedOtherwise = asked.units !== null && !asked.units.includes(countUnit(category.unit));
    const counted = countedOtherwise ? (intent ? namedFigure(detail, intent, asked, null, form) : misc) : null;
    const answer = counted ?? category;
    return figureFinding(detail, [answer], answer.label);
  }
  // 县政府各部门主动公开多少条 asks for one group's part: a report that states none has no answer,
  // and its whole total is not one.
  const group = asked.query.match(GROUP_OF_DEPARTMENTS)?.[0];
  if (group && !category && !misc) return { kind: "none", passage: null, subject: `${group}${intent?.subject ?? ""}` };
  if (intent?.kind === "text") {
    const words = [...intent.passageWords, ...intent.phrases].join(" ") + asked.query;
    const passage = sectionPassage(detail, intent.section, words, form, intent.passageWords, intent.plans);
    return passage ? { kind: "passage", passage, subject: intent.subject } : { kind: "none", passage: null, subject: intent.subject };
  }
  // 发布了多少期预警信息: a measure word the intent's figures never carry asks for a count of its own.
  if (intent && asked.units !== null && intent.unit !== "" && !asked.units.includes(intent.unit)) {
    const own = namedFigure(detail, intent, asked, null, form);
    if (own) return figureFinding(detail, [own], own.label);
  }
  if (intent) {
    const metrics = askedMetrics(intent, asked.query);
    const figures = metricFigures(detail, intent, metrics);
    // The catch-all measures (公开, 申请) yield to a prose count the question names more closely
    // (网上申请, 办理网上查档申请).
    const channel = CATCH_ALL_INTENTS.has(intent.id) ? namedFigure(detail, intent, asked, figures[0] ?? null, form) : null;
    if (channel) return figureFinding(detail, [channel], channel.label);
    // 惠农补贴信息公开了多少条 asks for one kind of disclosures: where the report breaks its total
    // down by kind and names no such kind, the whole total is no answer.
    const kind = intent.id === "proactive.total" ? askedKind(asked.query) : null;
    if (kind && detail.figures.some((f) => f.metric === NARRATIVE_METRICS.proactiveCategory)) {
      return { kind: "none", passage: sectionPassage(detail, intent.section, `${kind}信息`, form), subject: `${kind}信息` };
    }
    // 微信公众号发布了多少条 asks for one channel's count: a total that does not name the channel
    // counts every channel together and is no answer.
    const medium = CATCH_ALL_INTENTS.has(intent.id) ? askedChannel(asked.query) : null;
    if (medium && figures[0] && !form(figures[0].quote).includes(medium)) {
      return { kind: "none", passage: sectionPassage(detail, intent.section, intent.phrases.join(" "), form), subject: `通过${medium}${intent.subject}` };
    }
    // A column, outcome or reason the question narrowed to, or another column of the template
    // (对外公开总数量 for 现行有效), is named by the figure's own label.
    const narrowed = figures.length === 1 && figures[0]!.metric !== intent.metrics[0];
    const change = figures.length === 1 && asksChange(asked.query) ? yearOnYear(detail, figures[0]!, asked.units) : null;
    if (change) return figureFinding(detail, [change], change.label);
    const part = figures.length === 1 ? namedPart(detail, figures[0]!, asked.query, form) : null;
    if (part) return figureFinding(detail, [part], part.label);
    if (figures.length > 0) return figureFinding(detail, figures, narrowed ? figureName(figures[0]!) : intent.subject);
    const outcomePart = proseOutcome(detail, intent, asked.query);
    if (outcomePart) return figureFinding(detail, [outcomePart], outcomePart.label);
    const parts = groupRows(detail, metrics[0] ?? "");
    if (parts.length > 0) return figureFinding(detail, parts, intent.subject, true);
    return { kind: "none", passage: sectionPassage(detail, intent.section, intent.phrases.join(" "), form), subject: intent.subject };
  }
  if (misc) return figureFinding(detail, [misc], misc.label);
  const passage = rankByBigrams(detail.passages, (p) => form(p.text), asked.query)[0]?.item ?? null;
  return { kind: "none", passage, subject: echoedSubject(asked.query) };
}

/**
 * What the question asks, echoed: its digits are no figure of the report, and a measure word or
 * particle left alone once the question words went (征收土地信息有 条) names nothing.
 */
function echoedSubject(query: string): string {
  return query
    .replace(/\d+(?:\.\d+)?/g, " ")
    .split(/\s+/)
    .map((w) => w.replace(/^[的了有是共]+|[的了有是共]+$/g, ""))
    .filter((w) => w.length >= 2)
    .join("");
}

/**
 * The change on the year before a report states right after `figure` in its sentence (受理申请…
 * 比上年增加3147件), in a unit the question accepts; ingest names such a change after its figure.
 */
function yearOnYear(detail: ReportDetail, figure: StoredFigure, units: string[] | null): StoredFigure | null {
  return (
    detail.figures.find(
      (f) =>
        f.metric === NARRATIVE_METRICS.misc &&
        f.quote === figure.quote &&
        f.label.length > figure.label.length &&
        f.label.startsWith(figure.label) &&
        (units === null || units.includes(f.unit)),
    ) ?? null
  );
}

function figureFinding(detail: ReportDetail, figures: StoredFigure[], subject: string, parts = false): Finding {
  const keys = new Set(figures.map((f) => f.key));
  const children = detail.figures.filter((f) => f.parentKey !== null && keys.has(f.parentKey));
  return parts ? { kind: "figures", figures, children, subject, parts } : { kind: "figures", figures, children, subject };
}

const REVIEW_PREFIXES: readonly string[] = REVIEW_BLOCKS;

/**
 * The metric keys a question asks for under `intent`, in the order tried: a refusal reason it
 * names comes first, an applicant column (自然人) or an outcome (纠正) it names replaces the total,
 * a 第二十条 column (本年增减) the decisions.
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
  // 行政许可本年增减 asks for the 2019 template's change column of that row, not its decisions.
  const art20 = intent.id.startsWith(`${ART20_PREFIX}.`) ? art20Column(query) : null;
  if (art20) metrics = [...new Set(metrics.map((m) => m.replace(/^(art20\.[a-z_]+)\.[a-z_]+$/, `$1.${art20}`)))];
  return metrics;
}

/**
 * The part of a reconsideration or litigation count stated in prose that names the outcome asked
 * for (提起行政复议9件，其中…被依法纠正2件), or null.
 */
function proseOutcome(detail: ReportDetail, intent: MetricIntent, query: string): StoredFigure | null {
  const outcome = intent.id === "review" || intent.id.startsWith("litigation") ? reviewOutcome(query) : null;
  if (!outcome) return null;
  const phrases = outcomePhrases(outcome);
  const totals = new Set(detail.figures.filter((f) => intent.metrics.includes(f.metric)).map((f) => f.key));
  return detail.figures.find((f) => f.parentKey !== null && totals.has(f.parentKey) && phrases.some((p) => f.label.includes(p))) ?? null;
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

/** Shortest label of a part the question may name it by. */
const MIN_PART_LABEL = 3;

/**
 * The part of `total` the question names by its label (网上申请 of 受理申请十一件，其中…网上申请四件),
 * or null: the question asks for that part, not the total.
 */
function namedPart(detail: ReportDetail, total: StoredFigure, query: string, form: MatchingForm): StoredFigure | null {
  let best: StoredFigure | null = null;
  let bestLength = MIN_PART_LABEL - 1;
  for (const f of detail.figures) {
    if (f.parentKey !== total.key) continue;
    const label = form(f.label);
    if (label.length > bestLength && query.includes(label) && !form(total.label).includes(label)) {
      best = f;
      bestLength = label.length;
    }
  }
  return best;
}

/** How many of the question's bigrams a figure's label holds. */
function labelOverlap(f: StoredFigure, asked: Asked, form: MatchingForm): number {
  return sharedBigrams(form(f.label), asked.query);
}

// Words every question about disclosures shares; what is left names a channel or a kind.
const GENERIC_WORDS = ["政府", "信息", "公开", "主动", "发布", "条", "了", "的", "共", "全年", "数量", "总数", "一共"];

/**
 * A report-specific count that the question names better than the intent's own figure `total`
 * does (政务微信发布了多少条信息 → 政务微信全年发布信息1500余条), or null. Its unit is the intent's,
 * or the question's measure word's when that differs (发布了多少期预警提示信息 → 预警提示信息68期).
 */
function namedFigure(detail: ReportDetail, intent: MetricIntent, asked: Asked, total: StoredFigure | null, form: MatchingForm): StoredFigure | null {
  let rest = asked.query;
  for (const w of [...intent.phrases, ...GENERIC_WORDS].sort((a, b) => b.length - a.length)) rest = rest.split(w).join(" ");
  if (rest.trim().length < 2) return null;
  const units = asked.units !== null && !asked.units.includes(intent.unit) ? asked.units : [intent.unit];
  const overlap = (f: StoredFigure): number => Math.max(sharedBigrams(form(f.label), rest), sharedBigrams(form(f.quote), rest));
  const floor = Math.max(MIN_MISC_OVERLAP - 1, total ? overlap(total) : 0);
  let best: StoredFigure | null = null;
  let bestScore = floor;
  for (const f of detail.figures) {
    if (f.metric !== NARRATIVE_METRICS.misc || !units.includes(countUnit(f.unit))) continue;
    const score = overlap(f);
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

function miscFigure(detail: ReportDetail, asked: Asked, form: MatchingForm): StoredFigure | null {
  let best: StoredFigure | null = null;
  let bestScore = 0;
  for (const f of detail.figures) {
    if (f.metric !== NARRATIVE_METRICS.misc) continue;
    // A measure word the figure is not counted in (多少条 against 万人) rules it out.
    if (asked.units && !asked.units.includes(countUnit(f.unit))) continue;
    const name = form(f.label);
    const label = sharedBigrams(name, asked.query);
    const quote = sharedBigrams(form(f.quote), asked.query);
    if (Math.max(label, quote) < MIN_MISC_OVERLAP) continue;
    let score = label * 2 + quote;
    // A label's head noun comes last (网站访问量, 群众来电): the question naming it is asking for it.
    if (name.length >= 2 && asked.query.includes(name.slice(-2))) score += 2;
    // A short label the question holds whole (关注人数) beats a long one it shares as much with.
    const own = tokenCount(name);
    if (own > 0) score += (COVERAGE_WEIGHT * label) / own;
    if (asked.units) score += 3;
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

function tokenCount(text: string): number {
  return new Set(tokenize(text)).size;
}

/** The unit a measure word names: 万户 and 亿元 count 户 and 元 (a question asks 多少户, not 多少万户). */
function countUnit(unit: string): string {
  return unit.length > 1 && (unit.startsWith("万") || unit.startsWith("亿")) && unit !== "万元" ? unit.slice(1) : unit;
}

/** The passage of a section of `kind` that best matches `words`; any passage when no section of that kind exists. */
function sectionPassage(detail: ReportDetail, kind: string, words: string, form: MatchingForm, marks: readonly string[] = [], plans = false): StoredPassage | null {
  const sections = new Set(detail.sections.filter((s) => s.kind === kind).map((s) => s.index));
  const all = detail.passages.filter((p) => sections.has(p.sectionIndex) && !isHeading(detail, p));
  // Measures are what the report plans for the next year (2022年，我局将…), whatever words it uses.
  const planned = plans ? all.filter((p) => plansAhead(p.text, detail.summary.year)) : [];
  const inSection = planned.length > 0 ? planned : all;
  // A passage that writes a marking word verbatim (申请内容主要集中在…) answers wherever it stands:
  // many reports sum up requests in their overview rather than in the section on them.
  const marked = (p: StoredPassage): boolean => marks.some((w) => p.text.includes(w));
  const elsewhere = inSection.some(marked) ? [] : detail.passages.filter((p) => marked(p) && !isHeading(detail, p));
  const pool = elsewhere.length > 0 ? elsewhere : inSection.length > 0 ? inSection : detail.passages;
  const ranked = rankByBigrams(pool, (p) => form(p.text), words);
  return ranked[0]?.item ?? (inSection[0] ?? null);
}

function isHeading(detail: ReportDetail, p: StoredPassage): boolean {
  return detail.sections.some((s) => s.heading.length > 0 && s.heading.trim() === p.text.trim());
}
