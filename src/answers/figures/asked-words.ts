/**
 * How a question's asking part reads to the figure ranking: the qualifiers it asks with (累计,
 * 新增, 比上年), and its own words beyond the phrases that named its measure.
 */
import type { MetricIntent } from "../question/metric-intent.ts";
import { asksChange, wordsImplied } from "../question/metric-intent.ts";
import { qualifiersOf, type Qualifiers } from "./figure-qualifier.ts";

// What 2023年底 leaves once the year is removed: the question asks what stands at the year's end.
const YEAR_END_LEFT = /^\s*[底末]/u;

/** The qualifiers a question asks with: a plan is never what it asks for. */
export function askedQualifiers(query: string): Qualifiers {
  const read = qualifiersOf(query);
  return { ...read, cumulative: read.cumulative || YEAR_END_LEFT.test(query), change: read.change || asksChange(query), plan: false };
}

// Words that ask nothing of their own, and a measure word left at a chunk's start once 多少 went.
const FILLERS = ["一共", "总共", "共计", "大约", "大概", "左右", "了", "的", "是", "共", "有"];
const LEADING_MEASURE = /(^|\s)[万亿]?[条件项个次篇期份名人起场家宗批户]/gu;

/** The question's words beyond the phrases that named its measure (主动公开, 申请) and the matter of its section (依申请). */
export function ownWords(query: string, intent: MetricIntent | null): string {
  let rest = query;
  const named = [...(intent?.phrases ?? []), ...(intent?.kind === "figure" ? wordsImplied(intent.section) : []), ...FILLERS];
  for (const w of named.sort((a, b) => b.length - a.length)) rest = rest.split(w).join(" ");
  return rest.replace(LEADING_MEASURE, "$1 ");
}

