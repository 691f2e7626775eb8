/**
 * Canonical metrics of prose figures: what a number with its unit and the clause before it
 * counts (proactive disclosures, applications received and their outcomes, fees, reconsideration
 * and litigation), and the rule that a report states each such measure once: where a template
 * table states it, or where prose states it twice, the other mentions stay report-specific figures.
 */
import { applicationMetric, NARRATIVE_METRICS } from "../../domain/metrics.ts";
import { reasonRowOf } from "./application-table.ts";
import type { NarrativeFigure } from "./narrative-figures.ts";
import { YEARS_NEW_SHARE } from "../../text/year-share.ts";

/** The sentence a figure stands in. */
export interface FigureSetting {
  /** Normalized text of the sentence. */
  text: string;
  /** True when the sentence lies in the section on applications. */
  inApplications: boolean;
}

const PROACTIVE = /公开|发布|更新/u;
const PROACTIVE_NOT = /申请|咨询|不得|不少于|不超过|每月|每周|每年|要求/u;
// What is counted is named last: 公开目录中主动公开政府信息 counts information, 目录和指南 does not.
const PROACTIVE_NOT_COUNTED = /(?:目录|指南|栏目)[和及、]?(?:目录|指南)?$/u;
// The measure named as the template names it, right before the count.
const PROACTIVE_NAMED = /(?:^|其中|[,，、])主动公开(?:政府)?信息(?:数|总数)?$/u;
const APPLICATION = /依申请|公开申请|申请公开/u;
// In the section on applications a bare 受理申请 (全年受理申请3件) needs no 公开 to say which.
const BARE_APPLICATION = /(?:受理|收到|接到|接收)了?申请/u;
const APPLICATION_NOT = /复议|诉讼|收费|不予|答复|办结|网上申请|电子邮件|信函|当面/u;
// How applications were answered, named right before the count (办理结果:同意公开12件,部分公开1件).
const OUTCOMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:同意|予以|全部|准予)公开$/u, "applications.granted.total"],
  [/部分公开$/u, "applications.partly_granted.total"],
  [/不予公开$/u, "applications.refused.total"],
  [/信息不存在$/u, "applications.unable.not_held.total"],
  [/^不予处理$/u, "applications.not_processed.total"],
  [/^无法提供$/u, "applications.unable.total"],
];
// Applications carried between years, named by the clause before the count: 上年结转办理1件 came
// from the year before, 结转下年度继续办理3件 / 结转至下一年度办理2件 go on into the next.
const CARRIED: ReadonlyArray<readonly [RegExp, string]> = [
  [/^[(（]?(?:含|包含|包括|其中)?(?:上一?年度?|去年)结转/u, "applications.carried_over.total"],
  // 结转自上年度71件, 从上年结转: where they came from, written after 结转.
  [/^(?:从上一?年度?)?结转(?:自|于)?上一?年度?$|^从上一?年度?结转/u, "applications.carried_over.total"],
  [/(?:结转|转入|转至)(?:至|到)?(?:下一?年度?|明年)(?:继续)?(?:办理)?$/u, "applications.carried_forward.total"],
  // A year named before 结转 is the one they came from (2023年结转132件); after it, the one they go into (结转2025年183件).
  // …the applications named after it or not (2019年结转政府信息公开申请73宗).
  [/^[(（]?(?:含|包含|包括|其中)?(?:19|20)\d{2}年度?结转(?:办理)?(?:的)?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?$/u, "applications.carried_over.total"],
  [/^结转(?:至|到)?(?:19|20)\d{2}年度?(?:继续)?(?:办理)?$/u, "applications.carried_forward.total"],
];
// The year's applications handled, where the report says so beside what came in (全年办理1503件).
const HANDLED = /^(?:全年|本年度?|共)?(?:办理|办结)了?$/u;
// A count of what one channel published (厅网站发布信息848条, 通过官方网站主动公开信息6295条).
const CHANNEL_COUNT = /(?:网站|官网|网|平台|公众号|微博|微信|头条号?|抖音|快手|客户端|新媒体|公开栏|APP|app|报刊|报纸|电视|广播|刊物)[^,，。;；]{0,10}?(?:主动)?(?:公开|发布)/u;

// Kinds of channel, each once (官网 is a 网站, a 公众号 is on 微信); a 平台 may be any of them.
const CHANNEL_KIND = /网站|官网|公众号|微博|微信|头条|抖音|快手|客户端|新媒体|公开栏|APP|app|报刊|报纸|电视|广播|刊物/gu;
const CHANNEL_SAME: Readonly<Record<string, string>> = { 官网: "网站", 公众号: "微信", app: "APP" };
const ASIDES = /[(（][^()（）]*[)）]/gu;

/**
 * True when the clause counts what one channel published and its sentence counts two or more
 * channels so: the sentence parts the year's disclosures by channel, and none of them is the total.
 */
function countsOneOfSeveralChannels(clause: string, sentence: string): boolean {
  const own = lastClause(clause);
  if (!CHANNEL_COUNT.test(own)) return false;
  // 通过政府网站、政务新媒体等平台主动公开…: a clause naming several kinds of channel counts over all of them.
  const kinds = new Set([...own.replace(ASIDES, "").matchAll(CHANNEL_KIND)].map((m) => CHANNEL_SAME[m[0]] ?? m[0]));
  if (kinds.size >= 2) return false;
  const clauses = sentence.split(/[,，;；]/u).filter((c) => CHANNEL_COUNT.test(c) && /\d/u.test(c));
  return clauses.length >= 2;
}

/** The clause of `text` the count closes: what follows the last comma or semicolon. */
function lastClause(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(","), text.lastIndexOf("，"), text.lastIndexOf(";"), text.lastIndexOf("；")) + 1);
}

