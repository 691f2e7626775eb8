import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEvalQuestions } from "../../src/answers/eval/eval-question.ts";
import { runEval, type EvalSummary } from "../../src/answers/eval/run-eval.ts";
import { inventedNumbers, unfoundQuotes } from "./answer-properties.ts";
import { seededEngine, type SeededEngine } from "./seeded-engine.ts";

// A second round of reports written apart from the seeds and the first held-out set (other
// provinces, agency types, years and page shapes); relative years (去年, 前年) are read against this date.
const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout-2");
const EVAL_DATE = new Date("2025-03-01T12:00:00");

describe("the second held-out questions over the second held-out reports", () => {
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
      overall: { correct: 84, total: 84 },
      figure: { correct: 66, total: 66 },
      text: { correct: 8, total: 8 },
      absent: { correct: 6, total: 6 },
      followup: { correct: 4, total: 4 },
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
