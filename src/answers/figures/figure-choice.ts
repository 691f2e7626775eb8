/**
 * Choosing, within one report, what answers a question: the passage a text question asks for, or
 * the figure that tops one ranking of every figure of the report (`rank-figures.ts`); a total that
 * counts more than the kind or channel asked about is no answer.
 */
import type { ReportDetail, StoredFigure, StoredPassage } from "../report-source.ts";
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import type { MetricIntent } from "../question/metric-intent.ts";
import { GROUP_OF_DEPARTMENTS, askedChannel, channelsNamed, reasonsNamed, textIntentsIn, textIntentsOfSection } from "../question/metric-intent.ts";
import { figureName } from "../render/answer-text.ts";
import { askedKind } from "./asked-kind.ts";
import { categoryFigure } from "./category-figure.ts";
import { askedRate, rateFigure } from "./rate-figure.ts";
import { figureFormOf, matchingFormOf, type MatchingForm } from "../search/matching-form.ts";
import { rankByBigrams } from "../search/passage-ranker.ts";
import { candidatesOf, type FigureCandidate } from "./figure-clause.ts";
import { askedMetrics, groupRows } from "./asked-metrics.ts";
import { askedQualifiers, ownWords } from "./asked-words.ts";
import { countUnit, explain, rankFigures, type ScoredFigure } from "./rank-figures.ts";
import { inReportWords } from "../question/word-forms.ts";
import { WEIGHTS } from "./ranking-weights.ts";
import { withoutKindMark } from "./kind-mark.ts";
import { plansAhead } from "../../text/plan-sentences.ts";
import { answersProblems, measuresPart } from "./measures-part.ts";

export type Finding =
  /**
   * `parts` is true when the figures are the rows of a group the report gives no total for;
   * `joined` when they answer several measures asked at once (X和Y分别多少), each named by its label.
   */
  | {
      kind: "figures";
      figures: StoredFigure[];
      children: StoredFigure[];
      subject: string;
      parts?: boolean;
      joined?: boolean;
      /** With `joined`: each measure asked, with its own figures and breakdown, in the order asked. */
      measures?: JoinedMeasure[];
      /** Why the first figure won the ranking, as its evidence and weights. */
      why?: string[];
      /** A figure that ranked close behind the winner, mentioned after it. */
      runnerUp?: StoredFigure | null;
    }
  | {
      kind: "passage";
      passage: StoredPassage;
      subject: string;
      /** The passages after it that go on with its list (二是…, 三是…), up to `LIST_LIMIT` characters in all. */
      rest: StoredPassage[];
      /** True when the list goes on past what is quoted. */
      cut: boolean;
      /** Other parts of the same section the question asks for together (问题和改进措施). */
      also: { subject: string; passage: StoredPassage; rest: StoredPassage[]; cut: boolean }[];
    }
  /** The report states no such figure; `passage` is what it says on the subject, when anything. */
  /** `part`: the subject is a part of the report's text (存在的主要问题), not a figure. */
  | { kind: "none"; passage: StoredPassage | null; subject: string; part?: true };

/** One of several measures asked at once, as one report answers it. */
export interface JoinedMeasure {
  subject: string;
  figures: StoredFigure[];
  children: StoredFigure[];
  parts: boolean;
}

/** What a question asks, as far as one report is concerned. */
export interface Asked {
  intent: MetricIntent | null;
  /** The question's matching form with agency and years removed. */
  query: string;
  /** Units the question's measure word accepts, or null. */
  units: string[] | null;
  /** The question as typed, where the caller has it: it tells a question for a count from one for a reason. */
  text?: string;
  /**
   * A year before the report's own whose count is asked (a report held for 2014 saying 2013年主动公开202条):
   * only counts whose clause names that year answer.
   */
  earlierYear?: number;
}

// The measures asked by the most general words (公开, 申请): a total that does not name the kind or
// channel a question asks about counts them all together and is no answer.
const CATCH_ALL_INTENTS = new Set(["proactive.total", "applications.new"]);

const ASKS_TEXT = /原因|为什么|为何|是什么|有哪些|哪些|哪几|怎样|如何/u;
const ASKS_COUNT = /多少|(?<!哪)几/u;
// Words asking which kinds a measure has (哪几种类型, 哪些类别), not how many.
const ASKS_KINDS = /类型|种类|类别|哪几类|哪些类/u;

const candidateCache = new WeakMap<ReportDetail, FigureCandidate[]>();

