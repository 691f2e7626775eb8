/**
 * Builds a FigureInput from a text for tests: the text (or a span of it) as one report, with
 * sections cut at heading lines such as `三、政府信息依申请公开办理情况`.
 */
import type { ParsedFigure, ReportFormat, SectionKind } from "../../../src/domain/report.ts";
import type { FigureInput, FigureSection } from "../../../src/ingest/figures/figure-input.ts";
import { normalize, originalSpan } from "../../../src/text/normalized-text.ts";

const HEADING = /^[一二三四五六七八九十]{1,2}、[^|。]{2,40}$/u;
// Row labels of the applications table look like headings when a table is laid out one cell per line.
const TABLE_ROW = /申请数量|办理结果|结转下年度/u;
const KINDS: [RegExp, SectionKind][] = [
  [/概述|总体情况/u, "overview"],
  [/收费/u, "fees"],
  [/复议|诉讼/u, "review_litigation"],
  [/依申请|收到和处理/u, "applications"],
  [/主动公开/u, "proactive"],
  [/问题|改进/u, "problems"],
];

export interface BuildOptions {
  /** Span of the report in the original text; the whole text by default. */
  from?: string;
  to?: string;
  format?: ReportFormat;
  year?: number | null;
}

export function buildFigureInput(original: string, options: BuildOptions = {}): FigureInput {
  const norm = normalize(original);
  const text = norm.text;
  const normStart = options.from === undefined ? 0 : text.indexOf(options.from);
  const toAt = options.to === undefined ? -1 : text.indexOf(options.to, normStart + 1);
  const normEnd = toAt < 0 ? text.length : toAt;
  if (normStart < 0) throw new Error(`buildFigureInput: start marker not found: ${options.from}`);
  const cuts: { at: number; heading: string; kind: SectionKind }[] = [{ at: normStart, heading: "", kind: "preamble" }];
  let lineStart = normStart;
  while (lineStart < normEnd) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > normEnd) lineEnd = normEnd;
    const line = text.slice(lineStart, lineEnd).trim();
    if (HEADING.test(line) && !TABLE_ROW.test(line)) {
      const kind = KINDS.find(([re]) => re.test(line))?.[1] ?? "other";
      cuts.push({ at: lineStart + text.slice(lineStart, lineEnd).indexOf(line), heading: line, kind });
    }
    lineStart = lineEnd + 1;
  }
  const sections: FigureSection[] = cuts.map((cut, index) => {
    const end = cuts[index + 1]?.at ?? normEnd;
    const span = originalSpan(norm, cut.at, end);
    return {
      index,
      kind: cut.kind,
      heading: cut.heading,
      start: span.start,
      end: span.end,
      normStart: cut.at,
      normEnd: end,
    };
  });
  return {
    norm,
    report: { normStart, normEnd, year: options.year ?? null, format: options.format ?? "narrative" },
    sections,
  };
}

/** The only figure with `metric` (and `label`, when given); throws when there is none or several. */
export function onlyFigure(figures: ParsedFigure[], metric: string, label?: string): ParsedFigure {
  const found = figures.filter((f) => f.metric === metric && (label === undefined || f.label === label));
  if (found.length !== 1) throw new Error(`expected one ${metric} ${label ?? ""} figure, found ${found.length}`);
  return found[0]!;
}
