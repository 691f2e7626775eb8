/**
 * The calendar year a report covers: from a stated reporting period (`自2021年1月1日至2021年12月31日`,
 * written as dates `自2015-1-1起至2015-12-31止`, run together as `20211231日止`, or in English), else its title, else a year-end date (`截至2010年12月31日`), else the year its text names most,
 * the year its address files it under counted with them. Dates of the page itself (`2022-03-14`), later
 * deadlines (`截止2011年3月24日`) and the titles of documents it cites (《…2022年度财务工作报告》) count less.
 */
import { readYear } from "../text/numbers.ts";

const YEAR = "((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})";
const TITLE_YEAR = new RegExp(`${YEAR}\\s*年`);
// 自 may be left out (统计期限为2019年1月1日至2019年12月31日).
const PERIOD = new RegExp(`${YEAR}\\s*年\\s*1\\s*月\\s*1\\s*日(?:起)?\\s*(?:至|到|—|-)\\s*(?:${YEAR}\\s*年)?\\s*12\\s*月\\s*31\\s*日`);
// A period written as dates (自2015-1-1起至2015-12-31止).
const DATED_PERIOD = /自\s*((?:19|20)\d{2})[-/.]0?1[-/.]0?1\s*(?:起)?\s*(?:至|到|—|-)\s*(?:(?:19|20)\d{2}[-/.])?12[-/.]31/;
// A copy that lost the 年 and 月 of its period (…起至20171231日止) still ends it on the year's last day.
const RUN_TOGETHER_END = /((?:19|20)\d{2})1231日/;
// A translated copy states its period in English (from January 1, 2017 to December 31, 2017).
const ENGLISH_PERIOD = /January\s+1\s*,\s*((?:19|20)\d{2})\s+to\s+December\s+31/i;
const AS_OF = new RegExp(`(?:截至|截止到?|至|到)\\s*${YEAR}\\s*年\\s*(?:12\\s*月\\s*(?:31\\s*日|底)|年底|末)`);
const MENTION = new RegExp(`${YEAR}\\s*年(度)?(\\s*\\d{1,2}\\s*月)?`, "g");

// A report announcing its own year's report (现将2022年度政府信息公开工作报告如下).
const OWN_YEAR_ANNOUNCED = new RegExp(`(?:现将|现予|现|特向社会|向社会)(?:发布|公布|公开|报告)?(?:我[局委办厅])?\\s*${YEAR}\\s*年度(?:政府|政务)?信息公开(?:工作)?(?:年度)?报告`, "u");
// A report naming itself by its title in book marks after the verb publishing it.
const OWN_TITLE_ANNOUNCED = new RegExp(`(?:发布|公布)《[^《》]{0,40}?${YEAR}\\s*年度?(?:政府|政务)?信息公开(?:工作)?(?:年度)?报告》`, "u");

/** A year a cited document's title names (《…2022年度财务工作报告》) is that document's: it counts this much. */
const CITED_TITLE_WEIGHT = 0.25;
/** A year opening a sentence (2022年,我局…) is the year the text goes on about: it counts this many times. */
const OPENING_WEIGHT = 2;
/** The year the page's address files it under, where the text states no period, counts as this many mentions. */
const ADDRESS_WEIGHT = 2;

/**
 * The covered year, or null when the text names none; `filed` is the year the page's address
 * files it under, weighed with the years the text names where it states no period or title year.
 */
export function findYear(text: string, title: string | null, filed: number | null = null): number | null {
  // A page titled by the year it was published in (2023年…年度报告 over 2022) states the year it
  // covers in its reporting period: that period wins over the title.
  const period = PERIOD.exec(text);
  const stated = period ?? DATED_PERIOD.exec(text) ?? RUN_TOGETHER_END.exec(text) ?? ENGLISH_PERIOD.exec(text);
  const periodYear = stated ? readYear(stated[1]!) : null;
  if (periodYear !== null) {
    // A period copied from last year's report (现将2022年度…报告如下 over 自2021年1月1日…): the year the
    // report announces itself by wins where the rest of its text names that year most.
    const own = OWN_YEAR_ANNOUNCED.exec(text);
    const ownYear = own ? readYear(own[1]!) : null;
    if (ownYear === null || ownYear === periodYear) return periodYear;
    return mostNamed(text.replace(stated![0], " "), null) === ownYear ? ownYear : periodYear;
  }
  const fromTitle = title ? TITLE_YEAR.exec(title) : null;
  const titleYear = fromTitle ? readYear(fromTitle[1]!) : null;
  if (titleYear !== null) return titleYear;
  // 发布《重庆市审计局2021年政府信息公开工作年度报告》: the report announcing its own title.
  const announced = OWN_TITLE_ANNOUNCED.exec(text);
  const announcedYear = announced ? readYear(announced[1]!) : null;
  if (announcedYear !== null) {
    // …unless the text goes on about the year after it: a report telling how it published last year's (公开发布《…2021年…报告》 in 2022's).
    const named = mostNamed(text.replace(announced![0], " "), filed);
    return named === announcedYear + 1 ? named : announcedYear;
  }
  const asOf = AS_OF.exec(text);
  const asOfYear = asOf ? readYear(asOf[1]!) : null;
  if (asOfYear !== null) return asOfYear;
  return mostNamed(text, filed);
}

/** The year `text` names most (a year opening a sentence, or written 年度, counting more), `filed` counted with them. */
function mostNamed(text: string, filed: number | null): number | null {
  const weights = new Map<number, number>();
  const first = new Map<number, number>();
  if (filed !== null) {
    weights.set(filed, ADDRESS_WEIGHT);
    first.set(filed, text.length);
  }
  for (const m of text.matchAll(MENTION)) {
    const y = readYear(m[1]!);
    if (y === null) continue;
    // 2010年度 names the reporting year; 2011年3月 is usually a date the report was written.
    const w = (m[2] ? 2 : m[3] ? 0.5 : 1) * (insideBookTitle(text, m.index) ? CITED_TITLE_WEIGHT : opensSentence(text, m.index) && !m[3] ? OPENING_WEIGHT : 1);
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

/** Whether position `at` of `text` lies inside 《…》. */
function insideBookTitle(text: string, at: number): boolean {
  return text.lastIndexOf("《", at) > text.lastIndexOf("》", at);
}

/** Whether the text at `at` opens a line or a sentence. */
function opensSentence(text: string, at: number): boolean {
  return at === 0 || /[\n。；;]\s*$/u.test(text.slice(Math.max(0, at - 3), at));
}