// 自己网站, 本单位网站: what the body did through its own means, beside what its government's portal did.
const OWN_ASKED = /自己|自身|自有|本单位|本部门|本机关(?!不掌握)/u;
// How a report speaks of its own body (本局网站, 我委门户网站).
const SELF_NAMES = ["本局", "我局", "本委", "我委", "本厅", "我厅", "本办", "我办", "本单位", "本部门", "本机关"];

/** The names a report's figures give its own body: its agency as stored, and the self-references. */
function ownBodyNames(detail: ReportDetail, form: MatchingForm): string[] {
  const names = [detail.summary.agencyNormalized, detail.summary.agency].filter((n): n is string => n !== null && n !== undefined && n.length >= 3);
  return [...new Set([...names.map(form), ...SELF_NAMES])];
}

/** Every figure of `detail` as a ranking candidate, derived once per loaded report. */
function reportCandidates(detail: ReportDetail): FigureCandidate[] {
  let out = candidateCache.get(detail);
  if (!out) {
    const form = figureFormOf(detail);
    out = candidatesOf(detail, (text) => withoutKindMark(form(text)));
    candidateCache.set(detail, out);
  }
  return out;
}

/** Whether `c`'s clause, up to its label, says the count is that of `year` (2013年主动公开政府信息202条), not a change on it. */
function statedForYear(c: FigureCandidate, year: number): boolean {
  const labelEnd = c.clause.indexOf(c.label);
  const lead = labelEnd < 0 ? "" : c.clause.slice(0, labelEnd + c.label.length);
  return lead.includes(`${year}年`) && !c.qualifiers.change && !c.qualifiers.plan;
}

