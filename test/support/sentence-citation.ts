/** A citation of one sentence of a made-up report, as text-fact answers are given one. */
import type { Citation } from "../../src/answers/answer.ts";
import type { Sentence } from "../../src/answers/text-facts/report-sentences.ts";

/** Cites sentences of the made-up report of `agency` for `year` (its title the template's). */
export function citeSentences(agency: string, year: number): (_: unknown, s: Sentence) => Citation {
  return (_, s) => ({
    agency,
    year,
    title: `${agency}${year}年政府信息公开工作年度报告`,
    source: "page.txt",
    url: null,
    section: "",
    quote: s.text,
    reportId: 1,
    start: s.start,
    end: s.end,
  });
}
