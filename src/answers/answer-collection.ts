/**
 * Answers about several agencies at once: the reports held for a place or agency
 * (龙港区有哪些年报) and a ranking of one figure across the agencies of a place in a year
 * (2021年凉州区各部门主动公开数量排名). Every ranked number is a cited stored figure. Both come a
 * page at a time; the chat's `更多` asks for the next.
 */
import type { Answer, CatalogEntry, Citation } from "./answer.ts";
import { base, figureCitation, readFigureCitation } from "./answer-report.ts";
import type { AgencyEntry, CatalogIndex } from "./catalog/catalog-index.ts";
import { findInReport } from "./figures/figure-choice.ts";
import { rankedMetrics, rankingFigure } from "./figures/ranked-measure.ts";
import type { Understanding } from "./question/understand-question.ts";
import { citationText, figureText } from "./render/answer-text.ts";
import type { ReportCache } from "./report-cache.ts";
import type { ReportFigure, ReportSource, ReportSummary, StoredFigure } from "./report-source.ts";

/** Reports a listing shows per page; `更多` shows the next. */
export const LISTING_PAGE = 50;
/** Agencies a ranking shows per page (highest first); `更多` shows the next. */
export const RANKING_PAGE = 10;
/** What the person sends for the next page of a listing or ranking. */
export const MORE_WORDS: ReadonlySet<string> = new Set(["更多", "下一页", "继续"]);

/** An answer that may be one page of a longer collection: `next` is the offset of the next page, or null. */
export interface Paged {
  answer: Answer;
  next: number | null;
}

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
  return { reportId: r.id, agency: r.agencyNormalized ?? r.agency, year: r.year, title: r.title, source: r.source, url: r.url, anonymized: r.anonymized };
}

/** The reports held for what the question names, `LISTING_PAGE` of them from `offset`. */
export function answerListing(label: string, agencies: AgencyEntry[], years: number[], offset = 0): Paged {
  const entries = entriesOf(agencies).filter((e) => years.length === 0 || (e.year !== null && years.includes(e.year)));
  if (entries.length === 0) return { answer: base("not_found", `未收录${label}的年报。`, label, null, []), next: null };
  const page = entries.slice(offset, offset + LISTING_PAGE);
  const lines = [offset === 0 ? `收录的${label}年报：` : `收录的${label}年报（续）：`];
  // Listed by agency, year and title; file names carry digits that are no figure of any report.
  for (const e of page) lines.push(`- ${e.agency ?? "（未署名）"} ${e.year ?? "年份不详"}${e.year ? "年" : ""}：《${e.title}》`);
  const next = offset + page.length < entries.length ? offset + page.length : null;
  if (next !== null) lines.push(MORE_HINT);
  const answer = base("answered", lines.join("\n"), label, years.length === 1 ? years[0]! : null, []);
  answer.candidates = page.map((e) => ({ agency: e.agency ?? "", year: e.year, reportId: e.reportId }));
  return { answer, next };
}

// Without a count: every digit in an answer is a cited figure.
const MORE_HINT = "（还有更多，回复“更多”查看）";

/** What a ranking reads: stored figures by metric, and report details where no metric names the measure. */
export interface RankingReads {
  source: Pick<ReportSource, "figuresWithMetrics">;
  cache: ReportCache;
  /** Report details read at most where no metric names the measure (default `RANKING_DETAIL_READS`). */
  detailReads?: number;
}

/**
 * Report details a ranking reads at most per request, where no template metric names its measure
 * (each is a report's sections, passages and figures): agencies past them are left out, and the
 * answer says so. Default of `AnswerEngineDeps.rankingDetailReads`.
 */
export const RANKING_DETAIL_READS = 100;

const PARTIAL_HINT = "（机构较多，只比较了其中一部分，请缩小地方范围）";

interface RankedRow {
  agency: AgencyEntry;
  figure: StoredFigure;
  citation: Citation;
}

