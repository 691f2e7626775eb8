/**
 * The answer value the engine returns for one question. Fronts render it; scripts read it as JSON
 * (`npm run ask -- --json`). Every number in `text` is the value of one of `figures` or of
 * `derived` (a difference or growth computed from two of `figures`), and every figure has a citation.
 */

/** What a caller branches on. */
export type AnswerStatus =
  /** The figure or passage was found and is cited. */
  | "answered"
  /** The report exists but states no such figure: the text says so and quotes what it says on the subject. */
  | "no_figure"
  /** No report for that agency and year: the text says so and lists what exists. */
  | "not_found"
  /** Several agencies fit: `candidates` lists them. */
  | "ambiguous"
  /** Nothing recognisable was asked: the text says what the bot can do. */
  | "clarify";

export interface AnswerFigure {
  metric: string;
  label: string;
  value: number;
  unit: string;
  approximate: boolean;
}

/**
 * A number computed from two stored figures, shown with its formula: `difference` is |a − b|,
 * `growth` is (a − b) ÷ b in percent, rounded to one decimal (`approximate` when rounding changed it).
 */
export interface DerivedFigure {
  kind: "difference" | "growth";
  value: number;
  /** The unit of the difference (条), or "%" for growth. */
  unit: string;
  approximate: boolean;
  /** The later year's figure value (a) and the earlier year's (b), both in `figures`. */
  operands: [number, number];
}

export interface Citation {
  agency: string | null;
  year: number | null;
  title: string;
  /** File name of the ingested source. */
  source: string;
  /** URL from the sidecar, where one was given. */
  url: string | null;
  /** Section heading as written. */
  section: string;
  /** Exact text of the source file. */
  quote: string;
  /** The table cell a figure cited from a table row stands in, named by its row and column with its value (`行政复议 · 结果维持：0`); absent for sentences. */
  cell?: string;
  /** The whole row as read (cells parted by |), where the quote is only its label cell: a web page's row is no run of its text. */
  row?: string;
  /** Store id of the report, for follow-up actions such as "show the surrounding passage". */
  reportId: number;
  start: number;
  end: number;
}

/**
 * A figure the person can pick instead of the one answered: it ranked close behind it, so the
 * question may have meant it. `figureKey` names it within the report `reportId`.
 */
export interface FigureChoice {
  reportId: number;
  year: number | null;
  figureKey: string;
  label: string;
  value: number;
  unit: string;
  approximate: boolean;
}

/** A report or agency the person can pick (ambiguous questions, listings, other years). */
export interface Candidate {
  agency: string;
  year: number | null;
  reportId: number | null;
}

export interface Answer {
  status: AnswerStatus;
  /** Plain text with light markup (**bold**, "> " quote lines) that fronts render for their channel. */
  text: string;
  agency: string | null;
  year: number | null;
  figures: AnswerFigure[];
  citations: Citation[];
  candidates: Candidate[];
  /** Ingest warnings that touch the cited figures. */
  warnings: string[];
  /** Numbers computed from two of `figures` (2021年比2020年多公开 5条); absent when none. */
  derived?: DerivedFigure[];
  /** Figures that ranked close behind the answer's, offered as choices; absent when none. */
  choices?: FigureChoice[];
  /** Why the first figure was chosen: the evidence the figure ranking weighed, with its weights (for debugging; fronts do not show it). */
  explain?: string[];
}

/** The surrounding passage of a citation, for a "原文" button. */
export interface PassageView {
  citation: Citation;
  /** Original text of the paragraph (or table rows) around the cited span. */
  text: string;
}

/** One entry of the catalogue listing (`/reports 凉州区`). */
export interface CatalogEntry {
  reportId: number;
  agency: string | null;
  year: number | null;
  title: string;
  source: string;
  /** The report's web address, where known. */
  url: string | null;
  /** True where the report withholds its agency's name (XX镇, **乡). */
  anonymized: boolean;
}

/** The channel-free answer engine every front calls. Chat ids are namespaced: "tg:123", "wx:openid", "web:uuid", "cli:default". */
export interface AnswerEngine {
  /** Answers a question in the context of a chat (follow-ups reuse what the chat asked before). */
  ask(chatId: string, question: string): Promise<Answer>;
  /** The passage around a cited span, or null when the report is gone. */
  passage(reportId: number, start: number): Promise<PassageView | null>;
  /** Answers with one figure of a report (a choice an answer offered), its citation and breakdown; null when the report or figure is gone. */
  figure(chatId: string, reportId: number, figureKey: string): Promise<Answer | null>;
  /** Reports the corpus holds whose agency or place matches `filter` (all when empty), newest year first. */
  catalog(filter: string): Promise<CatalogEntry[]>;
  /** One report of the catalogue by its store id (what a button under an answer names), or null when it is gone. */
  report(reportId: number): Promise<CatalogEntry | null>;
}
