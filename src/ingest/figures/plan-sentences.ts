/**
 * Sentences that plan for a year after the report's (2025年新增开放高价值数据集50个以上 in a 2024
 * report): what they count is a target, not a figure of the year reported on.
 */

// A year a count runs up to (截至2025年1月底, 截止, 至, 到) dates the past, not a plan; a year in a
// report's name (a page's running title …2022年政府信息公开工作年度报告) names the report.
const PLAIN_YEAR = /(?<![至止到])(\d{4})年(?!度?(?:政府|政务)?信息公开工作年度报告)/gu;

/**
 * True when `sentence` names a year after `reportYear` other than as the date a count runs to, and
 * not the report's own year (2021年受理5件，2022年1月办结 still reports on 2021).
 */
export function plansAhead(sentence: string, reportYear: number | null): boolean {
  if (reportYear === null) return false;
  const years = [...sentence.matchAll(PLAIN_YEAR)].map((m) => Number(m[1]));
  return years.some((y) => y > reportYear) && !years.includes(reportYear);
}
