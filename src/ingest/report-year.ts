/**
 * The calendar year a report covers, ranked from its clues: a stated reporting period
 * (`自2021年1月1日至2021年12月31日`, written as dates `自2015-1-1起至2015-12-31止`, run together as
 * `20211231日止`, or in English), its title, the report announcing itself (`现将2022年度…报告如下`,
 * `发布《…2021年…报告》`), a year-end date (`截至2010年12月31日`), and the year its text names most,
 * the year its address files it under counted with them. Each clue adds its weight to the year it
 * names; the best year wins and its clues are its evidence. Dates of the page itself (`2022-03-14`),
 * later deadlines (`截止2011年3月24日`) and the titles of documents it cites (《…2022年度财务工作报告》)
 * count less among the years named.
 */
import { readYear } from "../text/numbers.ts";

const YEAR = "((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})";
const TITLE_YEAR = new RegExp(`${YEAR}\\s*年`);
// 自 may be left out (统计期限为2019年1月1日至2019年12月31日), and a comma put in (自2018年1月1日起,至…).
const PERIOD = new RegExp(`${YEAR}\\s*年\\s*1\\s*月\\s*1\\s*日(?:起)?\\s*[,，]?\\s*(?:至|到|—|-)\\s*(?:${YEAR}\\s*年)?\\s*12\\s*月\\s*31\\s*日`);
// A period written as dates (自2015-1-1起至2015-12-31止).
const DATED_PERIOD = /自\s*((?:19|20)\d{2})[-/.]0?1[-/.]0?1\s*(?:起)?\s*(?:至|到|—|-)\s*(?:(?:19|20)\d{2}[-/.])?12[-/.]31/;
// A copy that lost the 年 and 月 of its period (…起至20171231日止) still ends it on the year's last day.
const RUN_TOGETHER_END = /((?:19|20)\d{2})1231日/;
// A translated copy states its period in English (from January 1, 2017 to December 31, 2017).
const ENGLISH_PERIOD = /January\s+1\s*,\s*((?:19|20)\d{2})\s+to\s+December\s+31/i;
const AS_OF = new RegExp(`(?:截至|截止到?|至|到)\\s*${YEAR}\\s*年\\s*(?:12\\s*月\\s*(?:31\\s*日|底)|年底|末)`);
const MENTION = new RegExp(`${YEAR}\\s*年(度)?(\\s*\\d{1,2}\\s*月)?`, "g");

// A report announcing its own year's report (现将2022年度政府信息公开工作报告如下), its body named after
// the year or not (特向社会公布2011年陕西省财政厅政府信息公开工作年度报告).
const OWN_YEAR_ANNOUNCED = new RegExp(`(?:现将|现予|现|特向社会|向社会)(?:发布|公布|公开|报告)?(?:我[局委办厅])?\\s*${YEAR}\\s*年(?:度|\\p{Script=Han}{2,20}?)(?:政府|政务)?信息公开(?:工作)?(?:年度)?报告`, "u");
// A report naming a report by its title in book marks after the verb publishing it: its own, or
// last year's in an account of how that one was published (公开发布《…2021年…报告》 in 2022's).
const TITLE_ANNOUNCED = new RegExp(`(?:发布|公布)《[^《》]{0,40}?${YEAR}\\s*年度?(?:政府|政务)?信息公开(?:工作)?(?:年度)?报告》`, "u");

/** Where a clue to the year comes from. */
export type YearSource = "period" | "title" | "own_announced" | "title_announced" | "year_end" | "named" | "after_announced";

/**
 * The weight of each clue. A stated period outweighs the title (a page titled by the year it was
 * published in, 2023年…年度报告 over 2022), but a title or the report's own announcement that the
 * rest of its text bears out outweighs a period copied from last year's report. A title announced
 * in book marks is the page's own or, told of in the next year's report, last year's: it supports
 * the year after it a little, enough for the year the text names most to decide between the two.
 */
export const YEAR_WEIGHTS: Readonly<Record<YearSource, number>> = {
  period: 8,
  title: 7,
  own_announced: 5.5,
  title_announced: 4,
  year_end: 3.5,
  named: 3,
  after_announced: 1.5,
};

/** A year a cited document's title names (《…2022年度财务工作报告》) is that document's: it counts this much. */
const CITED_TITLE_WEIGHT = 0.25;
/** A year opening a sentence (2022年,我局…) is the year the text goes on about: it counts this many times. */
const OPENING_WEIGHT = 2;
/** The year the page's address files it under counts as this many mentions among the years named. */
const ADDRESS_WEIGHT = 2;

/** The year a report covers, with the clues that decided it. */
export interface RankedYear {
  year: number;
  score: number;
  /** Winner's share of the two best scores: 1 when nothing competes. */
  confidence: number;
  /** The clues naming the winner, strongest first (`year:period:2021`). */
  evidence: string[];
}

/**
 * The covered year, or null when the text names none; `filed` is the year the page's address
 * files it under, counted among the years the text names.
 */
export function findYear(text: string, title: string | null, filed: number | null = null): number | null {
  return rankYear(text, title, filed)?.year ?? null;
}

/** The best-supported year of a report and why it won, or null when nothing names one. */
export function rankYear(text: string, title: string | null, filed: number | null = null): RankedYear | null {
  const clues: Array<{ source: YearSource; year: number }> = [];
  // Each statement gives one clue: what one clue read (a period ending 至2021年12月31日) is left out of
  // the text the next clues and the years named are read from.
  let rest = text;
  const take = (source: YearSource, ...patterns: RegExp[]): void => {
    for (const pattern of patterns) {
      const m = pattern.exec(rest);
      const year = m ? readYear(m[1]!) : null;
      if (year === null) continue;
      clues.push({ source, year });
      rest = rest.replace(m![0], " ");
      return;
    }
  };
  take("period", PERIOD, DATED_PERIOD, RUN_TOGETHER_END, ENGLISH_PERIOD);
  const fromTitle = title ? TITLE_YEAR.exec(title) : null;
  const titleYear = fromTitle ? readYear(fromTitle[1]!) : null;
  if (titleYear !== null) clues.push({ source: "title", year: titleYear });
  take("own_announced", OWN_YEAR_ANNOUNCED);
  take("title_announced", TITLE_ANNOUNCED);
  const announced = clues.find((c) => c.source === "title_announced");
  if (announced) clues.push({ source: "after_announced", year: announced.year + 1 });
  take("year_end", AS_OF);
  const named = mostNamed(rest, filed);
  if (named !== null) clues.push({ source: "named", year: named });
  if (clues.length === 0) return null;

  const scores = new Map<number, number>();
  for (const c of clues) scores.set(c.year, (scores.get(c.year) ?? 0) + YEAR_WEIGHTS[c.source]);
  // Equal scores go to the year of the strongest single clue.
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || strongest(clues, b[0]) - strongest(clues, a[0]));
  const [year, score] = ranked[0]!;
  const second = ranked[1]?.[1] ?? 0;
  const evidence = clues
    .filter((c) => c.year === year)
    .sort((a, b) => YEAR_WEIGHTS[b.source] - YEAR_WEIGHTS[a.source])
    .map((c) => `year:${c.source}:${c.year}`);
  return { year, score, confidence: Math.round((score / (score + second)) * 100) / 100, evidence };
}

/** The weight of the strongest clue naming `year`. */
function strongest(clues: ReadonlyArray<{ source: YearSource; year: number }>, year: number): number {
  return Math.max(...clues.filter((c) => c.year === year).map((c) => YEAR_WEIGHTS[c.source]));
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