/**
 * One figure ranked across `agencies` for a year (the question's, or the latest any of them
 * holds), `RANKING_PAGE` agencies from `offset`, highest first. A template measure is ranked from
 * its stored figures in one read; any other from at most `RANKING_DETAIL_READS` report details.
 */
export async function answerRanking(label: string, agencies: AgencyEntry[], u: Understanding, reads: RankingReads, offset = 0): Promise<Paged> {
  const year = u.years[0] ?? Math.max(...agencies.flatMap((a) => a.reports.map((r) => r.year ?? 0)));
  const holding = agencies.map((agency) => ({ agency, reports: agency.reports.filter((r) => r.year === year) })).filter((h) => h.reports.length > 0);
  const metrics = rankedMetrics(u);
  const { rows, partial } = metrics ? { rows: await rowsFromFigures(holding, metrics, u, reads.source), partial: false } : await rowsFromDetails(holding, u, reads.cache, reads.detailReads ?? RANKING_DETAIL_READS);
  if (rows.length === 0) {
    return { answer: base("no_figure", `${label}${year}年的年报中没有可供排名的${u.intent?.subject ?? "数字"}。`, label, year, []), next: null };
  }
  rows.sort((a, b) => b.figure.value - a.figure.value);
  const page = rows.slice(offset, offset + RANKING_PAGE);
  const next = offset + page.length < rows.length ? offset + page.length : null;
  const lines = [`${label}${year}年${u.intent?.subject ?? ""}（按年报所载${offset > 0 ? "，续" : ""}）：`];
  // Ranks are shown by order alone: every digit in an answer is a cited figure.
  for (const r of page) lines.push(`- ${r.agency.name} ${figureText(r.figure)}`);
  if (next !== null) lines.push(MORE_HINT);
  else if (partial) lines.push(PARTIAL_HINT);
  for (const r of page) lines.push(citationText(r.citation));
  const answer = base("answered", lines.join("\n"), label, year, []);
  answer.figures = page.map(({ figure: f }) => ({ metric: f.metric, label: f.label, value: f.value, unit: f.unit, approximate: f.approximate }));
  answer.citations = page.map((r) => r.citation);
  answer.candidates = page.map((r) => ({ agency: r.agency.name, year, reportId: r.citation.reportId }));
  return { answer, next };
}

type Holding = { agency: AgencyEntry; reports: ReportSummary[] }[];

/** Each agency's figure of `metrics`, from the first of its reports that states one. */
async function rowsFromFigures(holding: Holding, metrics: string[], u: Understanding, source: RankingReads["source"]): Promise<RankedRow[]> {
  const ids = holding.flatMap((h) => h.reports.map((r) => r.id));
  const byReport = new Map<number, ReportFigure[]>();
  for (const f of await source.figuresWithMetrics(ids, metrics)) byReport.set(f.reportId, [...(byReport.get(f.reportId) ?? []), f]);
  const rows: RankedRow[] = [];
  for (const { agency, reports } of holding) {
    for (const summary of reports) {
      const figure = rankingFigure(byReport.get(summary.id) ?? [], metrics, u.units);
      if (!figure) continue;
      rows.push({ agency, figure, citation: readFigureCitation(summary, figure) });
      break;
    }
  }
  return rows;
}

/** Each agency's figure as its report answers the question, reading at most `limit` details. */
async function rowsFromDetails(holding: Holding, u: Understanding, cache: ReportCache, limit: number): Promise<{ rows: RankedRow[]; partial: boolean }> {
  const rows: RankedRow[] = [];
  let read = 0;
  for (const { agency, reports } of holding) {
    for (const summary of reports) {
      if (read === limit) return { rows, partial: true };
      read++;
      const detail = await cache.get(summary.id);
      if (!detail) continue;
      const finding = findInReport(detail, { intent: u.intent, query: u.query, units: u.units, text: u.text });
      if (finding.kind !== "figures" || finding.figures.length !== 1) continue;
      const figure = finding.figures[0]!;
      rows.push({ agency, figure, citation: figureCitation(summary, detail, figure) });
      break;
    }
  }
  return { rows, partial: false };
}
