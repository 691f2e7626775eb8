/**
 * What a stored figure says about itself beyond its label, derived at answer time from its quote:
 * the clause before its number (where 累计 or 新增 stands), the noun right after it (1名全职工作人员),
 * its 其中 parent's label, and its section, as one candidate the ranking scores.
 */
import type { SectionKind } from "../../domain/report.ts";
import type { ReportDetail, StoredFigure } from "../report-source.ts";
import type { MatchingForm } from "../search/matching-form.ts";
import { COUNTING_UNITS } from "../../text/measure-words.ts";
import { NAMING_METRICS, NARRATIVE_METRICS } from "../../domain/metrics.ts";
import { isTableRow } from "../../domain/table-cell.ts";
import { tokenize } from "../search/bigram-tokenizer.ts";
import { qualifiersOf, type Qualifiers } from "./figure-qualifier.ts";
import { countUnit } from "./rank-figures.ts";
import { kindName } from "./kind-mark.ts";
import { askedChannel } from "../question/metric-intent.ts";
import { YEARS_NEW_SHARE } from "../../text/year-share.ts";
import { pointTopic } from "./point-topic.ts";

// A noun after a count that every count of a report could take (17245条信息): it names none of them.
const GENERIC_NOUN = /^(?:政府|政务|各类|相关)?信息$/u;

export interface FigureCandidate {
  figure: StoredFigure;
  /**
   * The measure it states: its own metric, or, for a report-specific figure, the metric of a prose
   * figure of the same label and unit (累计主动公开政府信息13866条 keyed, 本年度主动公开政府信息470条
   * not: both state the measure, and what is asked of time tells them apart).
   */
  metric: string;
  /** The label, in matching form. */
  label: string;
  /** The noun right after the number and its unit (全职工作人员 of 1名全职工作人员), or "". */
  after: string;
  /** All its clause says after the number and its unit (通过各种方式向我局咨询办税信息 of 900人次通过…), or "". */
  following: string;
  /** What names the counted thing outright: the label, and the noun after the count when there is one. */
  names: string[];
  /** In a run of counts said in parallel (保留…65件、修改7件、废止52件), the verb that sets this one apart (废止), else null. */
  runVerb: string | null;
  /** The distinct bigrams of each of `names`. */
  nameTokens: string[][];
  /** Its clause before the label, the label, the words right after the number, and the parent's label: all that names what is counted. */
  clause: string;
  /**
   * The same without the words of a count standing before it in that clause, which name that count
   * (依申请公开 of 受理依申请公开9件,发布政策解读17件): what its own words say it is about.
   */
  ownClause: string;
  /** The quote, in matching form. */
  quote: string;
  section: SectionKind | null;
  qualifiers: Qualifiers;
  /** For a change with no noun of its own, the measure of the count right before it that it changes (较2021年减少3件 after 申请4件), else null. */
  changeOf: string | null;
  /** The metric of the total it is a 其中 part of (通过信函提交申请171件 of 收到申请1046件), else null. */
  partOf: string | null;
  /** The label of that total, in matching form, else "": a part counts what its total counts (其中取消215项 of …行政审批事项380项). */
  parentLabel: string;
}

const BOUNDARY = /[。；;！!？?\n]/u;
const APPLICATIONS_TABLE = "applications.";
const APPLICATIONS_NOUN = "政府信息公开申请";
// The noun a count comes before (1名全职工作人员, 68小类栏目): Han text up to punctuation or a digit,
// with a bracketed part it goes on through (119个县(市、区)人民政府).
const AFTER = /^[\s余多左右以上]*(?:万|亿)?[^\d\s,，、。；;：:（）()|的]{0,10}(?:[（(][^\d（）()]{1,8}[）)][^\d\s,，、。；;：:（）()|的]{0,4})?/u;

// The platform a sentence opens on (以X为平台, 依托X平台,): its counts are made there.
const PLATFORM_OPENING = /^(?:以|依托|借助|利用)([^,，。；;]{2,30}?)为?(?:平台|载体|阵地)[,，]/u;

// Verbs a clause opens with that state a count of its own.
const COUNTING_VERBS = "发布|公开|受理|办理|召开|开展|举办|收到|接收|答复|制发|印发|组织|回应|处理|推送|更新|编制|转发|上传";
const OWN_VERB = new RegExp(`^(?:${COUNTING_VERBS})`, "u");

