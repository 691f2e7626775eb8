/**
 * A question understood: its years, what it asks, the agency it names (or the chat's previous
 * one for a follow-up such as 那2020年呢), and the text left for passage and label search.
 */
import { organAsked, organNameAsked, organOtherThan, withoutGovernmentParts } from "../catalog/government-parts.ts";
import type { ChatState } from "../report-source.ts";
import { expandMention, expandShortName, opensWithProvinceShortName } from "../catalog/abbreviated-name.ts";
import { abbreviates } from "../../text/short-names.ts";
import { resolveAgency, type AgencyResolution } from "../catalog/agency-resolver.ts";
import { kindMentions } from "../catalog/alias-table.ts";
import type { AgencyEntry, CatalogIndex } from "../catalog/catalog-index.ts";
import { questionText } from "./question-text.ts";
import { openerLength } from "./question-opener.ts";
import { questionYears } from "./question-years.ts";
import { askedChange, changeAskedAgain, type AskedChange } from "./asked-change.ts";
import { joinedMeasures, type AskedMeasure } from "./joined-measures.ts";
import { askedOfPreviousPlace } from "./previous-place.ts";
import {
  QUESTION_WORDS,
  asksListing,
  asksListingAlone,
  asksRanking,
  departmentsFollow,
  detectIntent,
  intentById,
  measureUnits,
  reasonIntent,
  withoutReasons,
  type MetricIntent,
} from "./metric-intent.ts";

const FOLLOW_UP_WORDS = /多少|几|呢|吗|其中|那|是否|有没有/;
// 全国一共多少 asks for the whole country, which no report covers: it follows up on no agency.
const NATIONWIDE = /全国/u;
const PART_OF_PREVIOUS = /^(?:那么?|那)?其中/;
// 那吉林市档案馆呢: a question ending in 呢 that names an agency and nothing to ask.
const ASKED_AGAIN = /呢[？?!！。.\s]*$/u;
// 哪些镇有年报, 有年报的乡镇有哪些: the kind of agency asked for, before or after the asking word.
const ASKS_AGENCIES = /(?:哪些|什么|哪几个|几个)(单位|部门|机构|街道|乡镇|乡|镇)|(?:的|有)(单位|部门|机构|街道|乡镇|乡|镇)(?:都|还)?(?:有哪些|是哪些|有几个|有哪几个)/;

// 比2021年多了多少 (its year taken out): a comparison that names only the year compared with.
const BASE_YEAR_ONLY = /^\s*(?:那么?)?\s*(?:比|较)\s/u;
// 比 or 较 right before a year taken out of the question (比2012年 → 比 ): the year compared with.
const BASE_YEAR_NAMED = /(比|较)\s/u;

// 分别, 各多少: a question that may join its measures with 、 (行政复议、行政诉讼各多少件); not the
// 各 of 各县（市、区）.
const EACH_ASKED = /分别|各自|各[是有为]?(?:多少|几)/u;

export interface Understanding {
  text: string;
  years: number[];
  relativeYear: boolean;
  resolution: AgencyResolution;
  /** True when the agency (and possibly year and intent) come from the chat's previous question. */
  followUp: boolean;
  /** What the chat's previous question filled in that this one leaves out (凉州区科学技术局, 2021年), or null. */
  assumed: string | null;
  intent: MetricIntent | null;
  /** What is searched in labels and passages: the asking part, agency and years removed. */
  query: string;
  /** Further measures asked at once after `intent` (主动公开和依申请公开分别多少), each with its part of the question. */
  also: AskedMeasure[];
  units: string[] | null;
  /** A change between two named years asked for (2021年比2020年多公开了多少条), or null. */
  change: AskedChange | null;
  listing: boolean;
  ranking: boolean;
}

// A name in quotation marks: a site, an account, a column (“中国东莞”, 「平安平度」).
const QUOTED_NAME = /“[^“”]{2,20}”|"[^"]{2,20}"|「[^「」]{2,20}」/gu;

