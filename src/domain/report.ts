/**
 * The parsed shape of a disclosure annual report, as ingest produces it and the store keeps it.
 * Offsets (`start`, `end`) are UTF-16 indexes into the source file's original text: the decoded
 * text of a .txt file, or the text extracted from an .html page (table rows one per line, cells
 * joined by " | "). Every quote is `original.slice(start, end)`, so it can be shown verbatim.
 */

/** Which template the report follows: free narrative (before 2019), the 2019 trial format, or the 2021 format. */
export type ReportFormat = "narrative" | "template2019" | "template2021";

/** Canonical section kinds, mapped from the many heading variants reports use. */
export type SectionKind =
  | "preamble"
  | "overview"
  | "proactive"
  | "applications"
  | "fees"
  | "review_litigation"
  | "problems"
  | "other";

/** Administrative level of the agency that filed the report. */
export type AgencyLevel = "national" | "province" | "city" | "county" | "township" | "unknown";

/** The administrative places an agency sits in, as far as the text lets us derive them. */
export interface Region {
  province: string | null;
  city: string | null;
  county: string | null;
  township: string | null;
}

export interface ParsedSection {
  /** Position of the section within its report, from 0. */
  index: number;
  kind: SectionKind;
  /** The heading line as written (empty for the preamble). */
  heading: string;
  start: number;
  end: number;
}

/** A paragraph or table row: the unit passage search ranks and a citation points at. */
export interface ParsedPassage {
  index: number;
  sectionIndex: number;
  /** Original text of the passage. */
  text: string;
  start: number;
  end: number;
  /** Offsets in `text` where a web page's markup parts it (`<span>`, an entity): no run of the page's source crosses one. */
  seams?: number[];
}

export interface ParsedFigure {
  /** Local id within the report (e.g. "f12"), used for parent links. */
  key: string;
  /** Canonical metric key from `metrics.ts`, or "misc" for a report-specific figure. */
  metric: string;
  /** The label as written in the report (for a table cell: the row label and the column name). */
  label: string;
  value: number;
  /** Unit as the report uses it: 条, 件, 人次, 万元 … */
  unit: string;
  /** True where the report says 余/多/近/约. */
  approximate: boolean;
  /** Original text that states the figure: a sentence, or a table row. */
  quote: string;
  start: number;
  end: number;
  sectionIndex: number;
  /** Key of the total this figure is a part of (`13条，其中公开指南1条` → 1 has 13 as parent). */
  parentKey: string | null;
}

/** A consistency problem found in a report (a 勾稽 check that fails, parts not adding up). */
export interface ParsedWarning {
  code: string;
  message: string;
  /** Figure keys the warning concerns. */
  figureKeys: string[];
}

export interface ParsedReport {
  /** Position of the report within its file, from 0 (a compilation page holds several). */
  pieceIndex: number;
  title: string;
  /** Agency as written in the piece (after spam removal), or null where the piece does not say. */
  agency: string | null;
  /** Agency in simplified script, with region prefix completed where the text allows. */
  agencyNormalized: string | null;
  region: Region;
  level: AgencyLevel;
  /** The calendar year the report covers. */
  year: number | null;
  /** Publication date, ISO `YYYY-MM-DD`, where stated. */
  published: string | null;
  /** 索引号, where stated. */
  indexNumber: string | null;
  format: ReportFormat;
  /** The piece names its agency only as XX镇 / **乡 / MM县: kept, never attached to another agency. */
  anonymized: boolean;
  /** How the agency, place and year were decided. */
  identity: ReportIdentity;
  start: number;
  end: number;
  sections: ParsedSection[];
  passages: ParsedPassage[];
  figures: ParsedFigure[];
  warnings: ParsedWarning[];
}

/** How sure ingest is of a report's agency, and the clues that decided it. */
export interface ReportIdentity {
  /** GB/T 2260 code of the innermost place the agency sits in (a township has 9 digits), or null. */
  placeCode: string | null;
  /** How far the winning agency name is ahead of the next (0–1); 0 when no name was found. */
  confidence: number;
  /** The clues behind the agency and place (`announced:东风区人力资源和社会保障局`, `url:jinshui`, `sidecar`). */
  evidence: string[];
}

/** Provenance a sidecar `<file>.meta.json` can give; its fields override what parsing derived. */
export interface SourceMeta {
  url?: string;
  title?: string;
  agency?: string;
  year?: number;
  published?: string;
}

export interface ParsedFile {
  /** The original text quotes and offsets refer to. */
  original: string;
  /** The encoding the bytes were decoded from: "utf-8", "gb18030", "utf-16le", "utf-16be". */
  encoding: string;
  reports: ParsedReport[];
}