/** Every figure of `detail` as a candidate. */
export function candidatesOf(detail: ReportDetail, form: MatchingForm): FigureCandidate[] {
  const byKey = new Map(detail.figures.map((f) => [f.key, f]));
  const kinds = new Map(detail.sections.map((s) => [s.index, s.kind]));
  const measureOf = sameMeasures(detail, form);
  const textEnd = detail.passages.reduce((end, p) => Math.max(end, p.end), 0);
  // A document's number (711 of 国务院令第711号) is no count of anything.
  const out = detail.figures.filter((f) => !NAMING_METRICS.has(f.metric)).map((figure) => {
    const whole = bracketsOpened(form(unwrapped(figure.quote)));
    const quote = figure.end >= textEnd ? withoutCutTail(whole) : whole;
    const label = bracketsOpened(form(figure.label));
    const { before, after, tail, yearsPartAfter } = aroundNumber(quote, label, figure);
    // The rest of the clause before the label (政务微信全年 of 政务微信全年发布信息1500余条) names it too.
    const lead = leadOf(before, label, figure.unit);
    const parent = figure.parentKey ? byKey.get(figure.parentKey) : undefined;
    // In a run of counts (11个市、119个县(市、区)人民政府、72个省直部门) the words before a count are the
    // noun of the count before it: the noun after names this one.
    const inRun = after.length >= 2 && COUNT_END.test(before.slice(0, before.length - label.length));
    // What follows the last count of a run (…、60个省直部门信息公开工作运行正常) is said of the whole run.
    // A cell of the applications table counts applications, which its row's label leaves unsaid (结转下年度继续办理).
    const implied = figure.metric.startsWith(APPLICATIONS_TABLE) ? APPLICATIONS_NOUN : "";
    // A point's short heading before the sentence (二是公共企事业单位信息。) names what its counts are of.
    const topic = form(pointTopic(detail.passages, figure.start));
    // A sentence opening on the platform its counts are made on (以“连云港城管”微信公众号为平台,…发布各类信息656条) names their channel.
    const platform = PLATFORM_OPENING.exec(quote.trimStart())?.[1] ?? "";
    const clause = [lead, label, inRun ? after : after + tail, parent ? form(parent.label) : "", implied, topic, platform].join(" ");
    const ownLead = /\d/u.test(lead) ? lead.slice(lead.search(/\D*$/u)).replace(/^\D*?[,，、]/u, "") : lead;
    // A clause of its own verb (发布政策解读17件 after 受理依申请公开9件) is about what it says; one
    // without (行政处罚358件 after 主动公开办理行政许可2227件) goes on with the clause before it.
    const ownClause = OWN_VERB.test(ownLead + label) ? [ownLead, label, inRun ? after : after + tail, implied].join(" ") : clause;
    // A change on the year before is said in the count's own clause (比上年增加3件); one said of a
    // total before it (…995845条,较上年增长7.5%,其中省政府及其部门331926条) is the total's.
    // An aside in brackets before the count (…150条(2012年新增20条),答复咨询17条) qualifies its own count.
    const unbracketed = before.replace(CLOSED_ASIDE, " ");
    // The count's own clause starts after the last count before it (新开设专栏1个,专栏总数达到14个).
    const stated = qualifiersOf(unbracketed, unbracketed.search(/\d\D*$/u) + 1);
    const own = {
      ...stated,
      cumulative: stated.cumulative || (yearsPartAfter === true && !stated.thisYear),
      change: qualifiersOf(before.slice(lastComma(before, before.length))).change,
    };
    // A part is of its total's time: the parts of a running total run too.
    const ofTotal = parent && !own.cumulative && !own.thisYear ? qualifiersOf(parentBefore(parent, form)) : null;
    const qualifiers = ofTotal ? { ...own, cumulative: ofTotal.cumulative, thisYear: ofTotal.thisYear } : own;
    const names = inRun ? [after] : [label, ...kindName(label), ...headAfterExamples(label), ...(after.length >= 2 && !GENERIC_NOUN.test(after) ? [after] : [])];
    const nameTokens = names.map((n) => [...new Set(tokenize(n))]);
    const metric = figure.metric === NARRATIVE_METRICS.misc ? (measureOf.get(`${label}|${figure.unit}`) ?? figure.metric) : figure.metric;
    return { figure, metric, label, after, following: saidAfter(after, tail), names, runVerb: null, nameTokens, clause, ownClause, quote, section: kinds.get(figure.sectionIndex) ?? null, qualifiers, changeOf: null, partOf: parent?.metric ?? null, parentLabel: parent ? form(parent.label) : "" };
  });
  out.forEach((c, i) => namedByCountBefore(c, out[i - 1]));
  sayListOpening(out);
  out.forEach((c, i) => changeOfTotalBefore(c, out.slice(0, i)));
  for (const run of parallelRuns(out)) shareRunNoun(run);
  return out;
}

