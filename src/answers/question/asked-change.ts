/**
 * A change between two named years a question asks for (2021年比2020年多公开了多少条, 与2020年相比
 * 增长了百分之几, 2013年比上年多公开了多少条): which year is compared with which, and whether the
 * difference or the growth in percent is wanted.
 */

/** What a question asks of two years' figures. */
export interface AskedChange {
  /** `difference`: later − earlier; `growth`: that difference in percent of the earlier. */
  kind: "difference" | "growth";
  /** The year compared (before 比). */
  later: number;
  /** The year it is compared with (after 比). */
  earlier: number;
  /** The verb the question puts after 多/少 (公开 of 多公开了多少条), or "". */
  verb: string;
  /** True when the question names one year and "the year before" (比上年): a change the report states answers first. */
  yearBefore: boolean;
}

// 与2020年相比, 同2020年比: the year compared with comes first.
const BASE_FIRST = /(?:与|和|同|跟)\s+(?:相比|比)/u;
const COMPARED = /比|较|相比/u;
// 2013年比上年: 去年 was read as a year of its own when named, so only these remain.
const YEAR_BEFORE = /(?:比|较)上一?年|同比/u;
// A question kept without its question words (增长了百分之) still asks for a percentage.
const GROWTH = /百分之(?:几|多少)?(?![零〇一二三四五六七八九十百\d])|百分比|增长率|增幅|降幅|下降率|幅度|几成|百分点/u;
const DIFFERENCE = /多|少|增|减|降|涨|变化|差/u;
const VERB = /[多少](公开|收到|受理|办理|答复|发布|收取|办结)/u;

/** The change `rest` (the question with its years taken out) asks of `years`, or null. */
export function askedChange(rest: string, years: readonly number[]): AskedChange | null {
  const yearBefore = years.length === 1 && YEAR_BEFORE.test(rest);
  if (!(years.length === 2 && COMPARED.test(rest)) && !yearBefore) return null;
  // 多少 asks how many, not how many more.
  const kind = GROWTH.test(rest) ? "growth" : DIFFERENCE.test(rest.replace(/多少/gu, "")) ? "difference" : null;
  if (!kind) return null;
  const verb = VERB.exec(rest)?.[1] ?? "";
  if (yearBefore) return { kind, later: years[0]!, earlier: years[0]! - 1, verb, yearBefore };
  const [first, second] = years as [number, number];
  const [later, earlier] = BASE_FIRST.test(rest) ? [second, first] : [first, second];
  return { kind, later, earlier, verb, yearBefore };
}

/**
 * The change a follow-up naming two other years asks (那2021年比2020年呢): their order from its own
 * words, what changed and how (多公开, 百分之几) from the `previous` question; null when it compares nothing.
 */
export function changeAskedAgain(rest: string, years: readonly number[], previous: string): AskedChange | null {
  if (years.length !== 2 || !COMPARED.test(rest)) return null;
  const before = askedChange(previous.replace(BASE_FIRST, " 比 "), [0, 0]);
  if (!before) return null;
  const [first, second] = years as [number, number];
  const [later, earlier] = BASE_FIRST.test(rest) ? [second, first] : [first, second];
  return { kind: before.kind, later, earlier, verb: before.verb, yearBefore: false };
}

// The comparison's own words: what is left asks for the measure of one year.
const CHANGE_WORDS =
  /(?:比|较)\s*(?:\d{2,4}年度?|上一?年)?|同比|(?:与|和|同|跟)\s*(?:\d{2,4}年度?)?\s*相?比|相比|增长率|增幅|降幅|下降率|幅度|百分之几|百分之多少|百分比|几成|百分点|增长了?|增加了?|减少了?|下降了?|变化了?|[多少](?=公开|收到|受理|办理|答复|发布|收取|办结|了)/gu;

/** `text` without the words that ask for a change, so it asks for one year's figure. */
export function withoutChange(text: string): string {
  return text.replace(CHANGE_WORDS, " ").replace(/\s+/g, " ").trim();
}
