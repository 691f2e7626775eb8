/**
 * A made-up page parsed as ingest parses it and shaped as the store hands it to the answer engine,
 * so the figure choice can be tested on a few lines of text.
 */
import { parseFile } from "../../../src/ingest/parse-file.ts";
import { findInReport, type Finding } from "../../../src/answers/figures/figure-choice.ts";
import { detectIntent, measureUnits } from "../../../src/answers/question/metric-intent.ts";
import type { ReportDetail } from "../../../src/answers/report-source.ts";

/** The first report of `page` as the store would hold it. */
export function reportOfPage(page: string): ReportDetail {
  const file = parseFile({ bytes: new TextEncoder().encode(page), name: "page.txt" });
  const r = file.reports[0]!;
  return {
    summary: {
      id: 1,
      title: r.title,
      agency: r.agency,
      agencyNormalized: r.agencyNormalized,
      region: r.region,
      level: r.level,
      year: r.year,
      published: r.published,
      format: r.format,
      anonymized: r.anonymized,
      source: "page.txt",
      url: null,
    },
    sections: r.sections,
    passages: r.passages,
    figures: r.figures.map((f, i) => ({ ...f, id: i + 1 })),
    warnings: r.warnings,
  };
}

/** What answers `query` (the asking part of a question, agency and year left out) in `detail`. */
export function findFor(detail: ReportDetail, query: string): Finding {
  return findInReport(detail, { intent: detectIntent(query), query, units: measureUnits(query), text: query });
}

/** The values a finding answers with, first the headline; empty when the report states none. */
export function valuesOf(finding: Finding): number[] {
  return finding.kind === "figures" ? finding.figures.map((f) => f.value) : [];
}
