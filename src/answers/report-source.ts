/**
 * What the answer engine needs from storage, as a narrow interface of our own: the store
 * implements it over SQLite, and the engine never sees SQL.
 */
import type { AgencyLevel, ParsedFigure, ParsedWarning, Region, ReportFormat, SectionKind } from "../domain/report.ts";

/** One catalogue entry: enough to resolve a question to reports without loading their text. */
export interface ReportSummary {
  id: number;
  title: string;
  agency: string | null;
  agencyNormalized: string | null;
  region: Region;
  level: AgencyLevel;
  year: number | null;
  published: string | null;
  format: ReportFormat;
  anonymized: boolean;
  /** File name of the source. */
  source: string;
  url: string | null;
}

export interface StoredSection {
  index: number;
  kind: SectionKind;
  heading: string;
  start: number;
  end: number;
}

export interface StoredPassage {
  index: number;
  sectionIndex: number;
  text: string;
  start: number;
  end: number;
  /** Offsets in `text` where a web page's markup parts it: a quote the page's source holds keeps within them. */
  seams?: readonly number[];
}

/** A figure as ingest parsed it, with its row id in the store. */
export interface StoredFigure extends ParsedFigure {
  id: number;
}

/** A stored figure with what its citation needs beside it: its report and its section's heading. */
export interface ReportFigure extends StoredFigure {
  reportId: number;
  /** Heading of the section the figure sits in ("" when the report has none there). */
  section: string;
}

/** A warning as ingest stored it. */
export type StoredWarning = ParsedWarning;

/** Everything stored about one report. */
export interface ReportDetail {
  summary: ReportSummary;
  /** The page's 索引号 as its header states it; absent or null when it states none. */
  indexNumber?: string | null;
  sections: StoredSection[];
  passages: StoredPassage[];
  figures: StoredFigure[];
  warnings: StoredWarning[];
}

export interface ReportSource {
  /** The whole catalogue; cheap enough to hold in memory at 100k reports. */
  listReports(): Promise<ReportSummary[]>;
  /** Full detail of one report, or null when it is gone (a reload removed it). */
  getReport(id: number): Promise<ReportDetail | null>;
  /**
   * The figures of `reportIds` whose metric is one of `metrics`, in one read and without any
   * report's detail: what a ranking of one template measure across many reports needs.
   */
  figuresWithMetrics(reportIds: readonly number[], metrics: readonly string[]): Promise<ReportFigure[]>;
  /** Increases whenever the catalogue changes (ingest, reload), so caches know to rebuild. */
  catalogVersion(): Promise<number>;
}

/** What the engine remembers of a chat between questions, so follow-ups work. */
export interface ChatState {
  agency: string | null;
  reportIds: number[];
  year: number | null;
  metric: string | null;
  /** The question understood last, for follow-ups that change only one part of it. */
  lastQuestion: string | null;
  /** A listing or ranking with pages left: the question asked and the offset of its next page (absent: none). */
  more?: { question: string; offset: number } | null;
  /** A ranking asked without a place, waiting for the place to rank within (absent: none). */
  rankingAsked?: string | null;
}

export interface ChatStateStore {
  load(chatId: string): Promise<ChatState | null>;
  save(chatId: string, state: ChatState): Promise<void>;
}