/** Reads `question` against the catalogue, with the chat's `state` for follow-ups. */
export function understand(question: string, state: ChatState | null, index: CatalogIndex, now: Date): Understanding {
  // The matching form drops punctuation: a 、 joining measures asked for each is kept as 和.
  const text = questionText(EACH_ASKED.test(question) ? question.replace(/、/gu, "和") : question);
  const read = questionYears(text, now);
  const { years, relative } = read;
  let { rest } = read;
  // What is asked is read from the question as written: a short name written out (重点办 → …重点建设项目
  // 领导小组办公室) names the agency, and its words (领导小组) ask nothing.
  const written = rest;
  let resolution = resolveAgency(rest, years, index);
  // 东莞市…“中国东莞”主站: a name in quotation marks is a site's or an account's; where the question read
  // with it names no held agency, the question read without it may.
  if (resolution.kind === "unknown" || resolution.kind === "none") {
    const unquoted = question.replace(QUOTED_NAME, " ");
    const again = unquoted === question ? null : resolveAgency(questionYears(questionText(unquoted), now).rest, years, index);
    if (again?.kind === "agency") resolution = again;
  }
  // 川财政厅 matches every 财政厅 held by its kind: the province's short name says which.
  if (resolution.kind === "none" || resolution.kind === "unknown" || (resolution.kind === "ambiguous" && opensWithProvinceShortName(rest))) {
    // 番禺政数局, 遂宁经开区: a short name of a held agency or place, written out and read again.
    // …also where the name stands later in the question (“上海发布”粉丝多少（上海市府办2025年报）).
    const expanded = expandShortName(rest, index) ?? (resolution.kind === "unknown" ? expandMention(rest, resolution.mention, index) : null);
    const again = expanded === null ? null : resolveAgency(expanded, years, index);
    if (again && again.kind !== "none" && again.kind !== "unknown") {
      rest = expanded!;
      resolution = again;
    }
  }
  // 国家统计局 is no 北京市统计局 found by its kind alone: a national organ named is asked as itself.
  // …and 国家林草局 is none of the provinces' and cities' 林草局 its kind matches.
  if (resolution.kind === "agency" && organOtherThan(rest, resolution.agency)) resolution = { kind: "none" };
  if (resolution.kind === "ambiguous" && resolution.candidates.every((a) => organOtherThan(rest, a))) resolution = { kind: "none" };
  if (resolution.kind !== "agency") {
    // 人社部 asks for the ministry held as 人力资源社会保障部; 海口市政府信息公开办公室 for 海口市人民政府.
    const organ = organAsked(rest, index);
    const bare = organ ? null : withoutGovernmentParts(rest);
    const again = bare === null ? null : resolveAgency(bare, years, index);
    if (organ) resolution = { kind: "agency", agency: organ };
    // …and 大兴新区管委会党政办 for the zone's committee, the one agency its place holds.
    else if (again?.kind === "agency" || again?.kind === "place") resolution = again;
    // 人社部 with no report of it held: say so by the organ's name rather than ask who is meant.
    const unheld = resolution.kind === "none" ? organNameAsked(rest) : null;
    if (unheld) resolution = { kind: "unknown", mention: unheld, near: [] };
  }
  // The one agency held of a place is what a question about the place asks of, unless it asks for a list.
  if (resolution.kind === "place" && resolution.agencies.length === 1 && !asksListing(text)) {
    resolution = { kind: "agency", agency: resolution.agencies[0]! };
  }
  // 哪些单位有2013年的年报 names no agency or place: it asks for every agency of those years.
  const asksAgencies = ASKS_AGENCIES.exec(rest);
  if (resolution.kind === "none" && years.length > 0 && asksAgencies) {
    // 哪些镇 lists townships only; 乡镇 both kinds of township.
    const asked = asksAgencies[1] ?? asksAgencies[2]!;
    const level = asked === "乡镇" ? "乡镇" : asked.length === 1 || asked === "街道" ? asked : "";
    const endings = level === "乡镇" ? ["乡", "镇"] : [level];
    const agencies = index.agencies.filter(
      (a) => (level === "" || a.places.some((p) => endings.some((e) => p.endsWith(e)))) && a.reports.some((r) => r.year !== null && years.includes(r.year)),
    );
    resolution = { kind: "place", place: level ? `各${level}` : "各单位", agencies };
  }
  const inPrevious = askedOfPreviousPlace(text, rest, years, resolution, state?.agency ? index.byName.get(state.agency) : undefined, index);
  if (inPrevious) resolution = inPrevious.resolution;
  const placeAssumed = inPrevious?.place ?? "";
  let followUp = false;
  let asking = written;
  // 2010年有哪些年报, 哪个单位主动公开最多: a listing or ranking naming no agency asks across the
  // corpus, not about the chat's agency.
  const acrossAgencies = asksListing(text) || asksRanking(text);
  if (resolution.kind === "none" && state?.agency && asksSomething(rest, years) && !NATIONWIDE.test(rest) && !acrossAgencies) {
    const previous = index.byName.get(state.agency);
    if (previous) {
      resolution = { kind: "agency", agency: previous };
      followUp = true;
      // 其中政策法规多少条 / 那2020年呢: what is asked carries over from the previous question;
      // 其中 narrows it even where it names a measure of its own (其中律师事务所申请的有几件).
      if ((!detectIntent(written) || PART_OF_PREVIOUS.test(written)) && state.lastQuestion) asking = `${written} ${state.lastQuestion}`;
    }
  }
  // A refusal reason alone (信访, 重复申请) names its group of applications, which count in 件: asked
  // in another measure word (信访接待多少人次, 信访办件多少件次) it names something else.
  const units = measureUnits(asking);
  let intent = detectIntent(withoutReasons(asking), units) ?? (units === null || units.includes("件") ? reasonIntent(asking) : null);
  // 那吉林市档案馆呢 asks the previous question again of another agency, held or not (so the chat
  // keeps what was asked past a 未收录 reply).
  const askedAgain = !followUp && !intent && resolution.kind !== "none" && state?.metric != null && ASKED_AGAIN.test(text);
  if (!intent && (followUp || askedAgain) && state?.metric) intent = intentById(state.metric);
  // 比2021年多公开了多少条 after a question about 2022: the chat's year is compared with the one named.
  const againstPrevious = (followUp || askedAgain) && years.length === 1 && BASE_YEAR_ONLY.test(read.rest) && state?.year != null && state.year !== years[0];
  // 比去年多了多少 after a question about 2013: 去年 is 2012, the year before the chat's.
  const againstChatYear = (followUp || askedAgain) && read.comparedWithLastYear && state?.year != null ? questionYears(text, now, state.year) : null;
  // 重庆…比2012年多了几个 naming no other year asks of the year after it, against it: the report of
  // 2013 says what changed since 2012 (a2008-234, and 比2019年增长了多少 alike).
  const baseYearChange =
    !followUp && !askedAgain && years.length === 1 && BASE_YEAR_NAMED.test(asking) ? askedChange(asking.replace(BASE_YEAR_NAMED, "$1上年"), [years[0]! + 1]) : null;
  const againstBaseYear = baseYearChange !== null;
  const followYears = againstBaseYear
    ? [years[0]! + 1]
    : againstChatYear
    ? [state!.year!]
    : againstPrevious
      ? [state!.year!, years[0]!]
      : (followUp || askedAgain) && years.length === 0 && state?.year
        ? [state.year]
        : years;
  if (againstBaseYear) asking = asking.replace(BASE_YEAR_NAMED, "$1上年");
  // 2022年比2021年少了几件: a year compared with the one right before it asks what 比上年 asks, so
  // a change the report states on the year before answers it too (h4-191).
  const pairChange = !followUp && !askedAgain && !againstBaseYear && years.length === 2 && BASE_YEAR_NAMED.test(asking) ? askedChange(read.rest, years) : null;
  if (pairChange && pairChange.later === pairChange.earlier + 1) asking = asking.replace(BASE_YEAR_NAMED, "$1上年");
  const assumedParts = [followUp && resolution.kind === "agency" ? resolution.agency.name : placeAssumed, followYears !== years && !againstBaseYear ? `${followYears[0]}年` : ""];
  const assumed = assumedParts.join("") || null;
  const query = stripAgency(asking, resolution);
  // Measures joined are read from the question's own words, not the previous question a follow-up
  // carries along (其中政策法规和政务文件分别多少条 asks for each of those two).
  const [first, ...also] = joinedMeasures(asking !== written ? stripAgency(written, resolution) : query);
  return {
    text,
    years: followYears,
    relativeYear: relative,
    resolution,
    followUp,
    assumed,
    intent: first?.intent ?? intent,
    query: first?.query ?? query,
    also,
    units: measureUnits(asking),
    change:
      baseYearChange ??
      askedChange(againstChatYear?.rest ?? read.rest, followYears) ??
      (followUp && state?.lastQuestion ? changeAskedAgain(read.rest, years, state.lastQuestion) : null),
    listing: asksListingAlone(text, query),
    ranking: asksRanking(text),
  };
}

