/**
 * Sections of one report: its top-level numbered headings (`一、` `一.` `一 概 述` `第一部分`), taken in
 * order so numbered list items and table rows further down are not mistaken for headings; in a
 * report that numbers none, its bare heading lines (`总体情况`, `主动公开政府信息情况`) in the order
 * the template gives them. Text before the first heading is the preamble.
 */
import type { SectionKind } from "../domain/report.ts";
import { readChineseNumber } from "../text/numbers.ts";
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
// A bare heading is a short line of words alone, no sentence or number in it, naming a part of the
// report (…情况, …事项): table cells that name a kind (行政事业性收费, 行政复议) name no part.
const BARE_HEADING = /^[\u4e00-\u9fff、]{2,22}(?:情况|事项|概述|概况|措施|问题)$/u;
/** The order of the template's sections, which bare headings must keep. */
const TEMPLATE_ORDER: readonly SectionKind[] = ["overview", "proactive", "applications", "fees", "review_litigation", "problems", "other"];
/** Numbered headings a report opening past 二 needs before they are read as its sections. */
const MIN_LATER_HEADINGS = 2;
/** Bare headings a report needs before its bare lines are read as its sections. */
const MIN_BARE_HEADINGS = 3;

/** Finds the sections of the report whose lines are `lines`, spanning `[start, end)` of the normalized text. */
export function findSections(lines: readonly TextLine[], start: number, end: number): SectionDraft[] {
  const numbered = numberedHeads(lines, false);
  const later = numbered.length > 0 ? [] : numberedHeads(lines, true);
  const heads = numbered.length > 0 ? numbered : later.length >= MIN_LATER_HEADINGS ? later : bareHeads(lines);
  return buildSections(lines, heads, start, end);
}

interface Head {
  line: TextLine;
  lineIndex: number;
  heading: string;
  kind: SectionKind | null;
}

/**
 * The numbered headings of `lines`, opening at 一 or 二; with `later`, opening at any numeral whose
 * heading names a part of the template (a later page of a longer report opens at its 四、).
 */
function numberedHeads(lines: readonly TextLine[], later: boolean): Head[] {
  const heads: Head[] = [];
  let last = 0;
  lines.forEach((line, lineIndex) => {
    const parsed = parseHeading(line.text);
    if (!parsed) return;
    const kind = sectionKind(parsed.heading.replace(TOP_HEADING, "$3"));
    const ordinalFits = last === 0 ? parsed.ordinal <= 2 || (later && kind !== null) : parsed.ordinal > last && parsed.ordinal <= last + 2;
    if (!ordinalFits) return;
    last = parsed.ordinal;
    heads.push({ line, lineIndex, heading: parsed.heading, kind });
  });
  return heads;
}

// Lines that are nothing but a section's name, each of a kind later in the template than the last.
function bareHeads(lines: readonly TextLine[]): Head[] {
  const heads: Head[] = [];
  let last = -1;
  lines.forEach((line, lineIndex) => {
    if (!BARE_HEADING.test(line.text)) return;
    const kind = sectionKind(line.text);
    const order = kind ? TEMPLATE_ORDER.indexOf(kind) : -1;
    if (order <= last) return;
    last = order;
    heads.push({ line, lineIndex, heading: line.text, kind });
  });
  return heads.length >= MIN_BARE_HEADINGS ? heads : [];
}

function buildSections(lines: readonly TextLine[], heads: Head[], start: number, end: number): SectionDraft[] {
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