// The noun after a count saying it counts information (公开了21218条政府信息).
const COUNTS_INFORMATION = /^\s*(?:的)?(?:政府|政务)?信息/u;

// The units applications are counted in: counts in 万 or 亿 (186.4万条) count the same things, and
// 项 too (收到并处理政府信息公开申请7项, 收到依申请公开16项,办理15项).
const APPLICATION_UNIT = /^[万亿]?(?:件|条|个|宗|例)$|^项$/u;

/** The canonical metric of a prose figure, or `misc` when it counts something report-specific. */
export function metricOf(f: NarrativeFigure, setting: FigureSetting): string {
  const { draft } = f;
  // 完善了《政府信息依申请公开制度》等9项制度: words of a title name the document, not what is counted.
  const context = withoutTitles(f.context);
  if (f.change) return NARRATIVE_METRICS.misc;
  const unit = draft.unit;
  const clause = context.trimEnd();
  // Only applications are carried between years: a sentence saying 结转 speaks of them.
  if (APPLICATION_UNIT.test(unit) && (setting.inApplications || /申请|结转/u.test(setting.text))) {
    const outcome = OUTCOMES.find(([re]) => re.test(clause));
    if (outcome) return outcome[1];
    if (HANDLED.test(lastClause(clause))) return "applications.results_total.total";
    const reason = draft.parent === null ? reasonRowOf(lastClause(clause)) : null;
    if (reason) return applicationMetric(reason, "total");
  }
  // Listed among the outcomes of the year's applications (其中…结转下年度继续办理22件) or on its own.
  if (APPLICATION_UNIT.test(unit)) {
    const carried = CARRIED.find(([re]) => re.test(lastClause(clause)));
    if (carried) return carried[1];
  }
  const proactive =
    // 主动公开的各类政府信息数量66件: government information counted in 件 is the same total.
    (/^[万亿]?条$/u.test(unit) || (unit === "件" && /主动公开[^,，;；]*政府信息/u.test(context))) &&
    PROACTIVE.test(context) &&
    (/信息|文件/u.test(context) || COUNTS_INFORMATION.test(setting.text.slice(f.end - f.sentence.start))) &&
    !PROACTIVE_NOT.test(context) &&
    !PROACTIVE_NOT_COUNTED.test(clause) &&
    !countsOneOfSeveralChannels(clause, setting.text);
  if (draft.parent !== null) {
    // The year's own share of a running total (…150条(2012年新增20条)) is no category of it.
    if (draft.parent.metric === NARRATIVE_METRICS.proactiveTotal) return YEARS_SHARE_LABEL.test(draft.label) ? NARRATIVE_METRICS.misc : NARRATIVE_METRICS.proactiveCategory;
    // A part of a total of something else that names the measure itself (制作、获取政府信息总数1873条，
    // 其中主动公开政府信息425条) is the report's proactive total.
    return proactive && PROACTIVE_NAMED.test(clause) && draft.parent.metric === NARRATIVE_METRICS.misc
      ? NARRATIVE_METRICS.proactiveTotal
      : NARRATIVE_METRICS.misc;
  }
  if (proactive) return NARRATIVE_METRICS.proactiveTotal;
  const application = APPLICATION.test(context) || (setting.inApplications && BARE_APPLICATION.test(context));
  if (APPLICATION_UNIT.test(unit) && application && !APPLICATION_NOT.test(context)) {
    // 处理申请1261件(含上年度结转申请74件): what the year took in and carried over together is all it handled.
    // One received including them (接收申请124宗(含2021年度结转5宗)) is still said as received.
    if (HANDLED_VERB.test(lastClause(clause)) && INCLUDES_CARRIED.test(setting.text.slice(f.end - f.sentence.start))) return "applications.results_total.total";
    return NARRATIVE_METRICS.applicationsReceived;
  }
  // 收取信息处理费1次,金额200元: an amount in a clause of its own is named by its label, which
  // carries what the clause before charged.
  const charged = `${context} ${draft.label}`;
  if (/元$/u.test(unit) && /收费|费用|收取|信息处理费/u.test(charged) && !/减免/u.test(charged)) {
    return NARRATIVE_METRICS.feesTotal;
  }
  if (/^[万亿]?(?:件|起|宗|个)$/u.test(unit)) {
    const review = /复议/u.test(context);
    const litigation = /诉讼/u.test(context);
    // 行政复议(结果维持)1件: a review count its clause names by outcome is that outcome's, not the total.
    if (review && !litigation) return reviewOutcome(`${context} ${draft.label}`) ?? NARRATIVE_METRICS.reviewTotal;
    if (litigation && !review) return NARRATIVE_METRICS.litigationTotal;
    // 收到行政复议66件,结果维持33件,结果纠正10件: outcomes listed after the sentence's review count are the review's.
    const before = setting.text.slice(0, Math.max(0, f.start - f.sentence.start));
    const outcome = !review && !litigation && before.lastIndexOf("复议") > before.lastIndexOf("诉讼") ? reviewOutcome(`${context} ${draft.label}`) : null;
    if (outcome) return outcome;
  }
  return NARRATIVE_METRICS.misc;
}

