/**
 * Figures and warnings while extraction is under way: spans are in the normalized text and parents
 * are object links. `finishFigures` turns them into the stored shape (original spans, verbatim
 * quotes, section indexes, keys in reading order).
 */
import type { ParsedFigure, ParsedWarning } from "../../domain/report.ts";
import { cellLabel } from "../../domain/table-cell.ts";
import { originalSpan } from "../../text/normalized-text.ts";
import type { FigureInput } from "./figure-input.ts";

export interface DraftFigure {
  metric: string;
  /** The label as written (original text). */
  label: string;
  value: number;
  unit: string;
  approximate: boolean;
  /** Span of the quote in the normalized text. */
  normStart: number;
  normEnd: number;
  parent: DraftFigure | null;
}

/**
 * A number that names a thing rather than counts it (a document's, an address's, a place in an
 * order), exact and quoting the whole sentence `s` it stands in.
 */
export function namingFigure(metric: string, label: string, value: number, unit: string, s: { start: number; end: number }): DraftFigure {
  return { metric, label, value, unit, approximate: false, normStart: s.start, normEnd: s.end, parent: null };
}

/**
 * A table cell's figure: an exact count labelled by its row and column, whose quote is its row
 * (`row`, a span of the normalized text).
 */
export function cellFigure(
  metric: string,
  cell: { row: string; column: string },
  value: number,
  unit: string,
  row: { start: number; end: number },
): DraftFigure {
  return { metric, label: cellLabel(cell.row, cell.column), value, unit, approximate: false, normStart: row.start, normEnd: row.end, parent: null };
}

/** A table row whose numbers were glued together and split more than one way (or none): not read. */
export interface SkippedRow {
  /** The row label as written. */
  label: string;
  /** Its digits as the page prints them. */
  digits: string;
}

export interface DraftWarning {
  code: string;
  message: string;
  figures: DraftFigure[];
}

/** Assigns keys (f1, f2 … in reading order), maps quotes back to the original and links parents by key. */
export function finishFigures(
  input: FigureInput,
  drafts: DraftFigure[],
  warnings: DraftWarning[],
): { figures: ParsedFigure[]; warnings: ParsedWarning[] } {
  const ordered = drafts
    .map((draft, order) => ({ draft, order }))
    .sort((a, b) => a.draft.normStart - b.draft.normStart || a.order - b.order)
    .map((entry) => entry.draft);
  const keys = new Map<DraftFigure, string>();
  ordered.forEach((draft, i) => keys.set(draft, `f${i + 1}`));
  const figures = ordered.map((draft): ParsedFigure => {
    const span = originalSpan(input.norm, draft.normStart, draft.normEnd);
    return {
      key: keys.get(draft)!,
      metric: draft.metric,
      label: draft.label,
      value: draft.value,
      unit: draft.unit,
      approximate: draft.approximate,
      quote: input.norm.original.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      sectionIndex: sectionIndexAt(input, draft.normStart),
      parentKey: draft.parent ? (keys.get(draft.parent) ?? null) : null,
    };
  });
  return {
    figures,
    warnings: warnings.map((w) => ({
      code: w.code,
      message: w.message,
      figureKeys: w.figures.map((f) => keys.get(f)).filter((k): k is string => k !== undefined),
    })),
  };
}

/** Index of the section holding a position of the normalized text (the last one starting at or before it; 0 when none). */
export function sectionIndexAt(input: FigureInput, normPos: number): number {
  let index = input.sections[0]?.index ?? 0;
  for (const section of input.sections) {
    if (section.normStart <= normPos) index = section.index;
    else break;
  }
  return index;
}