/** True when `figure`'s own clause states it as a change on the year before (比上年增加3147件). */
export function statesChange(detail: ReportDetail, figure: StoredFigure): boolean {
  // The template's 本年增/减 column of a 第二十条 row is the change on the year before.
  if (figure.metric.startsWith("art20.") && figure.metric.endsWith(".change")) return true;
  return reportCandidates(detail).find((c) => c.figure.key === figure.key)?.qualifiers.change ?? false;
}

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
  if (intent?.kind === "text") {
    const asks = asked.text !== undefined ? textIntentsIn(asked.text).filter((i) => i.section === intent.section) : [];
    const parts = (asks.length > 1 ? asks : [intent]).map((i) => {
      // Asked together, each part is looked for by its own words alone (改进措施 is not where 问题 is).
      const words = [...i.passageWords, ...i.phrases].join(" ") + (asks.length > 1 ? "" : asked.query);
      const others = textIntentsOfSection(i.section).filter((o) => o.id !== i.id);
      const passage = sectionPassage(detail, i.section, words, form, i.passageWords, i.plans, others.flatMap((o) => o.phrases), i.elsewhereWords);
      return passage ? { subject: i.subject, passage, ...listAfter(detail, passage, others) } : null;
    });
    const [first, ...also] = parts.filter((p): p is NonNullable<typeof p> => p !== null);
    return first ? { kind: "passage", ...first, also } : { kind: "none", passage: null, subject: intent.subject, part: true };
  }
  // 在线访谈讲的是什么政策 asks for a name or a reason, which no count is.
  if (!intent && asked.text !== undefined && ASKS_TEXT.test(asked.text) && !ASKS_COUNT.test(asked.text)) {
    return { kind: "none", passage: nearestPassage(detail, asked.query, form), subject: echoedSubject(asked.query) };
  }
  const metrics = intent ? askedMetrics(intent, asked.query) : [];
  // Figures are matched without the 类 of 政府信息公开类信息, so the question is too.
  const query = withoutKindMark(inReportWords(asked.query, (word) => detail.figures.some((f) => form(f.quote).includes(word))));
  const category = categoryFigure(detail, query, (text) => withoutKindMark(form(text)));
  const candidates = asked.earlierYear === undefined ? reportCandidates(detail) : reportCandidates(detail).filter((c) => statedForYear(c, asked.earlierYear!));
  const ranked = rankFigures(candidates, {
    query,
    ownWords: ownWords(query, intent),
    reportWords: withoutKindMark(form(`${detail.summary.title} ${detail.summary.agencyNormalized ?? detail.summary.agency ?? ""}`)),
    units: asked.units,
    metrics,
    category,
    phrases: intent?.phrases ?? [],
    reasons: reasonsNamed(asked.query),
    section: intent?.section ?? null,
    intentUnit: intent?.unit || null,
    qualifiers: askedQualifiers(asked.query),
    ownBody: OWN_ASKED.test(asked.query) ? ownBodyNames(detail, form) : [],
    textEnd: detail.passages.reduce((end, p) => Math.max(end, p.end), 0),
  });
  // A group the template totals nowhere (不予公开) is answered by its rows, before any figure that
  // merely shares its words; a sentence stating the group's total (不予公开35件) answers first.
  const statesGroup = (r: ScoredFigure): boolean => r.fits && intent !== null && intent.phrases.some((p) => r.candidate.label.includes(p));
  if (intent && !ranked.some((r) => metrics.includes(r.candidate.figure.metric) || statesGroup(r))) {
    const parts = groupRows(detail, metrics[0] ?? "");
    if (parts.length > 0) return figureFinding(detail, parts, intent.subject, true);
  }
  const top = totalOfParts(ranked, metrics, statesGroup) ?? ranked.find((r) => r.fits) ?? null;
  // A number stated twice (a table row and a sentence) is cited where the report words it as the
  // question does (全年共收到申请28件 for 收到多少件申请).
  const best =
    top === null
      ? null
      : ranked.reduce((b, r) => (r.ownHeld > b.ownHeld && sameNumber(r.candidate.figure, top.candidate.figure) ? r : b), top);
  const winner = best?.candidate.figure ?? null;
  const named = winner !== null && (winner.metric === NARRATIVE_METRICS.misc || winner.key === category?.key);
  // 县政府各部门主动公开多少条 asks for one group's part: a report that states none has no answer,
  // and its whole total is not one.
  const group = asked.query.match(GROUP_OF_DEPARTMENTS)?.[0];
  if (group && !named) return { kind: "none", passage: null, subject: `${group}${intent?.subject ?? ""}` };
  if (!winner || !best) {
    if (intent) return { kind: "none", passage: sectionPassage(detail, intent.section, intent.phrases.join(" "), form), subject: intent.subject };
    return { kind: "none", passage: nearestPassage(detail, asked.query, form), subject: echoedSubject(asked.query) };
  }
  if (intent && !named && CATCH_ALL_INTENTS.has(intent.id)) {
    // 惠农补贴信息公开了多少条 asks for one kind of disclosures: where the report breaks its total
    // down by kind and names no such kind, the whole total is no answer.
    const kind = intent.id === "proactive.total" ? askedKind(asked.query) : null;
    if (kind && detail.figures.some((f) => f.metric === NARRATIVE_METRICS.proactiveCategory)) {
      // …unless a figure of the report counts that kind in a sentence of its own (解读相关信息108条).
      // Labels are matched without the 类 of 业务类信息, so the kind asked is too.
      const bare = kind.replace(/类$/u, "");
      const ofKind = ranked.find((r) => form(r.candidate.label).includes(bare) && (asked.units === null || asked.units.includes(countUnit(r.candidate.figure.unit))));
      if (ofKind) return { ...figureFinding(detail, [ofKind.candidate.figure], ofKind.candidate.figure.label), why: explain(ofKind), runnerUp: null };
      return { kind: "none", passage: sectionPassage(detail, intent.section, `${kind}信息`, form), subject: `${kind}信息` };
    }
    // 微信公众号发布了多少条 asks for one channel's count.
    // …counted on that channel however the report writes it (公众号 for 微信).
    // A question naming its site and new media together (门户网站和新媒体合计) asks their total.
    const channels = channelsNamed(asked.query, true);
    const asking = askedChannel(asked.query);
    const medium = channels.length > 1 || (channels.includes("网站") && asking !== null) ? null : asking;
    // A total whose parts count it by channel (共发布1634条,其中…微信“包头文旅在线”发布469条) answers
    // one channel asked with that channel's part.
    const byChannel = medium ? channelPart(ranked, winner, channelsNamed(medium)[0], form) : undefined;
    if (byChannel) return { ...figureFinding(detail, [byChannel.candidate.figure], byChannel.candidate.figure.label), why: explain(byChannel), runnerUp: null };
    // 通过政务新媒体(微信公众号等)公开229条 names the 新媒体 asked, though it names a WeChat account too.
    const quote = form(winner.quote);
    if (medium && !quote.includes(medium) && !channelsNamed(quote).includes(channelsNamed(medium)[0]!)) {
      return { kind: "none", passage: sectionPassage(detail, intent.section, intent.phrases.join(" "), form), subject: `通过${medium}${intent.subject}` };
    }
  }
  // 主动公开的信息有哪几种类型 asks the kinds of a measure: its total with no parts under it names none.
  if (asked.text !== undefined && ASKS_KINDS.test(asked.text) && !ASKS_COUNT.test(asked.text) && !detail.figures.some((f) => f.parentKey === winner.key)) {
    return { kind: "none", passage: nearestPassage(detail, asked.query, form), subject: echoedSubject(asked.query) };
  }
  const figures = intent?.id === "litigation" ? litigationKinds(detail, winner) : [winner];
  // A count of a run (11个市、119个县(市、区)人民政府) is named by the noun after it, not by its stored label.
  const own = best.candidate.names.includes(best.candidate.label) ? winner.label : best.candidate.names[0] ?? winner.label;
  const subject = !intent || named ? own : winner.metric === intent.metrics[0] || figures.length > 1 ? intent.subject : figureName(winner);
  const runnerUp =
    ranked.find((r) => r !== best && r.fits && r.score >= best.score - WEIGHTS.CLOSE_MARGIN && !figures.some((f) => related(r.candidate.figure, f)))?.candidate.figure ?? null;
  return { ...figureFinding(detail, figures, subject), why: explain(best), runnerUp };
}

