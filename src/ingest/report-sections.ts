/**
 * Sections of one report: its top-level numbered headings (`一、` `一.` `一 概 述` `第一部分`), taken in
 * order so numbered list items and table rows further down are not mistaken for headings.
 * Text before the first heading is the preamble.
 */
import type { SectionKind } from "../domain/report.ts";
import { readChineseNumber } from "./numbers.ts";
import { sectionKind } from "./section-kind.ts";
import type { TextLine } from "./text-lines.ts";

/** A section in normalized-text coordinates, with the line that heads it. */
export interface SectionDraft {
  kind: SectionKind;
  /** Heading as it stands in the normalized text (empty for the preamble). */
  heading: string;
  /** Normalized span of the heading itself within its line (empty for the preamble). */
  headingStart: number;
  headingEnd: number;
  normStart: number;
  normEnd: number;
  /** Index of the heading line in the report's lines, or -1 for the preamble. */
  lineIndex: number;
}

// `一、概述`, `一 概 述`, or `第一部分 概述`.
const TOP_HEADING = /^(?:第([一二三四五六七八九十]{1,3})部分[、.．:：\s]*|([一二三四五六七八九十]{1,3})\s*(?:[、.．，,]|\s)\s*)(\S.*)$/;
// Template table rows keep their own Chinese numbering.
const TABLE_ROW = /^[一二三四]\s*、\s*(?:本年新收|上年结转|本年度办理结果|结转下年度)/;
const MAX_HEADING = 40;

/** Finds the sections of the report whose lines are `lines`, spanning `[start, end)` of the normalized text. */
export function findSections(lines: readonly TextLine[], start: number, end: number): SectionDraft[] {
  const heads: Array<{ line: TextLine; lineIndex: number; heading: string; kind: SectionKind | null }> = [];
  let last = 0;
  lines.forEach((line, lineIndex) => {
    const parsed = parseHeading(line.text);
    if (!parsed) return;
    const ordinalFits = last === 0 ? parsed.ordinal <= 2 : parsed.ordinal > last && parsed.ordinal <= last + 2;
    if (!ordinalFits) return;
    last = parsed.ordinal;
    heads.push({ line, lineIndex, heading: parsed.heading, kind: sectionKind(parsed.heading.replace(TOP_HEADING, "$3")) });
  });
  const sections: SectionDraft[] = [];
  const firstStart = heads[0]?.line.start ?? end;
  if (lines.some((l) => l.start < firstStart)) {
    sections.push({ kind: "preamble", heading: "", headingStart: start, headingEnd: start, normStart: start, normEnd: firstStart, lineIndex: -1 });
  }
  heads.forEach((h, i) => {
    const kind = h.kind ?? (i === 0 ? "overview" : "other");
    sections.push({
      kind,
      heading: h.heading,
      headingStart: h.line.start,
      headingEnd: h.line.start + h.heading.length,
      normStart: h.line.start,
      normEnd: heads[i + 1]?.line.start ?? end,
      lineIndex: h.lineIndex,
    });
  });
  return sections;
}

/** The heading part of a line opening with a top-level numeral, or null when the line is no heading. */
function parseHeading(text: string): { ordinal: number; heading: string } | null {
  if (text.includes("|") || TABLE_ROW.test(text)) return null;
  const m = TOP_HEADING.exec(text);
  if (!m) return null;
  const ordinal = readChineseNumber((m[1] ?? m[2])!);
  if (ordinal === null || ordinal < 1) return null;
  // A heading may run straight into its first sentence: `五、…的情况 2011年,我镇…`.
  const cut = text.search(/[。；;:：]|\s{1,}(?=\d|[\u4e00-\u9fff]{2,}[,，])/);
  const heading = (cut > 0 ? text.slice(0, cut) : text).trim();
  if (heading.length > MAX_HEADING) return null;
  return { ordinal, heading };
}
