/**
 * How a report names the year's own share of a running total it has just stated (答复咨询17条
 * (2012年新增15条)): 新增, after the year, 本年, 今年 or 当年 where it says one. Ingest links such a
 * share to its total; answers read the total as running over the years.
 */
export const YEARS_NEW_SHARE = String.raw`(?:其中)?\s*(?:(?:19|20)\d{2}\s*年度?|本年度?|今年|当年)?\s*新增`;
