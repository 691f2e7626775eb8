/**
 * Answers about several agencies at once: the reports held for a place or agency
 * (龙港区有哪些年报) and a ranking of one figure across the agencies of a place in a year
 * (2021年凉州区各部门主动公开数量排名). Every ranked number is a cited stored figure.
 */
import type { Answer, CatalogEntry, Citation } from "./answer.ts";
import { base, figureCitation } from "./answer-report.ts";
import type { AgencyEntry, CatalogIndex } from "./catalog/catalog-index.ts";
import { findInReport } from "./figures/figure-choice.ts";
import type { Understanding } from "./question/understand-question.ts";
import { citationText, figureText } from "./render/answer-text.ts";
import type { ReportCache } from "./report-cache.ts";
import type { ReportSummary, StoredFigure } from "./report-source.ts";

const MAX_LISTED = 50;

/** The places of the catalogue a text names (龙港区, 凉州), longest first, none inside another. */
export function placesIn(text: string, index: CatalogIndex): string[] {
  const hits: string[] = [];
  for (let i = 0; i < text.length; i++) {
    for (let len = 2; len <= 14 && i + len <= text.length; len++) {
      const token = text.slice(i, i + len);
      if (index.byRegion.has(token)) hits.push(token);
    }
  }
  return hits.filter((h) => !hits.some((o) => o.length > h.length && o.includes(h)));
}

/** Agencies within any of `places`. */
export function agenciesWithin(places: string[], index: CatalogIndex): AgencyEntry[] {
  return [...new Set(places.flatMap((p) => index.byRegion.get(p) ?? []))];
}

/**
 * The place a question's token names as the agencies write it (阜平 → 阜平县): the one longer place
 * they all sit in that starts with the token, else the token itself.
 */
export function placeName(token: string, agencies: AgencyEntry[]): string {
  const fuller = [...(agencies[0]?.within ?? [])].filter((p) => p.length > token.length && p.startsWith(token) && agencies.every((a) => a.within.has(p)));
  return fuller.length === 1 ? fuller[0]! : token;
}

/** Catalogue entries of `agencies`' reports, newest year first. */
export function entriesOf(agencies: AgencyEntry[]): CatalogEntry[] {
  return agencies
    .flatMap((a) => a.reports)
    .sort((x, y) => (y.year ?? 0) - (x.year ?? 0) || x.id - y.id)
    .map(toEntry);
}

export function toEntry(r: ReportSummary): CatalogEntry {
  return { reportId: r.id, agency: r.agencyNormalized ?? r.agency, year: r.year, title: r.title, source: r.source };
}

/** The reports held for what the question names. */
export function answerListing(label: string, agencies: AgencyEntry[], years: number[]): Answer {
  const entries = entriesOf(agencies).filter((e) => years.length === 0 || (e.year !== null && years.includes(e.year)));
  if (entries.length === 0) return base("not_found", `未收录${label}的年报。`, label, null, []);
  const lines = [`收录的${label}年报：`];
  // Listed by agency, year and title; file names carry digits that are no figure of any report.
  for (const e of entries.slice(0, MAX_LISTED)) lines.push(`- ${e.agency ?? "（未署名）"} ${e.year ?? "年份不详"}${e.year ? "年" : ""}：《${e.title}》`);
  const answer = base("answered", lines.join("\n"), label, years.length === 1 ? years[0]! : null, []);
  answer.candidates = entries.map((e) => ({ agency: e.agency ?? "", year: e.year, reportId: e.reportId }));
  return answer;
}

/** One figure ranked across `agencies` for a year (the question's, or the latest any of them holds). */
export async function answerRanking(label: string, agencies: AgencyEntry[], u: Understanding, cache: ReportCache): Promise<Answer> {
  const year = u.years[0] ?? Math.max(...agencies.flatMap((a) => a.reports.map((r) => r.year ?? 0)));
  const rows: { agency: AgencyEntry; figure: StoredFigure; citation: Citation }[] = [];
  for (const agency of agencies) {
    for (const summary of agency.reports.filter((r) => r.year === year)) {
      const detail = await cache.get(summary.id);
      if (!detail) continue;
      const finding = findInReport(detail, { intent: u.intent, query: u.query, units: u.units, text: u.text });
      if (finding.kind !== "figures" || finding.figures.length !== 1) continue;
      const figure = finding.figures[0]!;
      rows.push({ agency, figure, citation: figureCitation(summary, detail, figure) });
      break;
    }
  }
  if (rows.length === 0) {
    return base("no_figure", `${label}${year}年的年报中没有可供排名的${u.intent?.subject ?? "数字"}。`, label, year, []);
  }
  rows.sort((a, b) => b.figure.value - a.figure.value);
  const lines = [`${label}${year}年${u.intent?.subject ?? ""}（按年报所载）：`];
  // Ranks are shown by order alone: every digit in an answer is a cited figure.
  for (const r of rows) lines.push(`- ${r.agency.name} ${figureText(r.figure)}`);
  for (const r of rows) lines.push(citationText(r.citation));
  const answer = base("answered", lines.join("\n"), label, year, []);
  answer.figures = rows.map(({ figure: f }) => ({ metric: f.metric, label: f.label, value: f.value, unit: f.unit, approximate: f.approximate }));
  answer.citations = rows.map((r) => r.citation);
  answer.candidates = rows.map((r) => ({ agency: r.agency.name, year, reportId: r.citation.reportId }));
  return answer;
}
