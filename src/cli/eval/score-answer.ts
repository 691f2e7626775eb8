/**
 * Scoring one answer against an evaluation question, as the eval README describes: a figure answer
 * states the expected number, names the agency and year, and cites the right source with a quote
 * that holds the number; a text answer contains the phrase; an absent answer says the corpus does
 * not hold it and states no figure; a figure question with nothing expected wants `no_figure`, no
 * number and a quote from the right source.
 */
import { placeRunAt } from "../../places/gazetteer.ts";
import type { Answer } from "../../answers/answer.ts";
import { questionText } from "../../answers/question/question-text.ts";
import type { EvalQuestion } from "./eval-question.ts";

export interface Score {
  id: string;
  kind: EvalQuestion["kind"];
  ok: boolean;
  /** Why it missed (empty when ok). */
  reasons: string[];
}

/** Scores `answer` for `q`; `context` is the question a follow-up was asked after. */
export function scoreAnswer(q: EvalQuestion, answer: Answer, context: EvalQuestion | null = null): Score {
  const reasons: string[] = [];
  const expectsFigure = q.expected.length > 0 && (q.kind === "figure" || q.kind === "followup");
  if (expectsFigure) {
    checkFigure(q, answer, reasons);
  } else if (q.kind === "text") {
    if (!questionText(answer.text).includes(questionText(q.expected))) reasons.push(`text lacks "${q.expected}"`);
    checkAgencyYear(q, answer, reasons);
  } else if (q.kind === "figure") {
    if (answer.status !== "no_figure") reasons.push(`status ${answer.status}, wanted no_figure`);
    if (answer.figures.length > 0) reasons.push(`states figures ${answer.figures.map((f) => f.value).join(",")}`);
    const stray = numbersOutsideQuotes(answer.text);
    if (stray.length > 0) reasons.push(`writes numbers ${stray.join(",")}`);
    if (!answer.citations.some((c) => c.source === q.source)) reasons.push(`no quote from ${q.source}`);
    checkAgencyYear(q, answer, reasons);
  } else {
    if (answer.status !== "not_found") reasons.push(`status ${answer.status}, wanted not_found`);
    if (answer.figures.length > 0) reasons.push(`states figures ${answer.figures.map((f) => f.value).join(",")}`);
    const agency = q.agency || context?.agency || "";
    if (q.kind === "followup" && agency && !answer.text.includes(agency)) reasons.push(`does not name ${agency}`);
  }
  return { id: q.id, kind: q.kind, ok: reasons.length === 0, reasons };
}

/**
 * Arabic numbers in `text` outside "> " quote lines and the 出处 line, years (2021年) aside; a
 * 「run」 that is verbatim text of one of `cited` (the answer's quotes: 「电话:0731-5550123」) is a
 * quote too.
 */
export function numbersOutsideQuotes(text: string, cited: readonly string[] = []): number[] {
  const quoted = (run: string): boolean => run.length > 0 && cited.some((c) => c.includes(run));
  return text
    .split("\n")
    .filter((line) => !line.startsWith("> ") && !line.startsWith("出处："))
    .map((line) => line.replace(/「([^「」]*)」/g, (whole, run: string) => (quoted(run) ? "「」" : whole)))
    .flatMap((line) => [...line.replace(/(19|20)\d{2}(?=年)/g, "").matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])));
}

function checkFigure(q: EvalQuestion, answer: Answer, reasons: string[]): void {
  const expected = Number(q.expected);
  const stated = answer.figures.some((f) => f.value === expected) || numbersOutsideQuotes(answer.text).includes(expected);
  if (!stated) reasons.push(`does not state ${q.expected}`);
  checkAgencyYear(q, answer, reasons);
  const fromSource = answer.citations.filter((c) => c.source === q.source);
  if (fromSource.length === 0) reasons.push(`no citation from ${q.source}`);
  else if (!fromSource.some((c) => quoteSupports(c.row ?? c.quote, q, expected))) reasons.push(`no quote from ${q.source} holding ${q.expected}`);
}

function checkAgencyYear(q: EvalQuestion, answer: Answer, reasons: string[]): void {
  if (q.agency && !sameAgency(answer.agency, q.agency)) reasons.push(`agency ${answer.agency ?? "none"}, wanted ${q.agency}`);
  if (q.year !== null && answer.year !== q.year && !answer.text.includes(`${q.year}年`)) reasons.push(`year ${answer.year ?? "none"}, wanted ${q.year}`);
}

// The same agency written with more or fewer of its parent places (西安市雁塔区司法局, 雁塔区司法局).
function sameAgency(got: string | null, wanted: string): boolean {
  if (got === null) return false;
  const [a, b] = [questionText(got), questionText(wanted)];
  if (a === b) return true;
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  if (!longer.endsWith(shorter)) return false;
  const prefix = longer.slice(0, longer.length - shorter.length);
  return placeRunAt(prefix)?.length === prefix.length;
}

function quoteSupports(quote: string, q: EvalQuestion, expected: number): boolean {
  // Blanks within a line go (656 条, 2 435); line breaks and tabs part the cells of a row.
  const numbers = [...quote.replace(/[^\S\n\t]+/g, "").matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  if (numbers.includes(expected)) return true;
  // A zero stated in words (当年无依申请公开) holds no digit: the quote must then be the expected one.
  const got = questionText(quote);
  const wanted = questionText(q.quote);
  return wanted.length > 0 && (got.includes(wanted) || wanted.includes(got));
}
