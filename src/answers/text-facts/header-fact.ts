/**
 * A fact of a page's header that ingest keeps with the report rather than as its text: the date
 * the page was published (发布日期) and its index number (索引号). A header line labels it, so it is
 * the answer whenever the report's text gives no labelled one of its own.
 */
import type { AnswerTypeId } from "../question/answer-type.ts";
import type { ReportDetail } from "../report-source.ts";
import type { Sentence } from "./report-sentences.ts";

/** What the header says to a question of `type`, worded for the reply, or null when it says nothing. */
export function headerFact(detail: ReportDetail, type: AnswerTypeId): string | null {
  if (type === "issued" && detail.summary.published) return `网页所载发布日期「${detail.summary.published}」`;
  if (type === "index_number" && detail.indexNumber) return `网页所载索引号「${detail.indexNumber}」`;
  return null;
}

// A date as a page header writes it: 2021-1-26, 2021/01/26, 2021年1月26日.
const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/gu;

/**
 * The sentence of `sentences` that writes the header fact of `type` (the line dating the page, the
 * one holding its 索引号), else the report's opening: what the reply quotes for it.
 */
export function headerSentence(detail: ReportDetail, type: AnswerTypeId, sentences: readonly Sentence[]): Sentence | undefined {
  const published = detail.summary.published;
  const writes =
    type === "issued" && published
      ? (text: string) => [...text.matchAll(DATE)].some((m) => `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` === published)
      : type === "index_number" && detail.indexNumber
        ? (text: string) => text.includes(detail.indexNumber!)
        : null;
  return (writes ? sentences.find((s) => writes(s.text)) : undefined) ?? sentences[0];
}
