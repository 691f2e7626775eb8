/**
 * Properties every answer must keep, checked against the store it was answered from: no number
 * that is not a stored figure of a cited report, and quotes that are verbatim text of the cited
 * report.
 */
import type { Answer, DerivedFigure } from "../../src/answers/answer.ts";
import { numbersOutsideQuotes } from "../../src/cli/eval/score-answer.ts";
import { shownQuote } from "../../src/answers/render/answer-text.ts";
import type { ReportSource, StoredPassage } from "../../src/answers/report-source.ts";

/**
 * Numbers of `answer` (written outside quotes, or given as figures) that no cited report stores,
 * besides a derived result computed from two of its cited figures.
 * A 「run」 of the text is a quote when it is verbatim in a citation's quote or is the stored
 * publication date of a cited report (a page's header date, which ingest keeps apart from the text).
 */
export async function inventedNumbers(answer: Answer, source: ReportSource): Promise<number[]> {
  const allowed = new Set<number>();
  const cited: string[] = [];
  for (const c of answer.citations) {
    const detail = await source.getReport(c.reportId);
    for (const f of detail?.figures ?? []) allowed.add(f.value);
    cited.push(c.quote);
    if (detail?.summary.published) cited.push(detail.summary.published);
    if (detail?.indexNumber) cited.push(detail.indexNumber);
  }
  const given = answer.figures.map((f) => f.value).filter((n) => !allowed.has(n));
  // A derived result is allowed when both its operands are stored figures of cited reports given as
  // the answer's figures, and it is what they compute to; nothing else is.
  const figureValues = new Set(answer.figures.map((f) => f.value));
  const derived = (answer.derived ?? []).filter((d) => d.operands.every((v) => allowed.has(v) && figureValues.has(v)) && d.value === computed(d.kind, d.operands));
  const written = numbersOutsideQuotes(answer.text, cited).filter((n) => !allowed.has(n) && !derived.some((d) => d.value === n));
  return [...written, ...given];
}

/** What two operands compute to: |a − b| to their decimals, or (a − b) ÷ b in percent to one decimal. */
function computed(kind: DerivedFigure["kind"], [a, b]: [number, number]): number | null {
  if (kind === "difference") return Number(Math.abs(a - b).toFixed(Math.max(decimals(a), decimals(b))));
  return b === 0 ? null : Math.round((Math.abs(a - b) / b) * 100 * 10) / 10;
}

function decimals(n: number): number {
  return String(n).split(".")[1]?.length ?? 0;
}

/** Citations and "> " quote lines of `answer` that are not verbatim text of the cited report. */
export async function unfoundQuotes(answer: Answer, source: ReportSource): Promise<string[]> {
  const missing: string[] = [];
  for (const c of answer.citations) {
    const detail = await source.getReport(c.reportId);
    const inReport = detail !== null && (contiguousTexts(detail.passages).some((t) => t.includes(c.quote)) || detail.figures.some((f) => f.quote === c.quote));
    // A web page's row is quoted by its label cell and shown whole: the row is a stored figure's quote holding it.
    const inRow = detail !== null && c.row !== undefined && c.row.includes(c.quote) && detail.figures.some((f) => f.quote === c.row);
    if (!inReport && !inRow) missing.push(c.quote);
  }
  for (const line of answer.text.split("\n").filter((l) => l.startsWith("> "))) {
    if (!answer.citations.some((c) => shownQuote(c.row ?? c.quote).includes(line.slice(2)))) missing.push(line);
  }
  return missing;
}

/** The report's text in runs of passages that follow each other with nothing between (a line ingest cut in two). */
function contiguousTexts(passages: readonly StoredPassage[]): string[] {
  const runs: string[] = [];
  let last: StoredPassage | null = null;
  for (const p of passages) {
    if (last && p.start === last.end && runs.length > 0) runs[runs.length - 1] += p.text;
    else runs.push(p.text);
    last = p;
  }
  return runs;
}