/** The part of `total` counted on `channel` alone, where the total's own label names no channel. */
function channelPart(ranked: readonly ScoredFigure[], total: StoredFigure, channel: string | undefined, form: (s: string) => string): ScoredFigure | undefined {
  if (channel === undefined || channelsNamed(form(total.label)).length > 0) return undefined;
  return ranked.find((r) => {
    if (r.candidate.figure.parentKey !== total.key) return false;
    const named = channelsNamed(form(r.candidate.label));
    return named.length === 1 && named[0] === channel;
  });
}

/**
 * The table states litigation per kind (direct, after reconsideration): asked for litigation as a
 * whole, both kinds are the answer, never their sum.
 */
function litigationKinds(detail: ReportDetail, winner: StoredFigure): StoredFigure[] {
  const kinds = ["litigation_direct.total", "litigation_after_review.total"];
  if (!kinds.includes(winner.metric)) return [winner];
  return kinds.flatMap((k) => detail.figures.filter((f) => f.metric === k).slice(0, 1));
}

/** True when `a` restates `b`: the same value and unit, under the same key or as a report-specific figure. */
function sameNumber(a: StoredFigure, b: StoredFigure): boolean {
  return a.value === b.value && a.unit === b.unit && (a.metric === b.metric || a.metric === NARRATIVE_METRICS.misc);
}

