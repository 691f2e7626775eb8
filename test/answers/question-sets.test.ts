import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEvalQuestions } from "../../src/cli/eval/eval-question.ts";
import { runEval, type EvalSummary } from "../../src/cli/eval/run-eval.ts";
import { inventedNumbers, unfoundQuotes } from "./answer-properties.ts";
import { SEEDS, seededEngine, type SeededEngine } from "./seeded-engine.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

interface QuestionSet {
  name: string;
  corpus: string;
  questions: string;
  /** The date relative years (去年, 前年) are read against. */
  now: Date;
  /** Questions per kind; every one must be answered correctly. */
  kinds: { figure: number; text: number; absent: number; followup: number };
}

// The dev questions over the seeds, then nine rounds of reports written apart from the seeds and
// from each other (other provinces, agency types, years and page shapes) with questions asked the
// way people ask them.
const SETS: QuestionSet[] = [
  {
    name: "the dev questions over the seed corpus",
    corpus: SEEDS,
    questions: path.join(FIXTURES, "dev-questions.jsonl"),
    now: new Date("2022-06-01T12:00:00"),
    kinds: { figure: 27, text: 1, absent: 3, followup: 1 },
  },
  ...[
    { dir: "heldout", now: "2024-03-15", kinds: { figure: 94, text: 8, absent: 10, followup: 8 } },
    { dir: "heldout-2", now: "2025-03-01", kinds: { figure: 66, text: 8, absent: 6, followup: 4 } },
    { dir: "heldout-3", now: "2025-06-01", kinds: { figure: 63, text: 12, absent: 7, followup: 5 } },
    { dir: "heldout-4", now: "2024-06-01", kinds: { figure: 36, text: 7, absent: 7, followup: 4 } },
    { dir: "heldout-5", now: "2024-09-01", kinds: { figure: 39, text: 7, absent: 8, followup: 5 } },
    { dir: "heldout-6", now: "2024-05-20", kinds: { figure: 39, text: 6, absent: 6, followup: 5 } },
    { dir: "heldout-7", now: "2024-04-10", kinds: { figure: 34, text: 6, absent: 5, followup: 5 } },
    { dir: "heldout-8", now: "2023-06-01", kinds: { figure: 29, text: 5, absent: 4, followup: 4 } },
    { dir: "heldout-9", now: "2013-06-01", kinds: { figure: 21, text: 6, absent: 4, followup: 4 } },
  ].map(({ dir, now, kinds }) => ({
    name: `the ${dir} questions over the ${dir} reports`,
    corpus: path.join(FIXTURES, dir),
    questions: path.join(FIXTURES, dir, "questions.jsonl"),
    now: new Date(`${now}T12:00:00`),
    kinds,
  })),
];

describe.each(SETS)("$name", (set) => {
  let seeded: SeededEngine;
  let summary: EvalSummary;

  beforeAll(async () => {
    seeded = await seededEngine(set.now, set.corpus);
    summary = await runEval(seeded.engine, readEvalQuestions(await readFile(set.questions, "utf8")));
  });
  afterAll(() => seeded.close());

  it("answers every question correctly, per kind", () => {
    const misses = summary.results.filter((r) => !r.score.ok).map((r) => `${r.question.id}: ${r.score.reasons.join("; ")}`);
    expect(misses).toEqual([]);
    const total = Object.values(set.kinds).reduce((a, b) => a + b, 0);
    expect(summary.byKind).toEqual({
      overall: { correct: total, total },
      ...Object.fromEntries(Object.entries(set.kinds).map(([kind, n]) => [kind, { correct: n, total: n }])),
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
