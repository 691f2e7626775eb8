/**
 * Stored rows back into the report shapes: 0/1 columns to booleans, JSON text to lists, text
 * columns to their union types. Both readers (the engine's `ReportSource` and the round-trip
 * `readParsedReports`) map through these, so a report reads back the same either way.
 */
import type { Selectable } from "kysely";
import type { AgencyLevel, ParsedFigure, ParsedPassage, ParsedReport, ParsedSection, ParsedWarning, ReportFormat, SectionKind } from "../domain/report.ts";
import type { FigureTable, PassageTable, ReportTable, SectionTable, WarningTable } from "./schema.ts";

/** The catalogue fields a report row holds in both shapes (everything but ids, index number and offsets). */
export type ReportHeadFields = Pick<
  ParsedReport,
  "title" | "agency" | "agencyNormalized" | "region" | "level" | "year" | "published" | "format" | "anonymized"
>;

type ReportHeadRow = Pick<
  Selectable<ReportTable>,
    | "title"
  | "agency"
  | "agency_normalized"
  | "province"
  | "city"
  | "county"
  | "township"
  | "level"
  | "year"
  | "published"
  | "format"
  | "anonymized"
>;

type IdentityRow = Pick<Selectable<ReportTable>, "place_code" | "identity_confidence" | "identity_evidence">;

export function toReportHead(row: ReportHeadRow): ReportHeadFields {
  return {
    title: row.title,
    agency: row.agency,
    agencyNormalized: row.agency_normalized,
    region: { province: row.province, city: row.city, county: row.county, township: row.township },
    level: row.level as AgencyLevel,
    year: row.year,
    published: row.published,
    format: row.format as ReportFormat,
    anonymized: row.anonymized === 1,
  };
}

/** How the report's identity was decided; only the round trip reads it, the catalogue never needs it. */
export function toIdentity(row: IdentityRow): ParsedReport["identity"] {
  return { placeCode: row.place_code, confidence: row.identity_confidence, evidence: JSON.parse(row.identity_evidence) as string[] };
}

export function toSection(s: Selectable<SectionTable>): ParsedSection {
  return { index: s.idx, kind: s.kind as SectionKind, heading: s.heading, start: s.span_start, end: s.span_end };
}

export function toPassage(p: Selectable<PassageTable>): ParsedPassage {
  const passage: ParsedPassage = { index: p.idx, sectionIndex: p.section_index, text: p.text, start: p.span_start, end: p.span_end };
  if (p.seams) passage.seams = JSON.parse(p.seams) as number[];
  return passage;
}

export function toFigure(f: Selectable<FigureTable>): ParsedFigure {
  return {
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
  };
}

export function toWarning(w: Pick<Selectable<WarningTable>, "code" | "message" | "figure_keys">): ParsedWarning {
  return { code: w.code, message: w.message, figureKeys: JSON.parse(w.figure_keys) as string[] };
}
