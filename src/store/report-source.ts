/**
 * The answer engine's `ReportSource` over the store: the catalogue in one row, one report's
 * detail in four (summary with its warnings, sections, passages, figures).
 */
import { sql, type Kysely, type Selectable } from "kysely";
import type { ReportDetail, ReportFigure, ReportSource, ReportSummary } from "../answers/report-source.ts";
import { listCatalog, SUMMARY_COLUMNS } from "./catalog-listing.ts";
import { readCatalogVersion } from "./catalog-version.ts";
import { toFigure, toPassage, toReportHead, toSection, toWarning } from "./report-rows.ts";
import { dialectOf } from "./dialect.ts";
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
  // One read transaction on one connection: the four reads see the same snapshot even while a
  // reload commits, so a report never comes back with another version's sections. PostgreSQL's
  // default isolation takes a snapshot per statement: repeatable read keeps one for all four.
  const read =
    dialectOf(db) === "postgres"
      ? await db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute((trx) => readDetailRows(trx, id))
      : await readInSqliteSnapshot(db, id);
  if (!read) return null;
  const { head, sections, passages, figures } = read;
  return {
    summary: toSummary(head[0]!),
    indexNumber: head[0]!.index_number,
    sections: sections.map(toSection),
    passages: passages.map(toPassage),
    figures: figures.map((f) => ({ id: f.id, ...toFigure(f) })),
    warnings: head
      .filter((row) => row.warning_code !== null)
      .map((row) => toWarning({ code: row.warning_code!, message: row.warning_message!, figure_keys: row.warning_figure_keys! })),
  };
}

function readInSqliteSnapshot(db: Kysely<Schema>, id: number) {
  return db.connection().execute(async (conn) => {
    await sql`begin`.execute(conn);
    try {
      return await readDetailRows(conn, id);
    } finally {
      await sql`commit`.execute(conn);
    }
  });
}

async function readDetailRows(db: Kysely<Schema>, id: number) {
  // The warnings ride along with the summary row: a report has few, and it saves a round trip.
  const head = await summaryQuery(db)
    .leftJoin("warnings", "warnings.report_id", "reports.id")
    .select(["reports.index_number as index_number", "warnings.code as warning_code", "warnings.message as warning_message", "warnings.figure_keys as warning_figure_keys"])
    .where("reports.id", "=", id)
    .orderBy("warnings.idx")
    .execute();
  if (head.length === 0) return null;
  const sections = await db.selectFrom("sections").selectAll().where("report_id", "=", id).orderBy("idx").execute();
  const passages = await db.selectFrom("passages").selectAll().where("report_id", "=", id).orderBy("idx").execute();
  const figures = await db.selectFrom("figures").selectAll().where("report_id", "=", id).orderBy("id").execute();
  return { head, sections, passages, figures };
}

function toSummary(row: SummaryRow): ReportSummary {
  return { id: row.id, ...toReportHead(row), source: row.source, url: row.url };
}
