/**
 * The years a question names: 2021年, 2021, 21年, 二〇二一年, and 去年/今年/前年 against the
 * current date. A range (2019至2021年) lists every year in it. Compared with (比去年, 较去年),
 * 去年 is the year before the year asked, where the question names one or the caller knows it.
 */
import { readYear } from "../../text/numbers.ts";

export interface QuestionYears {
  years: number[];
  /** True when a year came from 去年/今年/前年. */
  relative: boolean;
  /**
   * The question with the year expressions removed; a 去年 compared with the year asked is left as
   * 上年, the year before it.
   */
  rest: string;
  /** True when 去年 follows 比 or 较 and was read against the current date, no year asked being known. */
  comparedWithLastYear: boolean;
}

const RELATIVE: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0 };
const FULL = /(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])(年度|年)?/g;
// The year of a document's number, right after its issuer's 发 or 函 and with no 年 (澄政办发〔2008〕几号,
// its brackets gone from the matching form), is no year asked.
const DOCUMENT_ISSUER_END = /[发函字编]$/u;
// …and so is a year right before the number a question asks of a document (国办公开办函是2021年第几号).
const DOCUMENT_NUMBER_AFTER = /^(?:年度?)?\s*第\s*(?:几|多少|\d+)\s*号/u;
// …and so is the year applications were carried over from (2020年从2019年结转过来的申请).
const CARRIED_FROM_BEFORE = /[从自]\s*$/u;
const CARRIED_FROM_AFTER = /^\s*(?:结转|转入|遗留)/u;
const CHINESE = /([〇零一二三四五六七八九]{4})(年度|年)/g;
const SHORT = /(?<![0-9])([0-9]{2})(年度|年)/g;
const RANGE = /^(至|到|-|~)$/;
const COMPARED_LAST_YEAR = /(?<=(?:比|较)\s*)去年/u;

/**
 * Reads the years of `text` (a question's matching form); `now` resolves relative years.
 * `asked` is the year the question is about when it names none itself (a follow-up's).
 */
export function questionYears(text: string, now: Date, asked: number | null = null): QuestionYears {
  const found: { year: number; index: number; length: number; between: string }[] = [];
  let relative = false;
  const take = (year: number | null, index: number, length: number): void => {
    if (year !== null) found.push({ year, index, length, between: "" });
  };
  for (const m of text.matchAll(FULL)) {
    if (m[2] === undefined && DOCUMENT_ISSUER_END.test(text.slice(0, m.index).trimEnd())) continue;
    if (DOCUMENT_NUMBER_AFTER.test(text.slice(m.index + m[1]!.length))) continue;
    if (CARRIED_FROM_BEFORE.test(text.slice(0, m.index)) && CARRIED_FROM_AFTER.test(text.slice(m.index + m[0].length))) continue;
    take(readYear(m[1]!), m.index, m[0].length);
  }
  for (const m of text.matchAll(CHINESE)) take(readYear(m[1]!), m.index, m[0].length);
  const century = Math.floor(now.getFullYear() / 100) * 100;
  for (const m of text.matchAll(SHORT)) {
    if (found.some((f) => m.index >= f.index && m.index < f.index + f.length)) continue;
    const yy = Number(m[1]);
    // "21年" means the most recent such year, never one in the future.
    const year = century + yy <= now.getFullYear() ? century + yy : century - 100 + yy;
    take(year, m.index, m[0].length);
  }
  // 2013年比去年: the year before the one asked, not the year before today.
  const lastCompared = COMPARED_LAST_YEAR.exec(text);
  const againstAsked = lastCompared !== null && (found.length > 0 || asked !== null) ? lastCompared.index : -1;
  for (const [word, offset] of Object.entries(RELATIVE)) {
    const index = text.indexOf(word);
    if (index >= 0 && index === againstAsked) continue;
    if (index >= 0) {
      relative = true;
      take(now.getFullYear() + offset, index, word.length);
    }
  }
  found.sort((a, b) => a.index - b.index);
  const years: number[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const prev = found[i - 1];
    const gap = prev ? text.slice(prev.index + prev.length, f.index) : "";
    if (prev && RANGE.test(gap) && f.year > prev.year && f.year - prev.year <= 20) {
      for (let y = prev.year + 1; y < f.year; y++) years.push(y);
    }
    if (!years.includes(f.year)) years.push(f.year);
  }
  let rest = againstAsked >= 0 ? `${text.slice(0, againstAsked)}上年${text.slice(againstAsked + 2)}` : text;
  for (const f of [...found].sort((a, b) => b.index - a.index)) {
    rest = rest.slice(0, f.index) + " " + rest.slice(f.index + f.length);
  }
  return { years, relative, rest, comparedWithLastYear: lastCompared !== null && againstAsked < 0 };
}
