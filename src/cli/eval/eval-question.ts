/**
 * One line of an evaluation question file (format: the eval README): the question, its kind and
 * what a correct answer must contain.
 */
import { z } from "zod";

export const evalQuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  kind: z.enum(["figure", "text", "absent", "followup"]),
  agency: z.string(),
  year: z.number().nullable(),
  expected: z.string(),
  unit: z.string(),
  source: z.string(),
  quote: z.string(),
  note: z.string().optional(),
});

export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

/** Reads a JSONL question file's text; throws with the line number on a malformed line. */
export function readEvalQuestions(jsonl: string): EvalQuestion[] {
  return jsonl
    .split("\n")
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      const parsed = evalQuestionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`eval: line ${n} is not a question: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** The id a follow-up is asked after (`note`: "asked … right after d01"), or null. */
export function askedAfter(q: EvalQuestion): string | null {
  return /after\s+([A-Za-z]*\d+)/.exec(q.note ?? "")?.[1] ?? null;
}
