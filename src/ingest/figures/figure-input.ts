/**
 * What figure extraction receives for one report: the file's normalized text, the report's span in
 * it, and its sections with spans in both coordinate systems.
 */
import type { ParsedSection, ReportFormat } from "../../domain/report.ts";
import type { NormalizedText } from "../../text/normalized-text.ts";

export interface FigureReport {
  /** Span of the report in `norm.text`. */
  normStart: number;
  normEnd: number;
  year: number | null;
  format: ReportFormat;
}

/** A section with its span in the normalized text as well as the original. */
export interface FigureSection extends ParsedSection {
  normStart: number;
  normEnd: number;
}

export interface FigureInput {
  /** Normalized text of the whole file; quotes map back to `norm.original`. */
  norm: NormalizedText;
  report: FigureReport;
  sections: FigureSection[];
}
