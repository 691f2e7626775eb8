/**
 * A fact of a page's header that ingest keeps with the report rather than as its text: the date
 * the page was published (发布日期) and its index number (索引号). A header line labels it, so it is
 * the answer whenever the report's text gives no labelled one of its own.
 */
import type { AnswerTypeId } from "../question/answer-type.ts";
import type { ReportDetail } from "../report-source.ts";

/** What the header says to a question of `type`, worded for the reply, or null when it says nothing. */
export function headerFact(detail: ReportDetail, type: AnswerTypeId): string | null {
  if (type === "issued" && detail.summary.published) return `网页所载发布日期「${detail.summary.published}」`;
  if (type === "index_number" && detail.indexNumber) return `网页所载索引号「${detail.indexNumber}」`;
  return null;
}
