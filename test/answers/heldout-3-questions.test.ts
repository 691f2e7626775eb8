import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEvalQuestions } from "../../src/answers/eval/eval-question.ts";
import { runEval, type EvalSummary } from "../../src/answers/eval/run-eval.ts";
import { inventedNumbers, unfoundQuotes } from "./answer-properties.ts";
import { seededEngine, type SeededEngine } from "./seeded-engine.ts";

// A third round of reports written apart from the seeds and both earlier held-out sets (other
// provinces, agency types, years and page shapes); relative years (去年, 前年) are read against this date.
const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout-3");
const EVAL_DATE = new Date("2025-06-01T12:00:00");

describe("the third held-out questions over the third held-out reports", () => {
  let seeded: SeededEngine;
  let summary: EvalSummary;

  beforeAll(async () => {
    seeded = await seededEngine(EVAL_DATE, HELDOUT);
    summary = await runEval(seeded.engine, readEvalQuestions(await readFile(path.join(HELDOUT, "questions.jsonl"), "utf8")));
  });
  afterAll(() => seeded.close());

  it("answers every question correctly, per kind", () => {
    const misses = summary.results.filter((r) => !r.score.ok).map((r) => `${r.question.id}: ${r.score.reasons.join("; ")}`);
    expect(misses).toEqual([]);
    expect(summary.byKind).toEqual({
      overall: { correct: 87, total: 87 },
      figure: { correct: 63, total: 63 },
      text: { correct: 12, total: 12 },
      absent: { correct: 7, total: 7 },
      followup: { correct: 5, total: 5 },
    });
  });

  it("writes no number outside quotes that is not a stored figure of a cited report", async () => {
    for (const { answer, question } of summary.results) {
      expect({ id: question.id, invented: await inventedNumbers(answer, seeded.source) }).toEqual({ id: question.id, invented: [] });
    }
  });

  it("quotes only verbatim text of the cited source", async () => {
    for (const { answer, question } of summary.results) {
      expect({ id: question.id, unfound: await unfoundQuotes(answer, seeded.source) }).toEqual({ id: question.id, unfound: [] });
    }
  });
});
