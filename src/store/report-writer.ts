/**
 * Writing files' reports: the old ones are deleted (sections, passages, figures and warnings go
 * with them through ON DELETE CASCADE) and the new ones inserted, each table's rows in one
 * statement (see `row-insert.ts`).
 * Runs inside a transaction the caller opens, so the file's old and new reports swap in one commit.
 */
import type { Kysely } from "kysely";
import type { ParsedReport } from "../domain/report.ts";
import { insertRows, type CellValue } from "./row-insert.ts";
import type { Schema } from "./schema.ts";

/** A report as written: its new id and what a subscription matches on. */
export interface WrittenReport {
  id: number;
  agency: string | null;
  year: number | null;
}

/** Replaces the reports of file `fileId` by `reports`; returns them with their ids, in order. */
export async function replaceReports(trx: Kysely<Schema>, fileId: number, reports: readonly ParsedReport[]): Promise<WrittenReport[]> {
  return (await replaceFilesReports(trx, [{ fileId, reports }]))[0]!;
}

/** The new reports of one stored file. */
export interface FileReports {
  fileId: number;
  reports: readonly ParsedReport[];
}

/**
 * Replaces the reports of several files, each table's rows for all of them in one statement;
 * returns each file's reports with their ids, in the order given.
 */
export async function replaceFilesReports(trx: Kysely<Schema>, files: readonly FileReports[]): Promise<WrittenReport[][]> {
  const fileIds = files.map((f) => f.fileId);
  for (let i = 0; i < fileIds.length; i += DELETES_PER_STATEMENT) {
    await trx.deleteFrom("reports").where("file_id", "in", fileIds.slice(i, i + DELETES_PER_STATEMENT)).execute();
  }
  const heads = files.flatMap(({ fileId, reports }) => reports.map((r) => reportRow(fileId, r)));
  const inserted = await insertRows<{ id: number }>(trx, "reports", REPORT_COLUMNS, heads, { returning: ["id"] });
  // Ids are drawn in increasing order as the rows are inserted (in the order given), so sorted
  // they line up with the reports. RETURNING rather than the driver's last insert id: PostgreSQL reports none.
  const ids = inserted.map((r) => Number(r.id)).sort((a, b) => a - b);
  let next = 0;
  const written: WrittenReport[][] = [];
  const sections: CellValue[][] = [];
  const passages: CellValue[][] = [];
  const figures: CellValue[][] = [];
  const warnings: CellValue[][] = [];
  for (const { reports } of files) {
    const ofFile: WrittenReport[] = [];
    for (const report of reports) {
      const id = ids[next++]!;
      ofFile.push({ id, agency: report.agencyNormalized ?? report.agency, year: report.year });
      for (const s of report.sections) sections.push([id, s.index, s.kind, s.heading, s.start, s.end]);
      for (const p of report.passages) passages.push([id, p.index, p.sectionIndex, p.text, p.start, p.end, p.seams ? JSON.stringify(p.seams) : null]);
      for (const f of report.figures) {
        figures.push([id, f.key, f.metric, f.label, f.value, f.unit, f.approximate ? 1 : 0, f.quote, f.start, f.end, f.sectionIndex, f.parentKey]);
      }
      report.warnings.forEach((w, idx) => warnings.push([id, idx, w.code, w.message, JSON.stringify(w.figureKeys)]));
    }
    written.push(ofFile);
  }
  await insertRows(trx, "sections", SECTION_COLUMNS, sections);
  await insertRows(trx, "passages", PASSAGE_COLUMNS, passages);
  await insertRows(trx, "figures", FIGURE_COLUMNS, figures);
  await insertRows(trx, "warnings", WARNING_COLUMNS, warnings);
  return written;
}

/** File ids per delete statement; keeps the bound parameters far below either database's limit. */
const DELETES_PER_STATEMENT = 500;

const REPORT_COLUMNS = [
  "file_id",
  "piece_index",
  "title",
  "agency",
  "agency_normalized",
  "province",
  "city",
  "county",
  "township",
  "level",
  "year",
  "published",
  "index_number",
  "format",
  "anonymized",
  "place_code",
  "identity_confidence",
  "identity_evidence",
  "span_start",
  "span_end",
] satisfies Array<keyof Schema["reports"]>;

function reportRow(fileId: number, r: ParsedReport): CellValue[] {
  return [
    fileId,
    r.pieceIndex,
    r.title,
    r.agency,
    r.agencyNormalized,
    r.region.province,
    r.region.city,
    r.region.county,
    r.region.township,
    r.level,
    r.year,
    r.published,
    r.indexNumber,
    r.format,
    r.anonymized ? 1 : 0,
    r.identity.placeCode,
    r.identity.confidence,
    JSON.stringify(r.identity.evidence),
    r.start,
    r.end,
  ];
}

// The columns of each child table, in the order `replaceReports` lists a row's values.
const SECTION_COLUMNS = ["report_id", "idx", "kind", "heading", "span_start", "span_end"] satisfies Array<keyof Schema["sections"]>;
const PASSAGE_COLUMNS = ["report_id", "idx", "section_index", "text", "span_start", "span_end", "seams"] satisfies Array<keyof Schema["passages"]>;
const FIGURE_COLUMNS = [
  "report_id",
  "key",
  "metric",
  "label",
  "value",
  "unit",
  "approximate",
  "quote",
  "span_start",
  "span_end",
  "section_index",
  "parent_key",
] satisfies Array<keyof Schema["figures"]>;
const WARNING_COLUMNS = ["report_id", "idx", "code", "message", "figure_keys"] satisfies Array<keyof Schema["warnings"]>;
