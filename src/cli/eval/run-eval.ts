/**
 * Running an evaluation question file through an answer engine: each question in a chat of its
 * own, each follow-up right after the question its note names, in the same chat.
 */
import type { Answer, AnswerEngine } from "../../answers/answer.ts";
import { askedAfter, type EvalQuestion } from "./eval-question.ts";
import { scoreAnswer, type Score } from "./score-answer.ts";

export interface EvalResult {
  question: EvalQuestion;
  answer: Answer;
  score: Score;
}

export interface EvalSummary {
  results: EvalResult[];
  /** Correct and total per kind, and overall under "overall". */
  byKind: Record<string, { correct: number; total: number }>;
}

export async function runEval(engine: AnswerEngine, questions: readonly EvalQuestion[], chatPrefix = "eval"): Promise<EvalSummary> {
  const results: EvalResult[] = [];
  const followUps = questions.filter((q) => askedAfter(q) !== null);
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const q of questions) {
    if (askedAfter(q) !== null && byId.has(askedAfter(q)!)) continue;
    const chat = `${chatPrefix}:${q.id}`;
    const answer = await engine.ask(chat, q.question);
    results.push({ question: q, answer, score: scoreAnswer(q, answer) });
    for (const f of followUps.filter((f) => askedAfter(f) === q.id)) {
      const next = await engine.ask(chat, f.question);
      results.push({ question: f, answer: next, score: scoreAnswer(f, next, q) });
    }
  }
  const byKind: EvalSummary["byKind"] = { overall: { correct: 0, total: 0 } };
  for (const r of results) {
    for (const key of [r.question.kind, "overall"]) {
      const entry = (byKind[key] ??= { correct: 0, total: 0 });
      entry.total++;
      if (r.score.ok) entry.correct++;
    }
  }
  return { results, byKind };
}