/** True when `a` and `b` state the same thing: one is the other's part, or they give one value in one unit. */
function related(a: StoredFigure, b: StoredFigure): boolean {
  return a.parentKey === b.key || b.parentKey === a.key || (a.value === b.value && a.unit === b.unit);
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

type FiguresFinding = Extract<Finding, { kind: "figures" }>;

/** `figure` as what answers, by its own label: a choice picked needs no ranking. */
export function pickedFinding(detail: ReportDetail, figure: StoredFigure): FiguresFinding {
  return figureFinding(detail, [figure], figure.label);
}

function figureFinding(detail: ReportDetail, figures: StoredFigure[], subject: string, parts = false): FiguresFinding {
  const keys = new Set(figures.map((f) => f.key));
  const children = detail.figures.filter((f) => f.parentKey !== null && keys.has(f.parentKey));
  return parts ? { kind: "figures", figures, children, subject, parts } : { kind: "figures", figures, children, subject };
}

/** The passage of the report that best matches `query`, quoted where it states no figure that answers it. */
function nearestPassage(detail: ReportDetail, query: string, form: MatchingForm): StoredPassage | null {
  return rankByBigrams(detail.passages, (p) => form(p.text), query)[0]?.item ?? null;
}

/**
 * The passage of a section of `kind` that best matches `words`; where no section of that kind
 * exists, a passage writing one of `marks`, or any passage when there are none to look for.
 */
function sectionPassage(
  detail: ReportDetail,
  kind: string,
  words: string,
  form: MatchingForm,
  marks: readonly string[] = [],
  plans = false,
  foreign: readonly string[] = [],
  elsewhereWords: readonly string[] = [],
): StoredPassage | null {
  const sections = new Set(detail.sections.filter((s) => s.kind === kind).map((s) => s.index));
  // A page cut inside the section (1、政府信息公) ends on a stub that states nothing.
  const last = detail.passages.at(-1);
  const all = withoutForeignParts(detail.passages.filter((p) => sections.has(p.sectionIndex) && !isHeading(detail, p) && !(p === last && isCutStub(p.text))), foreign);
  // Measures are what the report plans for the next year (2022年，我局将…), whatever words it uses.
  // Else they follow the passage that answers the problems (针对以上问题，…).
  const dated = plans ? all.filter((p) => plansAhead(p.text, detail.summary.year)) : [];
  const answering = plans && dated.length === 0 ? measuresPart(all) : [];
  const planned = dated.length > 0 ? dated : answering;
  const inSection = planned.length > 0 ? planned : all;
  // A passage that writes a marking word verbatim (申请内容主要集中在…) answers wherever it stands:
  // many reports sum up requests in their overview rather than in the section on them. Measures
  // written after the passage answering the problems are where they stand, whatever words they use.
  const marked = (p: StoredPassage): boolean => marks.some((w) => form(p.text).includes(w));
  // A sentence listing the report's parts (由概述、…、存在的问题及改进措施等六部分组成) names the part, it says none of it.
  const markedElsewhere = (p: StoredPassage): boolean => marked(p) && (elsewhereWords.length === 0 || elsewhereWords.some((w) => form(p.text).includes(w)));
  const elsewhere = answering.length > 0 || inSection.some(marked) ? [] : detail.passages.filter((p) => markedElsewhere(p) && !isHeading(detail, p) && !listsReportParts(form(p.text)));
  // A part asked by its marking words that no passage writes, in a report holding no section of it
  // (a page cut before its problems), is not stated: no passage of another matter stands for it.
  const pool = elsewhere.length > 0 ? elsewhere : inSection.length > 0 ? inSection : marks.length > 0 ? [] : detail.passages;
  const ranked = rankByBigrams(pool, (p) => form(p.text), words);
  // A report that lost the section's heading writes the part under a sub-heading of another
  // ((二)2025年工作中存在的主要问题): that line heads it, over a sentence naming it in passing.
  const lost = inSection.length === 0;
  const top = ranked[0]?.score ?? 0;
  const headed = lost ? ranked.find((r) => SUB_HEADING.test(r.item.text.trim()) && r.score >= SUB_HEADING_SHARE * top) : undefined;
  return headed?.item ?? ranked[0]?.item ?? (inSection[0] ?? null);
}

/**
 * `passages` without the parts a sub-heading opens for another matter of the section ((二)改进措施
 * under a question on its problems), where some remain.
 */
function withoutForeignParts(passages: readonly StoredPassage[], foreign: readonly string[]): StoredPassage[] {
  if (foreign.length === 0) return [...passages];
  const kept: StoredPassage[] = [];
  let dropping = false;
  for (const p of passages) {
    const text = p.text.trim();
    if (SUB_HEADING.test(text)) dropping = foreign.some((w) => text.includes(w));
    if (!dropping) kept.push(p);
  }
  return kept.some((p) => !SUB_HEADING.test(p.text.trim())) ? kept : [...passages];
}

// The sentence an opening lists the report's parts in: 本报告由…等六部分组成, 内容包括…等六个方面.
const LISTS_REPORT_PARTS = /(?:由|包括|分为)[^。；;]{0,200}?(?:[一二三四五六七八九十]|\d{1,2})\s*(?:个)?(?:部分|方面)/u;
// …or uncounted (全文包括总体情况,主动公开政府信息情况,…存在的主要问题及改进情况。; 本报告…统计期限…,包括总体情况、…):
// the report naming its parts.
const PARTS_LISTED = /(?:全文|本报告|本年报|报告|年报)[^。；;]{0,60}?(?:包括|由|分为)([^。；;]{0,300})/gu;
const PART_NAME = /情况|措施|事项|概述|附表/gu;
/** Parts a list names before it counts as the report's parts rather than a sentence about one. */
const LISTED_PARTS = 3;

/** Whether `text` holds the sentence listing the report's parts, counted or not. */
function listsReportParts(text: string): boolean {
  // 本年报…由…编制的…报告。全文包括…: each statement is read, not only the first.
  return LISTS_REPORT_PARTS.test(text) || [...text.matchAll(PARTS_LISTED)].some((m) => (m[1]!.match(PART_NAME)?.length ?? 0) >= LISTED_PARTS);
}

// Fewer Han characters than a clause holds, with no sentence's end: the line a page was cut in, where it ends a report.
const CUT_STUB = /^[\s\d一二三四五六七八九十、.．()（）]*\p{Script=Han}{1,7}$/u;

function isCutStub(text: string): boolean {
  return CUT_STUB.test(text.trim());
}

// A numbered line short of a sentence: (二)2025年工作中存在的主要问题, 三、改进措施.
const SUB_HEADING = /^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)[^。；;]{1,28}$/u;
/** Least share of the best passage's match a sub-heading needs to be taken over it. */
const SUB_HEADING_SHARE = 0.6;

