/**
 * Writing one file's reports: the old ones are deleted (sections, passages, figures and warnings
 * go with them through ON DELETE CASCADE) and the new ones inserted with multi-row inserts.
 * Runs inside a transaction the caller opens, so the file's old and new reports swap in one commit.
 */
import type { Insertable, Kysely } from "kysely";
import type { ParsedReport } from "../domain/report.ts";
import type { Schema } from "./schema.ts";

/** A report as written: its new id and what a subscription matches on. */
export interface WrittenReport {
  id: number;
  agency: string | null;
  year: number | null;
}

/** Rows per multi-row insert; keeps the bound parameters far below SQLite's limit. */
const BATCH_ROWS = 400;

/** Replaces the reports of file `fileId` by `reports`; returns them with their ids, in order. */
export async function replaceReports(
  trx: Kysely<Schema>,
  fileId: number,
  reports: readonly ParsedReport[],
): Promise<WrittenReport[]> {
  await trx.deleteFrom("reports").where("file_id", "=", fileId).execute();
  const written: WrittenReport[] = [];
  const sections: Insertable<Schema["sections"]>[] = [];
  const passages: Insertable<Schema["passages"]>[] = [];
  const figures: Insertable<Schema["figures"]>[] = [];
  const warnings: Insertable<Schema["warnings"]>[] = [];
  for (const report of reports) {
    const id = await insertReport(trx, fileId, report);
    written.push({ id, agency: report.agencyNormalized ?? report.agency, year: report.year });
    for (const s of report.sections) {
      sections.push({ report_id: id, idx: s.index, kind: s.kind, heading: s.heading, span_start: s.start, span_end: s.end });
    }
    for (const p of report.passages) {
      passages.push({
        report_id: id,
        idx: p.index,
        section_index: p.sectionIndex,
        text: p.text,
        span_start: p.start,
        span_end: p.end,
      });
    }
    for (const f of report.figures) {
      figures.push({
        report_id: id,
        key: f.key,
        metric: f.metric,
        label: f.label,
        value: f.value,
        unit: f.unit,
        approximate: f.approximate ? 1 : 0,
        quote: f.quote,
        span_start: f.start,
        span_end: f.end,
        section_index: f.sectionIndex,
        parent_key: f.parentKey,
      });
    }
    report.warnings.forEach((w, idx) => {
      warnings.push({ report_id: id, idx, code: w.code, message: w.message, figure_keys: JSON.stringify(w.figureKeys) });
    });
  }
  for (const batch of chunks(sections)) await trx.insertInto("sections").values(batch).execute();
  for (const batch of chunks(passages)) await trx.insertInto("passages").values(batch).execute();
  for (const batch of chunks(figures)) await trx.insertInto("figures").values(batch).execute();
  for (const batch of chunks(warnings)) await trx.insertInto("warnings").values(batch).execute();
  return written;
}

async function insertReport(trx: Kysely<Schema>, fileId: number, r: ParsedReport): Promise<number> {
  const result = await trx
    .insertInto("reports")
    .values({
      file_id: fileId,
      piece_index: r.pieceIndex,
      title: r.title,
      agency: r.agency,
      agency_normalized: r.agencyNormalized,
      province: r.region.province,
      city: r.region.city,
      county: r.region.county,
      township: r.region.township,
      level: r.level,
      year: r.year,
      published: r.published,
      index_number: r.indexNumber,
      format: r.format,
      anonymized: r.anonymized ? 1 : 0,
      place_code: r.identity.placeCode,
      identity_confidence: r.identity.confidence,
      identity_evidence: JSON.stringify(r.identity.evidence),
      span_start: r.start,
      span_end: r.end,
    })
    // RETURNING rather than the driver's last insert id: PostgreSQL reports none.
    .returning("id")
    .executeTakeFirstOrThrow();
  return result.id;
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) yield rows.slice(i, i + BATCH_ROWS);
}