const HANDLED_VERB = /处理|办理/u;
// A count's bracket saying it includes the applications carried over from the year before.
const INCLUDES_CARRIED = /^\s*[(（]\s*(?:其中)?\s*(?:含|包括|包含)\s*(?:上年度?|上一年度?|\d{4}年度?)\s*结转/u;

const YEARS_SHARE_LABEL = new RegExp(`^${YEARS_NEW_SHARE}$`, "u");

// A title in book marks, and the end of one the clause opens inside of.
const BOOK_TITLE = /《[^《》]*》|^[^《》]*》/gu;

/** `context` with the titles it cites left out. */
function withoutTitles(context: string): string {
  return context.includes("》") ? context.replace(BOOK_TITLE, " ") : context;
}

// How a sentence names the outcomes of the review table's columns.
const REVIEW_OUTCOME_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/结果维持|维持原/u, "review.maintained"],
  [/结果纠正|予以纠正|被纠正/u, "review.corrected"],
  [/尚未审结|未审结/u, "review.pending"],
  [/其他结果/u, "review.other"],
];

/** The review table's outcome cell a clause names (结果维持 → review.maintained), or null. */
function reviewOutcome(clause: string): string | null {
  return REVIEW_OUTCOME_WORDS.find(([words]) => words.test(clause))?.[1] ?? null;
}

// The litigation table states litigation per kind; prose litigation counts then add nothing.
const TABLE_EQUIVALENTS: Record<string, string[]> = {
  [NARRATIVE_METRICS.litigationTotal]: ["litigation_direct.total", "litigation_after_review.total"],
};

/**
 * Leaves each canonical metric to one statement: metrics the template tables state (`tableMetrics`)
 * are theirs, and among prose figures of one metric the first that says 主动公开 (for the
 * proactive total) or else the first in reading order keeps it. The others, and the categories
 * listed under them, become report-specific figures.
 */
export function settleMetrics(figures: readonly NarrativeFigure[], tableMetrics: ReadonlySet<string>): void {
  const byMetric = new Map<string, NarrativeFigure[]>();
  for (const f of figures) {
    const m = f.draft.metric;
    if (m === NARRATIVE_METRICS.misc || m === NARRATIVE_METRICS.proactiveCategory) continue;
    byMetric.set(m, [...(byMetric.get(m) ?? []), f]);
  }
  const demoted = new Set<NarrativeFigure["draft"]>();
  for (const [metric, list] of byMetric) {
    const inTable = tableMetrics.has(metric) || (TABLE_EQUIVALENTS[metric] ?? []).some((m) => tableMetrics.has(m));
    const keep = inTable ? null : preferred(metric, list);
    for (const f of list) if (f !== keep) demoted.add(f.draft);
  }
  for (const f of figures) {
    if (demoted.has(f.draft) || (f.draft.parent !== null && demoted.has(f.draft.parent) && f.draft.metric === NARRATIVE_METRICS.proactiveCategory)) {
      f.draft.metric = NARRATIVE_METRICS.misc;
    }
  }
}

function preferred(metric: string, list: readonly NarrativeFigure[]): NarrativeFigure {
  if (metric === NARRATIVE_METRICS.proactiveTotal) return list.find((f) => /主动公开/u.test(f.context)) ?? list[0]!;
  return list[0]!;
}