/** Longest label of a later item of a parallel run: a verb (修改, 废止), not a noun phrase of its own. */
const MAX_RUN_VERB = 3;

/**
 * Runs of counts said in parallel in one sentence (保留规范性文件65件、修改7件、废止52件; 取消63项、下放670项
 * 市级行政权力事项): each later item opens with 、 and a short verb as its label, the item before it has
 * no noun after its count, and all are counted in one kind of unit.
 */
function parallelRuns(out: readonly FigureCandidate[]): FigureCandidate[][] {
  const runs: FigureCandidate[][] = [];
  let run: FigureCandidate[] = [];
  out.forEach((c, i) => {
    const before = out[i - 1];
    const continues =
      before !== undefined &&
      before.quote === c.quote &&
      before.after === "" &&
      c.label.length >= 1 &&
      c.label.length <= MAX_RUN_VERB &&
      c.quote.includes(`、${c.label}`) &&
      countUnit(before.figure.unit) === countUnit(c.figure.unit);
    if (continues) run.push(c);
    else {
      if (run.length > 1) runs.push(run);
      run = [c];
    }
  });
  if (run.length > 1) runs.push(run);
  return runs;
}

/**
 * The noun a parallel run writes once names every item of it: after its last count (取消63项、下放670项
 * 市级行政权力事项 — 63 counts 市级行政权力事项 too), or, with none there, in its first label after the
 * verb its later items replace (保留规范性文件65件、废止52件 — 52 counts 规范性文件).
 */
function shareRunNoun(run: FigureCandidate[]): void {
  const last = run.at(-1)!;
  const first = run[0]!;
  const verbLength = run[1]!.label.length;
  const noun = last.after.length >= 2 ? last.after : run.slice(1).every((c) => c.label.length === verbLength) && first.label.length >= verbLength + 2 ? first.label.slice(verbLength) : "";
  if (noun.length < 2) return;
  // The first item's verb is its label's opening where the noun follows it there, else its label's end (共取消).
  const firstVerb = first.label.endsWith(noun) ? first.label.slice(0, verbLength) : first.label.slice(-verbLength);
  run.forEach((c, i) => (c.runVerb = i === 0 ? firstVerb : c.label));
  for (const c of run) {
    if (c.names.includes(noun)) continue;
    c.names = [...c.names, noun];
    c.nameTokens = [...c.nameTokens, [...new Set(tokenize(noun))]];
    if (!c.clause.includes(noun)) c.clause = `${c.clause} ${noun}`;
  }
}

// 公开疫情防控、财政、规划等重点领域政府信息: the examples before 等 name kinds of what the noun after it counts.
const AFTER_EXAMPLES = /[、，,][^、，,]{1,12}?等(\p{Script=Han}{2,14})$/u;

/** The noun a label names after a list of examples (重点领域政府信息), or none. */
function headAfterExamples(label: string): string[] {
  const head = AFTER_EXAMPLES.exec(label)?.[1];
  return head ? [head] : [];
}

// What a clause says after a count, up to the next count: nothing where a 、 opens the next item of a run (规章48部、行政规范性文件163件).
function saidAfter(after: string, tail: string): string {
  const said = after.length > 0 || !/^[、，,]/u.test(tail) ? after + tail : "";
  return said.replace(/\d.*$/u, "");
}

// A sentence the page is cut in (…头条号公开信息321条,通过政民互动平台栏目回应公众) lost the count of its
// last clause: the words after the last number were said of that count, not of the ones before.
function withoutCutTail(quote: string): string {
  if (/[。！!？?]\s*$/u.test(quote)) return quote;
  const last = quote.search(/\d[^\d]*$/u);
  if (last < 0) return quote;
  const clauseEnd = quote.slice(last).search(/[,，;；、]/u);
  return clauseEnd < 0 ? quote : quote.slice(0, last + clauseEnd);
}