/** A follow-up needs something to ask: a year, a measure, or a question word (你好 is no follow-up). */
function asksSomething(rest: string, years: number[]): boolean {
  return years.length > 0 || detectIntent(rest) !== null || FOLLOW_UP_WORDS.test(rest);
}

function stripAgency(text: string, resolution: AgencyResolution): string {
  // 请问, 那: the opening is no part of what is asked.
  let out = text.slice(openerLength(text));
  const names: string[] = [];
  const agency = resolution.kind === "agency" ? resolution.agency : null;
  if (agency) names.push(agency.name, agency.kind);
  // Only the mention that named the agency goes: 政府 in 政府采购信息 is what is asked.
  // 市政府各部门 names a group the report counts (其中市政府各部门主动公开…条), not the agency.
  const mentions = kindMentions(out).filter((m) => (agency === null || agency.kindKeys.includes(m.key)) && !departmentsFollow(out, m.index + m.form.length));
  const named = agency ? mentions.slice(0, 1) : mentions;
  for (const m of [...named].sort((a, b) => b.index - a.index)) {
    // 文旅广电局 of 文化旅游广电局: the words before the kind that shorten the agency's own go with it.
    const from = agency ? shortenedKindStart(out, m.index, m.index + m.form.length, agency.kind) : m.index;
    out = `${out.slice(0, from)} ${out.slice(m.index + m.form.length)}`;
  }
  for (const name of [...names, ...QUESTION_WORDS].sort((a, b) => b.length - a.length)) {
    if (name.length > 0) out = out.split(name).join(" ");
  }
  if (agency) out = withoutOwnPlaces(out, [...agency.within], agency.places);
  out = out.replace(/\s+/g, " ").trim();
  return agency ? withoutShortName(out, agency) : out;
}

