import path from "node:path";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEvalQuestions } from "../../src/answers/eval/eval-question.ts";
import { runEval, type EvalSummary } from "../../src/answers/eval/run-eval.ts";
import { inventedNumbers, unfoundQuotes } from "./answer-properties.ts";
import { seededEngine, type SeededEngine } from "./seeded-engine.ts";

const DEV = path.resolve(import.meta.dirname, "../fixtures/dev-questions.jsonl");

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
      expect({ id: question.id, invented: await inventedNumbers(answer, seeded.source) }).toEqual({ id: question.id, invented: [] });
    }
  });

  it("quotes only verbatim text of the cited source", async () => {
    for (const { answer, question } of summary.results) {
      expect({ id: question.id, unfound: await unfoundQuotes(answer, seeded.source) }).toEqual({ id: question.id, unfound: [] });
    }
  });
});
