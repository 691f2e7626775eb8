/**
 * Answering with a figure the person picked among the choices an answer offered: the figure alone,
 * with its breakdown, citation and warnings, as the answer to a question naming it would give it.
 */
import type { Answer } from "./answer.ts";
import { base, chosenFigure } from "./answer-report.ts";
import type { AgencyEntry } from "./catalog/catalog-index.ts";
import type { ReportDetail, StoredFigure } from "./report-source.ts";

/** The answer `figure` of `agency`'s report `detail` gives. */
export function answerOfChoice(agency: AgencyEntry, detail: ReportDetail, figure: StoredFigure): Answer {
  const result = chosenFigure(agency, detail, figure);
  const answer = base(result.status, result.lines.join("\n"), agency.name, detail.summary.year, []);
  answer.figures = result.figures.map(({ metric, label, value, unit, approximate }) => ({ metric, label, value, unit, approximate }));
  answer.citations = result.citations;
  answer.warnings = result.warnings;
  return answer;
}
