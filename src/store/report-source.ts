/**
 * The answer engine's `ReportSource` over the store: the catalogue in one row, one report's
 * detail in one statement (`report-detail-read.ts`).
 */
import type { Kysely, Selectable } from "kysely";
import type { ReportDetail, ReportFigure, ReportSource, ReportSummary } from "../answers/report-source.ts";
import { listCatalog, SUMMARY_COLUMNS } from "./catalog-listing.ts";
import { readCatalogVersion } from "./catalog-version.ts";
import { toFigure, toPassage, toReportHead, toSection, toWarning } from "./report-rows.ts";
import { readDetailRows } from "./report-detail-read.ts";
import type { ReportTable, Schema } from "./schema.ts";

export function createReportSource(db: Kysely<Schema>): ReportSource {
  return {
    listReports: () => listCatalog(db),
    getReport: (id) => getReport(db, id),
    figuresWithMetrics: (ids, metrics) => figuresWithMetrics(db, ids, metrics),
    catalogVersion: () => readCatalogVersion(db),
  };
}

// Bound parameters per statement stay far below SQLite's and PostgreSQL's limits.
const IDS_PER_READ = 500;

/** One query per 500 reports over the `(metric, report_id)` index; ordered by report, then as stored. */
async function figuresWithMetrics(db: Kysely<Schema>, ids: readonly number[], metrics: readonly string[]): Promise<ReportFigure[]> {
  if (ids.length === 0 || metrics.length === 0) return [];
  const found: ReportFigure[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_READ) {
    const rows = await db
      .selectFrom("figures")
      .leftJoin("sections", (join) => join.onRef("sections.report_id", "=", "figures.report_id").onRef("sections.idx", "=", "figures.section_index"))
      .selectAll("figures")
      .select("sections.heading as section_heading")
      .where("figures.metric", "in", [...metrics])
      .where("figures.report_id", "in", ids.slice(i, i + IDS_PER_READ))
      .orderBy("figures.report_id")
      .orderBy("figures.id")
      .execute();
    for (const row of rows) found.push({ id: row.id, reportId: row.report_id, section: row.section_heading ?? "", ...toFigure(row) });
  }
  return found;
}

type SummaryRow = Omit<Selectable<ReportTable>, "file_id" | "piece_index" | "index_number" | "span_start" | "span_end" | "place_code" | "identity_confidence" | "identity_evidence"> & {
  source: string;
  url: string | null;
};

/** Only the summary's columns, for one file's reports or one report's head. */
function summaryQuery(db: Kysely<Schema>) {
  return db
    .selectFrom("reports")
    .innerJoin("source_files", "source_files.id", "reports.file_id")
    .select([...SUMMARY_COLUMNS, "source_files.name as source", "source_files.url as url"]);
}

/** The catalogue entries of the file at `path` (absolute), in piece order. */
export async function listReportsOfFile(db: Kysely<Schema>, path: string): Promise<ReportSummary[]> {
  const rows = await summaryQuery(db).where("source_files.path", "=", path).orderBy("reports.piece_index").execute();
  return rows.map(toSummary);
}

async function getReport(db: Kysely<Schema>, id: number): Promise<ReportDetail | null> {
  const rows = await readDetailRows(db, id);
  if (!rows) return null;
  return {
    summary: toSummary(rows.head),
    indexNumber: rows.head.index_number,
    sections: rows.sections.map(toSection),
    passages: rows.passages.map(toPassage),
    figures: rows.figures.map((f) => ({ id: f.id, ...toFigure(f) })),
    warnings: rows.warnings.map(toWarning),
  };
}

function toSummary(row: SummaryRow): ReportSummary {
  return { id: row.id, ...toReportHead(row), source: row.source, url: row.url };
}
