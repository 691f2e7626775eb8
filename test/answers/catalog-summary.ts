import type { ReportSummary } from "../../src/answers/report-source.ts";

/** A catalogue entry for `agency`'s report of `year`, with no place or identity evidence. */
export function catalogSummary(id: number, agency: string, year: number): ReportSummary {
  return {
    id,
    title: `${agency}${year}年政府信息公开工作年度报告`,
    agency,
    agencyNormalized: agency,
    region: { province: null, city: null, county: null, township: null },
    level: "unknown",
    year,
    published: null,
    format: "template2021",
    anonymized: false,
    source: `${id}.txt`,
    url: null,
  };
}
