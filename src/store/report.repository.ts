/** Reading reports back in the shape ingest produced them, for checks and exports. */
import type { Kysely } from "kysely";
import type { ParsedReport } from "../domain/report.ts";
import { toFigure, toPassage, toIdentity, toReportHead, toSection, toWarning } from "./report-rows.ts";
import type { Schema } from "./schema.ts";

/** The reports of the file at `path`, in piece order, exactly as written; empty when there is none. */
export async function readParsedReports(db: Kysely<Schema>, path: string): Promise<ParsedReport[]> {
  const reports = await db
    .selectFrom("reports")
    .innerJoin("source_files", "source_files.id", "reports.file_id")
    .selectAll("reports")
    .where("source_files.path", "=", path)
    .orderBy("reports.piece_index")
    .execute();
  if (reports.length === 0) return [];
  const ids = reports.map((r) => r.id);
  const [sections, passages, figures, warnings] = await Promise.all([
    db.selectFrom("sections").selectAll().where("report_id", "in", ids).orderBy("report_id").orderBy("idx").execute(),
    db.selectFrom("passages").selectAll().where("report_id", "in", ids).orderBy("report_id").orderBy("idx").execute(),
    db.selectFrom("figures").selectAll().where("report_id", "in", ids).orderBy("id").execute(),
    db.selectFrom("warnings").selectAll().where("report_id", "in", ids).orderBy("report_id").orderBy("idx").execute(),
  ]);
  return reports.map((r) => ({
    pieceIndex: r.piece_index,
    ...toReportHead(r),
    identity: toIdentity(r),
    indexNumber: r.index_number,
    start: r.span_start,
    end: r.span_end,
    sections: sections.filter((s) => s.report_id === r.id).map(toSection),
    passages: passages.filter((p) => p.report_id === r.id).map(toPassage),
    figures: figures.filter((f) => f.report_id === r.id).map(toFigure),
    warnings: warnings.filter((w) => w.report_id === r.id).map(toWarning),
  }));
}

/** The original text of the file a report comes from (what its offsets index), or null. */
export async function readOriginalText(db: Kysely<Schema>, reportId: number): Promise<string | null> {
  const row = await db
    .selectFrom("reports")
    .innerJoin("source_files", "source_files.id", "reports.file_id")
    .select("source_files.original_text")
    .where("reports.id", "=", reportId)
    .executeTakeFirst();
  return row?.original_text ?? null;
}
