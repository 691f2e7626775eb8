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
    const base = matchingFormOf(detail) === asWritten ? folded() : matchingFormOf(detail);
    form = (text) => joinSpacedCharacters(base(text));
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

// Blanks inside a word set out for layout (组  长：, 索 引 号): a run of single characters apart.
const SPACED_CHARACTER = /(?<![\p{Script=Han}])(\p{Script=Han})[ \u3000]+(?=\p{Script=Han}(?![\p{Script=Han}]|[ \u3000]+\p{Script=Han}{2}))/gu;

/**
 * `text` with the blanks removed between characters set apart one by one (组 长 → 组长), so a label
 * or a name spaced out for layout reads as the word; blanks between longer words stay (张三 李四).
 */
export function joinSpacedCharacters(text: string): string {
  if (!text.includes(" ") && !text.includes("\u3000")) return text;
  let out = text;
  // Each pass joins one character to the next: 索 引 号 takes two.
  for (let before = ""; before !== out; ) {
    before = out;
    out = out.replace(SPACED_CHARACTER, "$1");
  }
  return out;
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
