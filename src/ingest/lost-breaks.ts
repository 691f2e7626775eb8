/**
 * Line breaks a page lost: a crawler, or HTML turned into text without block breaks, leaves a whole
 * report on one line, its headings, sentences and template tables run together (`…0591-1234。一、总体
 * 情况2021年，我区… 行政许可2293 第二十条…`). Such a line is known by the template's numbered headings
 * standing inside it in order. The breaks are put back before each heading and after its words,
 * after each sentence, before sub-headings (（一）) and numbered items (1.), around a closing date, before
 * an attachment (附件1：), and where the template's table rows begin, so sections, passages and table rows read as on a page that kept its lines.
 */
import { readChineseNumber } from "../text/numbers.ts";
import { inlineRowStarts } from "./figures/inline-rows.ts";
import { sectionKind } from "./section-kind.ts";
import type { TextLine } from "./text-lines.ts";

/** Lines shorter than this are a paragraph at most, never a collapsed report. */
const MIN_COLLAPSED = 800;
/** Inline headings in template order a line needs before it is read as a collapsed report. */
const MIN_INLINE_HEADINGS = 2;

const HEADING_NUMERAL = /([一二三四五六七八九十]{1,3})[、.．]\s*/gu;
const HEADING_WORDS = /^[\u4e00-\u9fff、“”"]{2,30}/u;
// The words a template heading ends with; a heading runs straight into its first sentence, which may
// name a part of the report too (…改进情况存在的问题): a heading's own last words come first.
const HEADING_ENDS = [/^.*(?:情况|事项|统计表)/u, /^.*(?:概述|概况|措施|问题)/u];
// Rows of the applications table number themselves like headings (一、本年新收…).
const TABLE_ROW = /^(?:本年新收|上年结转|本年度办理结果|结转下年度)/u;
const HAN = /[\u4e00-\u9fff]/u;
const SENTENCE_END = /[。！？!?]["”’)）」』]*/gu;
const SUB_HEADING = /[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]/gu;
// A date standing alone between blanks closes the report above its signature (二○一二年二月二十日).
const DATE_DIGIT = "[〇○零一二三四五六七八九十\\d]";
const CLOSING_DATE = new RegExp(`(?<=\\s)${DATE_DIGIT}{4}年${DATE_DIGIT}{1,2}月${DATE_DIGIT}{1,3}日(?=\\s|$)`, "gu");
const ATTACHMENT = /附件\s*\d*\s*[:：]/gu;
// A numbered item (1.属于国家秘密); its number may be glued to the numbers of the row before it.
const ITEM_MARK = /(\d+)[.．](?=\s*[\u4e00-\u9fff“"])/gu;

/** Offsets in `text` (the text `lines` were split from) where a collapsed line lost a break. */
export function lostBreaks(text: string, lines: readonly TextLine[]): number[] {
  const breaks: number[] = [];
  for (const line of lines) {
    if (line.text.length < MIN_COLLAPSED) continue;
    const headings = inlineHeadings(line.text);
    if (headings.length < MIN_INLINE_HEADINGS) continue;
    const inLine = [
      ...headings.flatMap((h) => (h.end !== null ? [h.start, h.end] : [h.start])),
      ...sentenceEnds(line.text),
      ...subHeadings(line.text),
      ...itemStarts(line.text),
      ...inlineRowStarts(line.text),
      ...[...line.text.matchAll(CLOSING_DATE)].flatMap((m) => [m.index, m.index + m[0].length]),
      ...[...line.text.matchAll(ATTACHMENT)].map((m) => m.index),
    ];
    for (const at of inLine) if (at > 0 && at < line.text.length) breaks.push(line.start + at);
  }
  return [...new Set(breaks)].filter((p) => p > 0 && p < text.length).sort((a, b) => a - b);
}

interface InlineHeading {
  start: number;
  /** Where its words end and its first sentence begins, when the words end as a heading does. */
  end: number | null;
}

/** The template's top-level headings inside `line`, in order (一、 then 二、 …, a skipped numeral allowed). */
export function inlineHeadings(line: string): InlineHeading[] {
  const heads: InlineHeading[] = [];
  let last = 0;
  for (const m of line.matchAll(HEADING_NUMERAL)) {
    const ordinal = readChineseNumber(m[1]!);
    const words = HEADING_WORDS.exec(line.slice(m.index + m[0].length))?.[0];
    if (ordinal === null || !words || TABLE_ROW.test(words)) continue;
    const kind = sectionKind(words);
    const ending = HEADING_ENDS.map((re) => re.exec(words)?.[0]).find((e) => e !== undefined) ?? null;
    // After a word (…52元三、收到…) only the very next numeral naming a part of the template is a heading;
    // an unnamed heading counts only where it is the very next numeral and its words end as a heading's.
    const afterWord = m.index > 0 && HAN.test(line[m.index - 1]!);
    const next = ordinal === last + 1;
    const fits = afterWord
      ? last > 0 && next && kind !== null
      : last === 0 ? ordinal <= 2 && kind !== null : ordinal > last && ordinal <= last + 2 && (kind !== null || (next && ending !== null));
    if (!fits) continue;
    last = ordinal;
    heads.push({ start: m.index, end: ending ? m.index + m[0].length + ending.length : null });
  }
  return heads;
}

function sentenceEnds(line: string): number[] {
  return [...line.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
}

// 第（一）项 is a reference inside a sentence, no sub-heading.
function subHeadings(line: string): number[] {
  return [...line.matchAll(SUB_HEADING)].filter((m) => m.index === 0 || line[m.index - 1] !== "第").map((m) => m.index);
}

/**
 * Numbered items: `1.` anywhere, then each next number. A number glued to the row before it
 * (`00000002.其他…`) is told apart by being the next number: its last digits are the item's.
 */
function itemStarts(line: string): number[] {
  const starts: number[] = [];
  let last = 0;
  for (const m of line.matchAll(ITEM_MARK)) {
    const digits = m[1]!;
    const next = String(last + 1);
    if (last > 0 && digits.endsWith(next)) {
      starts.push(m.index + digits.length - next.length);
      last += 1;
    } else if (digits === "1") {
      starts.push(m.index);
      last = 1;
    }
  }
  return starts;
}
