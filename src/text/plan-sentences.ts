/**
 * Sentences dated to another year than the report's: those that plan for a later year (2025年新增开放
 * 高价值数据集50个以上 in a 2024 report) count a target, and those that open on an earlier year
 * (2022年，…主动公开政府信息356条 in a 2023 page quoting last year's report) count that year: neither
 * is a figure of the year reported on.
 */

// A year a count runs up to (截至2025年1月底, 截止, 至, 到) dates the past, not a plan; a year in a
// report's name (a page's running title …2022年政府信息公开工作年度报告) names the report; a year
// requests are carried into (结转2023年继续办理) is the template's next-year column, no plan.
const PLAIN_YEAR = /(?<![至止到])(?<!结转|转入)(\d{4})年(?!度?(?:政府|政务)?信息公开工作年度报告)/gu;

/**
 * True when `sentence` names a year after `reportYear` other than as the date a count runs to, and
 * not the report's own year (2021年受理5件，2022年1月办结 still reports on 2021).
 */
export function plansAhead(sentence: string, reportYear: number | null): boolean {
  // Most sentences name no year at all.
  if (reportYear === null || !sentence.includes("年")) return false;
  const years = [...sentence.matchAll(PLAIN_YEAR)].map((m) => Number(m[1]));
  return years.some((y) => y > reportYear) && !years.includes(reportYear);
}

// The sentence's own date at its start, after a bracketed tag (【2022年度报告摘要】2022年，…).
const OPENING_YEAR = /^(?:[【[][^】\]]{0,20}[】\]])?\s*(\d{4})年(?!度)/u;

// What a year left for the next: 结转, 转结, 遗留, 未办结.
const CARRIED_OVER = /^(?:结转|转结|遗留|未办结|跨年度)/u;

/**
 * True when `sentence` opens on a year before `reportYear` and never names the report's own year,
 * not even as the end of a span (2022年12月至2023年1月 reaches into the year reported on).
 */
export function looksBack(sentence: string, reportYear: number | null): boolean {
  if (!sentence.includes("年")) return false;
  const opening = OPENING_YEAR.exec(sentence);
  if (reportYear === null || !opening || Number(opening[1]) >= reportYear) return false;
  // 2019年结转政府信息公开申请73宗 in 2020's report: what the year before left for this one.
  if (Number(opening[1]) === reportYear - 1 && CARRIED_OVER.test(sentence.slice(opening[0].length))) return false;
  return ![...sentence.matchAll(/(\d{4})年/gu)].some((m) => Number(m[1]) === reportYear);
}