/**
 * `text` without the places the agency sits in, where they name it: the first time each is written.
 * Written again (泾县教体局…办理泾县12345热线派件), a place is part of what is asked (泾县's hotline, not
 * 宣城市's); a stem inside a place kept is kept with it. A place above the agency's own (宣城市 of 泾县) names
 * it only among the places the question opens with: written after what is asked begins, it is asked of.
 */
function withoutOwnPlaces(text: string, places: readonly string[], own: readonly string[]): string {
  const gone = new Array<boolean>(text.length).fill(false);
  const kept = new Array<boolean>(text.length).fill(false);
  const free = (at: number, length: number): boolean => {
    for (let i = at; i < at + length; i++) if (gone[i] || kept[i]) return false;
    return true;
  };
  const opening = (at: number): boolean => {
    for (let i = 0; i < at; i++) if (!gone[i] && !/\s/u.test(text[i]!)) return false;
    return true;
  };
  const ownFirst = [...places].sort((a, b) => Number(own.some((o) => o.startsWith(b))) - Number(own.some((o) => o.startsWith(a))) || b.length - a.length);
  for (const place of ownFirst) {
    if (place.length === 0) continue;
    const above = !own.some((o) => o.startsWith(place));
    let first = true;
    for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + place.length)) {
      if (!free(at, place.length)) continue;
      (first && (!above || opening(at)) ? gone : kept).fill(true, at, at + place.length);
      first = false;
    }
  }
  let out = "";
  for (let i = 0; i < text.length; i++) out += gone[i] ? " " : text[i];
  return out.replace(/\s+/g, " ").trim();
}

/** Longest reach of words before a kind that may shorten the agency's kind with it. */
const KIND_SHORT_REACH = 6;

/** Where the run before `end` that shortens `kind` (文旅广电局 of 文化旅游广电局) starts; `at` when none longer does. */
function shortenedKindStart(text: string, at: number, end: number, kind: string): number {
  for (let from = Math.max(0, at - KIND_SHORT_REACH); from < at; from++) {
    if (abbreviates(text.slice(from, end), kind)) return from;
  }
  return at;
}

/**
 * `text` without a short form of the agency's name it opens with (经开区 of 南宁经济技术开发区管理委员会,
 * 南宁 already gone as its place): words of the asker's own name for the agency are not what is asked.
 */
function withoutShortName(text: string, agency: AgencyEntry): string {
  const name = agency.name;
  for (let end = Math.min(text.length, name.length - 1); end >= SHORT_NAME_MIN; end--) {
    const short = text.slice(0, end);
    if (!SHORT_NAME_END.test(short)) continue;
    for (let from = name.indexOf(short[0]!); from >= 0; from = name.indexOf(short[0]!, from + 1)) {
      for (let to = from + end + 1; to <= name.length; to++) if (abbreviates(short, name.slice(from, to))) return text.slice(end).trim();
    }
  }
  return text;
}

// A short name closes with a place's or an office's word (经开区, 管委会).
const SHORT_NAME_END = /[区县市旗会局委办厅]$/u;
const SHORT_NAME_MIN = 3;