// A sentence quoted from a hard-wrapped page breaks inside words (4名政府信 / 息公开全职工作人员);
// a table row's breaks part cells, which pipes or tabs mark.
function unwrapped(quote: string): string {
  return isTableRow(quote) ? quote : quote.replace(/(?<=\p{Script=Han})\n(?=\p{Script=Han})/gu, "");
}

// A character in brackets inside a word (专(兼)职, 县(区)) is read as written out, as a question typed without them is.
const BRACKETED_CHARACTER = /[(（](\p{Script=Han})[)）]/gu;

function bracketsOpened(text: string): string {
  return text.includes("(") || text.includes("（") ? text.replace(BRACKETED_CHARACTER, "$1") : text;
}

/**
 * A change with no noun of its own (将110个市直部门…, 较上年增加27个) counts the same thing as the
 * count right before it in its sentence: that count's nouns name it too.
 */
function namedByCountBefore(c: FigureCandidate, before: FigureCandidate | undefined): void {
  if (!c.qualifiers.change || c.after.length >= 2 || !before || before.qualifiers.change || before.quote !== c.quote) return;
  if (countUnit(before.figure.unit) !== countUnit(c.figure.unit)) return;
  c.changeOf = before.metric;
  const nouns = before.names.filter((n) => n.length >= 2 && !c.names.includes(n));
  if (nouns.length === 0) return;
  c.names = [...c.names, ...nouns];
  c.nameTokens = c.names.map((n) => [...new Set(tokenize(n))]);
  c.clause = `${c.clause} ${nouns.join(" ")}`;
}

// An item opening with a verb or a channel of its own (通过省政府网站主动公开政府信息137条) says its own clause.
const OPENS_OWN_CLAUSE = new RegExp(`${OWN_VERB.source}|^(?:通过|依托|经由|在)`, "u");
// What parts one count of a list from the next: a comma or a list mark.
const LIST_MARKS = [",", "，", "、", ";", "；"];

/**
 * A count listed right after another of its unit (厅门户网站共更新工作动态类信息397条,时政类信息140条,
 * 政府信息公开92条) is an item of the list the first opens: the words opening the first, up to its verb
 * (厅门户网站共更新), are said of every item that opens no clause of its own.
 */
function sayListOpening(out: readonly FigureCandidate[]): void {
  let head: FigureCandidate | null = null;
  out.forEach((c, i) => {
    const before = out[i - 1];
    const listed =
      before !== undefined &&
      before.quote === c.quote &&
      c.label.length >= 2 &&
      !OPENS_OWN_CLAUSE.test(c.label) &&
      countUnit(before.figure.unit) === countUnit(c.figure.unit) &&
      LIST_MARKS.some((mark) => c.quote.includes(`${before.figure.unit}${mark}${c.label}`));
    if (!listed) head = c;
    else if (head !== null) {
      const opening = listOpening(head.label);
      if (opening.length >= 2) c.clause = `${c.clause} ${opening}`;
    }
  });
}

// The verbs a list's opening ends with (厅门户网站共更新 | 工作动态类信息397条).
const LIST_VERB = new RegExp(`${COUNTING_VERBS}|报送|公示`, "gu");

// A list's opening sums its items up (共更新, 累计发布, 全年公开): a verb inside an item's own name (属于主动公开的,
// 主动公开办理行政许可) opens none.
const SUMMING = /共|累计|全年|合计/u;

/**
 * The words of a list's first item up to its last verb (厅门户网站共更新 of 厅门户网站共更新工作动态类信息),
 * "" when they sum nothing up.
 */
function listOpening(label: string): string {
  let verb: RegExpExecArray | null = null;
  for (const m of label.matchAll(LIST_VERB)) verb = m;
  const opening = verb ? label.slice(0, verb.index + verb[0].length) : "";
  return SUMMING.test(opening) ? opening : "";
}

// A change said of the whole (整体情况比2018年增加58条, 总体较上年增长): it opens with a word for the whole, if any, then the comparison.
const WHOLE_CHANGE = /^(?:整体(?:情况)?|总体(?:情况)?|总量|总数|全年)?(?:比|较|同比)/u;