// A passage that heads a list: a short heading line ((二)整改措施), or one ending in a colon (主要表现在:).
const LIST_OPENER = /^.{1,20}$|[:：]$/u;

// The first item of a list: 一是…, （一）…, 1.…
const FIRST_ITEM = /^(?:一是|首先|[(（]一[)）]|1[.、．](?!\d))/u;

/** Characters of a list quoted in all; past it the answer says the list goes on. */
const LIST_LIMIT = 600;

/**
 * The passages right after `first` in its section that go on with it (二是…, 三是… on lines of their
 * own), until a passage opens another part (改进措施 after 存在的问题) or the quote reaches `LIST_LIMIT`.
 */
function listAfter(detail: ReportDetail, first: StoredPassage, others: readonly MetricIntent[]): { rest: StoredPassage[]; cut: boolean } {
  const rest: StoredPassage[] = [];
  // Only a passage that heads a list goes on into the next ones: an item of another list (2、依申请公开情况…) stands alone.
  // A sentence the list's first item follows heads it too (…仍存在一些不足。/ 一是…).
  const next = detail.passages.find((p) => p.index === first.index + 1 && p.sectionIndex === first.sectionIndex);
  if (!LIST_OPENER.test(first.text.trim()) && !(next && FIRST_ITEM.test(next.text.trim()))) return { rest, cut: false };
  let length = first.text.length;
  let previous = first.index;
  // A list of what was is over where the plans for the next year begin (2020年，我们将采取以下措施…).
  const year = detail.summary.year;
  const firstPlans = plansAhead(first.text, year);
  for (const p of detail.passages) {
    if (p.index <= first.index) continue;
    if (p.index !== previous + 1 || p.sectionIndex !== first.sectionIndex || isHeading(detail, p) || opensPart(p.text, others)) break;
    if (!firstPlans && plansAhead(p.text, year)) break;
    if (length + p.text.length > LIST_LIMIT) return { rest, cut: true };
    rest.push(p);
    length += p.text.length;
    previous = p.index;
  }
  return { rest, cut: false };
}

/**
 * True when `text` opens with what names another part of the section (（二）改进措施, 下一步工作打算),
 * or answers the problems before it when the other part is the measures (针对以上问题，…).
 */
function opensPart(text: string, others: readonly MetricIntent[]): boolean {
  if (others.some((o) => o.plans) && answersProblems(text)) return true;
  const opening = text.replace(/^[\s（(]*[一二三四五六七八九十\d]+[)）、.．]\s*/u, "").slice(0, 12);
  return others.some((o) => o.phrases.some((phrase) => opening.includes(phrase)));
}

function isHeading(detail: ReportDetail, p: StoredPassage): boolean {
  // A heading may close with a stop the stored heading leaves out (五、…改进情况。).
  const text = p.text.trim().replace(HEADING_STOP, "");
  return detail.sections.some((s) => s.heading.length > 0 && s.heading.trim().replace(HEADING_STOP, "") === text);
}

const HEADING_STOP = /[。.：:]$/u;

/**
 * A sentence stating the total the template leaves to its parts (行政诉讼案件7件, where the table
 * gives 5 sued directly and 2 after review): the fitting figure naming the measure whose value is
 * the sum of the parts' totals held, when the first key asked (the whole) is held nowhere.
 */
function totalOfParts(ranked: readonly ScoredFigure[], metrics: readonly string[], statesGroup: (r: ScoredFigure) => boolean): ScoredFigure | null {
  if (metrics.length < 2 || ranked.some((r) => r.candidate.figure.metric === metrics[0])) return null;
  const parts = metrics.slice(1).map((m) => ranked.find((r) => r.candidate.figure.metric === m)).filter((r): r is ScoredFigure => r !== undefined);
  if (parts.length < 2) return null;
  const sum = parts.reduce((total, r) => total + r.candidate.figure.value, 0);
  return ranked.find((r) => r.candidate.figure.metric === NARRATIVE_METRICS.misc && statesGroup(r) && r.candidate.figure.value === sum) ?? null;
}
