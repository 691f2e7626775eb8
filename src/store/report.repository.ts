/** Reading reports back in the shape ingest produced them, for checks and exports. */
import type { Kysely } from "kysely";
import type { AgencyLevel, ParsedReport, ReportFormat, SectionKind } from "../domain/report.ts";
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
    title: r.title,
    agency: r.agency,
    agencyNormalized: r.agency_normalized,
    region: { province: r.province, city: r.city, county: r.county, township: r.township },
    level: r.level as AgencyLevel,
    year: r.year,
    published: r.published,
    indexNumber: r.index_number,
    format: r.format as ReportFormat,
    anonymized: r.anonymized === 1,
    start: r.span_start,
    end: r.span_end,
    sections: sections
      .filter((s) => s.report_id === r.id)
      .map((s) => ({ index: s.idx, kind: s.kind as SectionKind, heading: s.heading, start: s.span_start, end: s.span_end })),
    passages: passages
      .filter((p) => p.report_id === r.id)
      .map((p) => ({ index: p.idx, sectionIndex: p.section_index, text: p.text, start: p.span_start, end: p.span_end })),
    figures: figures
      .filter((f) => f.report_id === r.id)
      .map((f) => ({
        key: f.key,
        metric: f.metric,
        label: f.label,
        value: f.value,
        unit: f.unit,
        approximate: f.approximate === 1,
        quote: f.quote,
        start: f.span_start,
        end: f.span_end,
        sectionIndex: f.section_index,
        parentKey: f.parent_key,
      })),
    warnings: warnings
      .filter((w) => w.report_id === r.id)
      .map((w) => ({ code: w.code, message: w.message, figureKeys: JSON.parse(w.figure_keys) as string[] })),
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