/**
 * A change said of the whole in a sentence of its own (…共367条,其中…。整体情况比2018年增加58条) is the
 * change of the last total counted before it in the unit it is counted in: a count no 其中 puts under another.
 */
function changeOfTotalBefore(c: FigureCandidate, before: readonly FigureCandidate[]): void {
  if (!c.qualifiers.change || c.changeOf !== null || !WHOLE_CHANGE.test(c.label)) return;
  const total = before.findLast((b) => !b.qualifiers.change && b.figure.parentKey === null && b.quote !== c.quote && countUnit(b.figure.unit) === countUnit(c.figure.unit));
  if (!total || total.figure.sectionIndex !== c.figure.sectionIndex) return;
  c.changeOf = total.metric;
}

// Prose measures a second statement of the same label restates.
const RESTATED = new Set<string>([
  NARRATIVE_METRICS.proactiveTotal,
  NARRATIVE_METRICS.applicationsReceived,
  NARRATIVE_METRICS.reviewTotal,
  NARRATIVE_METRICS.litigationTotal,
]);

/** The prose metric each label and unit (`主动公开政府信息|条`) of `detail` is keyed under. */
function sameMeasures(detail: ReportDetail, form: MatchingForm): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of detail.figures) if (RESTATED.has(f.metric)) out.set(`${form(f.label)}|${f.unit}`, f.metric);
  return out;
}

/**
 * The text of the quote's sentence before the figure's number, and the noun after its unit. The
 * number is looked for right after the label (table rows have none: their label is the row).
 */
function aroundNumber(quote: string, label: string, figure: StoredFigure): { before: string; after: string; tail: string; yearsPartAfter?: boolean } {
  // The label where the number follows it: a short one (部门 of 36个部门50余人) may stand earlier too.
  let at = label.length > 0 ? quote.indexOf(label) : -1;
  for (let i = at; i >= 0; i = quote.indexOf(label, i + 1)) {
    if (DIGIT_AFTER.test(quote.slice(i + label.length)) && isOwnNumber(quote.slice(i + label.length), figure.value)) {
      at = i;
      break;
    }
  }
  if (at < 0 || (figure.metric.includes(".") && isTableRow(quote))) return { before: label, after: "", tail: "" };
  let end = at + label.length;
  let sentenceStart = at;
  while (sentenceStart > 0 && !BOUNDARY.test(quote[sentenceStart - 1]!)) sentenceStart--;
  // A label after its count may be followed by the next count (4名全职工作人员,60名…): that number is not this one.
  const found = NUMBER_AFTER.exec(quote.slice(end));
  const number = found && isOwnNumber(found[0], figure.value) ? found : null;
  // A label after its count (对29项涉及群众切身利益…的重要政策文件进行解读) goes on to the clause's end.
  if (!number) return { before: quote.slice(sentenceStart, end), after: "", tail: COUNT_BEFORE.test(quote.slice(0, at)) ? (TAIL.exec(quote.slice(end))?.[0] ?? "") : "" };
  end += number[0].length;
  const unit = figure.unit.replace(/^[万亿]/u, "");
  const rest = quote.slice(end);
  const afterUnit = rest.startsWith(figure.unit) ? rest.slice(figure.unit.length) : rest.startsWith(unit) ? rest.slice(unit.length) : rest;
  const noun = AFTER.exec(afterUnit)?.[0] ?? "";
  // Words running straight into the next number (348条政务要闻415条, 1000余条渝快办规范并发布三类事项220个) are that number's label, not this
  // one's noun; so are the words after a count written with no measure word (信息68重点领域…信息410).
  // A noun the next count's verb follows (12个栏目共发布公开文章83篇) is this count's, up to that verb.
  const runsOn = RUNS_INTO_COUNT.test(afterUnit.slice(noun.length));
  const verbAt = runsOn ? noun.slice(MIN_NOUN).search(NEXT_COUNT_VERB) : -1;
  const after = figure.unit === "" ? "" : !runsOn ? noun.trim() : verbAt >= 0 ? noun.slice(0, MIN_NOUN + verbAt).trim() : "";
  // The words after the noun, to the clause's end (有4900人次通过各种方式…咨询涉税信息有关事务，),
  // say what was counted when the noun alone does not.
  // …unless they run on with no mark into the next count (671件并经…考核合格后发证589件): they are its label.
  const tail = RUNS_INTO_COUNT.test(afterUnit) ? "" : (TAIL.exec(afterUnit.slice(noun.length))?.[0] ?? "");
  // The words between the label and its number (媒体报道累计729篇) say of the count what words before the label do.
  // Only those words count, not an aside in brackets or the 、 of a run standing there too.
  const bridge = BRIDGE_QUALIFIER.exec(/^[^\d〇零一二两三四五六七八九十百千]*/u.exec(number[0])?.[0] ?? "")?.[0] ?? "";
  return { before: quote.slice(sentenceStart, at + label.length) + bridge, after, tail, yearsPartAfter: YEARS_PART.test(afterUnit) };
}

