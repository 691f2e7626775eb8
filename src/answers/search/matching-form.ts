/**
 * The matching form of a report's stored text (labels, quotes, passages) as questions are matched:
 * a report written in traditional script has its text read in simplified script and NFKC-folded,
 * so it answers a question typed in simplified. Other reports are matched as written, at no cost.
 */
import { normalize } from "../../text/normalized-text.ts";
import type { ReportDetail } from "../report-source.ts";

export type MatchingForm = (text: string) => string;

const asWritten: MatchingForm = (text) => text;
const byReport = new WeakMap<ReportDetail, MatchingForm>();

/** How `detail`'s text is matched: folded when its title or agency is not in simplified script. */
export function matchingFormOf(detail: ReportDetail): MatchingForm {
  let form = byReport.get(detail);
  if (!form) {
    const { title, agency } = detail.summary;
    const sample = `${title}${agency ?? ""}`;
    form = normalize(sample).text === sample.normalize("NFKC") ? asWritten : folded();
    byReport.set(detail, form);
  }
  return form;
}

const sentenceForms = new WeakMap<ReportDetail, MatchingForm>();

/**
 * `detail`'s text always read in simplified script: a page may carry a simplified title over a
 * traditional body (a mirror's), and single sentences are matched word for word.
 */
export function foldedFormOf(detail: ReportDetail): MatchingForm {
  let form = sentenceForms.get(detail);
  if (!form) {
    form = matchingFormOf(detail) === asWritten ? folded() : matchingFormOf(detail);
    sentenceForms.set(detail, form);
  }
  return form;
}

const byFigures = new WeakMap<ReportDetail, MatchingForm>();

/**
 * How the figures of `detail` are matched: folded when its title or its figures' labels are not in
 * simplified script (a mirror may simplify a title and keep the body as it was).
 */
export function figureFormOf(detail: ReportDetail): MatchingForm {
  let form = byFigures.get(detail);
  if (!form) {
    form = matchingFormOf(detail);
    if (form === asWritten) {
      const sample = detail.figures.map((f) => f.label).join("");
      if (normalize(sample).text !== sample.normalize("NFKC")) form = folded();
    }
    byFigures.set(detail, form);
  }
  return form;
}

function folded(): MatchingForm {
  const memo = new Map<string, string>();
  return (text) => {
    let out = memo.get(text);
    if (out === undefined) {
      out = normalize(text).text;
      memo.set(text, out);
    }
    return out;
  };
}
