/**
 * The calendar year a report covers: from a stated reporting period (`自2021年1月1日至2021年12月31日`,
 * run together as `20211231日止`, or in English), else its title, else a year-end date (`截至2010年12月31日`), else the year its text names most.
 * Dates of the page itself (`2022-03-14`) and later deadlines (`截止2011年3月24日`) count less.
 */
import { readYear } from "../text/numbers.ts";

const YEAR = "((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})";
const TITLE_YEAR = new RegExp(`${YEAR}\\s*年`);
const PERIOD = new RegExp(`自\\s*${YEAR}\\s*年\\s*1\\s*月\\s*1\\s*日(?:起)?\\s*(?:至|到|—|-)\\s*(?:${YEAR}\\s*年)?\\s*12\\s*月\\s*31\\s*日`);
// A copy that lost the 年 and 月 of its period (…起至20171231日止) still ends it on the year's last day.
const RUN_TOGETHER_END = /((?:19|20)\d{2})1231日/;
// A translated copy states its period in English (from January 1, 2017 to December 31, 2017).
const ENGLISH_PERIOD = /January\s+1\s*,\s*((?:19|20)\d{2})\s+to\s+December\s+31/i;
const AS_OF = new RegExp(`(?:截至|截止到?|至|到)\\s*${YEAR}\\s*年\\s*(?:12\\s*月\\s*(?:31\\s*日|底)|年底|末)`);
const MENTION = new RegExp(`${YEAR}\\s*年(度)?(\\s*\\d{1,2}\\s*月)?`, "g");

/** The covered year, or null when the text names none. */
export function findYear(text: string, title: string | null): number | null {
  // A page titled by the year it was published in (2023年…年度报告 over 2022) states the year it
  // covers in its reporting period: that period wins over the title.
  const period = PERIOD.exec(text);
  const stated = period ?? RUN_TOGETHER_END.exec(text) ?? ENGLISH_PERIOD.exec(text);
  const periodYear = stated ? readYear(stated[1]!) : null;
  if (periodYear !== null) return periodYear;
  const fromTitle = title ? TITLE_YEAR.exec(title) : null;
  const titleYear = fromTitle ? readYear(fromTitle[1]!) : null;
  if (titleYear !== null) return titleYear;
  const asOf = AS_OF.exec(text);
  const asOfYear = asOf ? readYear(asOf[1]!) : null;
  if (asOfYear !== null) return asOfYear;
  const weights = new Map<number, number>();
  const first = new Map<number, number>();
  for (const m of text.matchAll(MENTION)) {
    const y = readYear(m[1]!);
    if (y === null) continue;
    // 2010年度 names the reporting year; 2011年3月 is usually a date the report was written.
    const w = m[2] ? 2 : m[3] ? 0.5 : 1;
    weights.set(y, (weights.get(y) ?? 0) + w);
    if (!first.has(y)) first.set(y, m.index);
  }
  let best: number | null = null;
  for (const [y, w] of weights) {
    const bw = best === null ? -1 : weights.get(best)!;
    if (w > bw || (w === bw && first.get(y)! < first.get(best!)!)) best = y;
  }
  return best;
}