// The verb opening the next count's clause inside a run of words (栏目 | 共发布公开文章83篇), after a noun of at least two characters.
// A verb after 并 is no such opening: 规范并发布 goes on with what the words before it say.
const NEXT_COUNT_VERB = /(?<!并)(?:共|发布|公开|办理|受理|收到|开展|印发|制发|推送)/u;
const MIN_NOUN = 2;

/** An aside in brackets, closed within what is read (…150条(2012年新增20条)). */
export const CLOSED_ASIDE = /[(（][^()（）]*[)）]/gu;
// Words running on, with no mark, into the next count (…1000余条渝快办规范并发布三类事项220个).
const RUNS_INTO_COUNT = /^[\u4e00-\u9fff\s]*\d/u;

// A year's own part said in brackets right after a count (答复咨询17条(2012年新增15条)): the count runs over years.
const YEARS_PART = new RegExp(String.raw`^\s*[(（]\s*${YEARS_NEW_SHARE}`, "u");

/** Whether the number `text` opens with (after 为, 达到 …) is `value`; one in Chinese numerals is taken as it. */
function isOwnNumber(text: string, value: number): boolean {
  const number = NUMBER_AFTER.exec(text)?.[0] ?? "";
  const digits = number.match(/\d[\d,.\s]*/u)?.[0];
  if (digits !== undefined) return Number.parseFloat(digits.replace(/[,\s]/gu, "")) === value;
  // A comma alone (兼职工作人员,设有…) is no number.
  return /[〇零一二两三四五六七八九十百千万亿]/u.test(number);
}

