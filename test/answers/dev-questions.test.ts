import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEvalQuestions } from "../../src/answers/eval/eval-question.ts";
import { runEval, type EvalSummary } from "../../src/answers/eval/run-eval.ts";
import { numbersOutsideQuotes } from "../../src/answers/eval/score-answer.ts";
import { seededEngine, type SeededEngine } from "./seeded-engine.ts";

const DEV = "/work/shared/eval/dev-questions.jsonl";

describe("the dev questions over the seed corpus", () => {
  let seeded: SeededEngine;
  let summary: EvalSummary;

  beforeAll(async () => {
    seeded = await seededEngine();
    summary = await runEval(seeded.engine, readEvalQuestions(await readFile(DEV, "utf8")));
  });
  afterAll(() => seeded.close());

  it("answers every question correctly, per kind", () => {
    const misses = summary.results.filter((r) => !r.score.ok).map((r) => `${r.question.id}: ${r.score.reasons.join("; ")}`);
    expect(misses).toEqual([]);
    expect(summary.byKind).toEqual({
      overall: { correct: 32, total: 32 },
      figure: { correct: 27, total: 27 },
      text: { correct: 1, total: 1 },
      absent: { correct: 3, total: 3 },
      followup: { correct: 1, total: 1 },
    });
  });

  it("writes no number outside quotes that is not a stored figure of a cited report", async () => {
    for (const { answer, question } of summary.results) {
      const allowed = new Set<number>();
      for (const c of answer.citations) {
        const detail = await seeded.source.getReport(c.reportId);
        for (const f of detail!.figures) allowed.add(f.value);
      }
      const invented = numbersOutsideQuotes(answer.text).filter((n) => !allowed.has(n));
      expect({ id: question.id, invented }).toEqual({ id: question.id, invented: [] });
      for (const f of answer.figures) expect(allowed.has(f.value)).toBe(true);
    }
  });

  it("quotes only verbatim text of the cited source", async () => {
    for (const { answer } of summary.results) {
      for (const c of answer.citations) {
        const detail = await seeded.source.getReport(c.reportId);
        const inReport = detail!.passages.some((p) => p.text.includes(c.quote)) || detail!.figures.some((f) => f.quote === c.quote);
        expect(inReport).toBe(true);
      }
      for (const line of answer.text.split("\n").filter((l) => l.startsWith("> "))) {
        expect(answer.citations.some((c) => c.quote.includes(line.slice(2)))).toBe(true);
      }
    }
  });
});
