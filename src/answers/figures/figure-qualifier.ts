/**
 * The qualifiers a count carries in its clause and a question carries in its words: a running total
 * (累计, 截至, 历年), this year's count (新增, 本年, 全年), a change on the year before (比上年增加,
 * 同比), a plan for a later year (计划, 力争). Read from text, at answer time, on both sides alike.
 */

export interface Qualifiers {
  cumulative: boolean;
  thisYear: boolean;
  change: boolean;
  plan: boolean;
}

// 年底 of a year asked (2023年底共有) asks what stands at its end, not what it added; 现行有效 counts what stands.
// 全年浏览总量 is the year's total, not a running one.
const CUMULATIVE = /累计|截至|截止|历年|至今|迄今|为止|(?<!(?:全年|本年|当年|年度)[\u4e00-\u9fff]{0,4})总量|以来共|年底|年末|现行有效/gu;
// 其中2009年度1499万人次: a year's own part of a running total is named by that year.
const THIS_YEAR = /本年|全年|当年|今年|年内|本年度|(?:19|20)\d{2}年度/gu;
// 新增, 新开设, 新建, 注销, 关停: what the year added or removed, said of the count they stand before
// (新开设专栏1个,专栏总数达到14个: the total after it is no count of the year).
const ADDED = /新增|新开|新设|新建|注销|关停/gu;
// A comparison with the year before, or the direction right before the number (增加3147件).
const CHANGE = /(?:比|较)(?:上一?年|去年)|同比|环比|(?:增加|增长|减少|下降|上升|提高|降低)了?$/u;
// 规划计划类 and 计划生育 name a kind of information and a policy, not a plan.
const PLAN = /(?<!规划)计划(?!类|生育)|力争|预计|目标/u;

/**
 * The qualifiers `text` states; `change` only from a comparison, or a direction ending the text.
 * Words of what was added count only from `ownFrom` on, where the count's own clause starts.
 */
export function qualifiersOf(text: string, ownFrom = 0): Qualifiers {
  // 截至12月31日,新增…311条: where a clause says both, the word nearer the count says which it is.
  const cumulativeAt = lastAt(text, CUMULATIVE);
  const added = lastAt(text, ADDED);
  const thisYearAt = Math.max(lastAt(text, THIS_YEAR), added >= ownFrom ? added : -1);
  return {
    cumulative: cumulativeAt >= 0 && cumulativeAt > thisYearAt,
    thisYear: thisYearAt >= 0 && thisYearAt > cumulativeAt,
    change: CHANGE.test(text),
    plan: PLAN.test(text),
  };
}

/** Where the last match of the global `pattern` in `text` starts, or -1 (matchAll keeps no state in it). */
function lastAt(text: string, pattern: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index;
  return at;
}