// The number right after a label, with the words that may stand between (为, 达到, 共计).
// An aside in brackets may stand between a label and its number (深度贫困县(含罗甸县、锦屏县)、20个…).
const NUMBER_AFTER = /^(?:[(（][^()（）]*[)）])?[\s:,"'、为达到是有共计合总累约近逾超过了等]*[\d,.\s〇零一二两三四五六七八九十百千万亿]+(?:余|多)?(?:万|亿)?/u;
// The rest of a count's clause: up to a comma, a full stop, the next number, a colon opening its
// breakdown (1088条:通过政务网站…869条), or a bracket opening an aside (805件（含上年度结转申请18件）).
const TAIL = /^[^\d,，;；。！!？?:：\n（(]{0,30}/u;
// Words of time between a label and its number (媒体报道累计729篇).
const BRIDGE_QUALIFIER = /累计|总计|合计|共计|新增/u;
// A count standing right before a label: 29项, 5个.
const COUNT_BEFORE = /\d+\s*[^\d\s]?$/u;
const DIGIT_AFTER = /^(?:[(（][^()（）]*[)）])?[\s:,"'、为达到是有共计合总累约近逾超过了等]*[\d〇零一二两三四五六七八九十百千万亿]/u;

// A count right before the label (11个|市): the label then is that count's noun.
const COUNT_END = new RegExp(`[\\d〇零一二两三四五六七八九十百千]+(?:余|多)?(?:万|亿)?(?:${COUNTING_UNITS})$`, "u");

function parentBefore(parent: StoredFigure, form: MatchingForm): string {
  return aroundNumber(form(parent.quote), form(parent.label), parent).before;
}

// A number, a thing done (制定了), or a document cited: a clause of its own, not a modifier of the next.
const STATES_OWN = /\d|了|《/u;
const OPENING = /^(?:开通|开设|建立|设立|创建|上线|入驻)/u;

/** A clause opening a channel (开通了“四川气象”官方微博): the counts after it were made there. */
function opensChannel(clause: string): boolean {
  return OPENING.test(clause) && !/\d/u.test(clause) && askedChannel(clause) !== null;
}

const PART_OPENING = /^\s*其中/u;

/** Shortest clause, label included, that names what it counts without the clause before it. */
const MIN_OWN_CLAUSE = 7;
/** A label this long names a thing of its own (直接来信), not only a step (保留). */
const MIN_OWN_LABEL = 4;
const RELATION_LABEL = /^(?:占|比|较|同比|环比|其中|共计|合计|增长|增加|下降|减少|提高|降低)/u;

/**
 * The text of `before` ahead of the label, back to the start of its clause; a short clause (全年发布
 * 信息1500余条) goes on about what the clause before it names (开通了政务微信), which is taken too.
 */
function leadOf(before: string, label: string, unit: string): string {
  const at = before.lastIndexOf(label);
  if (at <= 0) return "";
  let start = lastComma(before, at);
  // The clause before ends in a count of its own: it names that count, not this one.
  if (start > 0 && !CLAUSE_MARK.test(before[start - 1]!)) return before.slice(start, at);
  // A part (其中现场咨询1600人次) is named by its parent's label; the clause before 其中 is the parent's.
  if (PART_OPENING.test(before.slice(start, at))) return before.slice(start, at);
  // A short clause (保留4件) goes on with the one before; one whose label names a thing of its own
  // (直接来信148件) does not, where that one ends in a sibling's count in the same unit (…1794件,).
  if (at - start + label.length < MIN_OWN_CLAUSE && start > 0) {
    // Items of a list parted by 、 (在网站上公开许可信息6次、处罚信息2条) share what opens it; a
    // share or change of the count before (占总体的比例为67.84%) says nothing of its own.
    const clauseBefore = before.slice(0, start).replace(/[\s,，]+$/u, "");
    const ownNamed =
      label.length >= MIN_OWN_LABEL && !RELATION_LABEL.test(label) && unit !== "" && /[,，]\s*$/u.test(before.slice(0, start)) && COUNT_END.test(clauseBefore) && clauseBefore.endsWith(unit);
    if (!ownNamed) start = lastComma(before, start - 1);
  }
  // A clause before it that states nothing of its own, neither a number nor a thing done
  // (全年利用门户网站, 在…栏目发布信息713条), says where or how the count was made: it names the count too.
  else if (start > 0) {
    // That clause's list (季度经济指标、执法检查情况、财政预决算等内容) is one clause with it.
    const previous = lastComma(before, start - 1, false);
    const clause = before.slice(previous, start);
    if (!STATES_OWN.test(clause) || opensChannel(clause)) start = previous;
  }
  return before.slice(start, at);
}

// Marks a clause opens after: a comma, a colon, a bracket opening an aside, or (parting a list) 、.
const CLAUSE_MARK = /[,，、:：（(]/u;
const CLAUSE_MARK_BUT_LIST = /[,，:：（(]/u;

/**
 * Where the clause holding position `at` of `text` starts: after the last comma or colon before
 * it (or 、, where `listsPart`), the bracket opening an aside (答复申请805件（含上年度结转申请18件）:
 * the 答复 is the 805's, not the 18's), or a count running straight on into words, as a copy that
 * lost its commas writes (推送信息1363微博发布信息1155: 微博 is the 1155's).
 */
function lastComma(text: string, at: number, listsPart = true): number {
  const mark = listsPart ? CLAUSE_MARK : CLAUSE_MARK_BUT_LIST;
  for (let i = at; i >= 0; i--) {
    if (i < at && mark.test(text[i]!)) return i + 1;
    if (i > 0 && /\d/u.test(text[i - 1]!) && COUNT_RUNS_ON.test(text.slice(Math.max(0, i - 5), i + 1))) return i;
  }
  return 0;
}

// The end of a count of up to four digits with no measure word, and the word after it: not a
// year or date, a count going on to 余 or 万 (1200余条), or a hotline's number (2022年, 12345热线).
const COUNT_RUNS_ON = new RegExp(`(?<!\\d)\\d{1,4}(?![年月日号期届版余多万亿左以]|${COUNTING_UNITS})\\p{Script=Han}$`, "u");
