/**
 * The part of a ranked sentence that answers, as a verbatim run of it: a contact detail with its
 * label (电话:0578-3131182), else the clause holding the answer's shape, else the clause holding
 * most of the question's words.
 */
import type { AnswerType, AnswerTypeId } from "../question/answer-type.ts";
import { holds, type RankedSentence } from "./rank-sentences.ts";
import type { QuestionTerms } from "./question-terms.ts";

// Types whose label and value make the whole answer (电话:…, 发布日期:…).
const LABELLED_VALUES: ReadonlySet<AnswerTypeId> = new Set(["phone", "fax", "email", "web", "postcode", "address", "issued", "doc_number"]);
const CLAUSE = /[^，,；;。！？!?()（）]+/gu;
// A clause longer than this is no short answer: the shape alone is shown.
const MAX_CLAUSE = 60;

/** The answering run of `ranked.sentence.text`, or null when the matched form differs in length from the source. */
export function extractAnswer(ranked: RankedSentence, type: AnswerType, terms: QuestionTerms): string | null {
  const source = ranked.sentence.text;
  // Offsets found in the matched (simplified) form hold in the source only where both are as long.
  if (ranked.matched.length !== source.length) return null;
  const shape = ranked.shapes[0];
  if (shape) {
    if (LABELLED_VALUES.has(type.id) && shape.labelStart !== null) return source.slice(shape.labelStart, shape.end).trim();
    const clause = clauseAt(source, shape.start);
    return clause && clause.length <= MAX_CLAUSE ? clause : shape.text;
  }
  let best: string | null = null;
  let bestWeight = 0;
  for (const m of ranked.matched.matchAll(CLAUSE)) {
    const weight = terms.words.filter((t) => holds(m[0], t)).reduce((sum, t) => sum + ranked.termWeight(t), 0) + (type.labels.some((l) => m[0].includes(l)) ? 1 : 0);
    if (weight > bestWeight) {
      best = source.slice(m.index, m.index + m[0].length).trim();
      bestWeight = weight;
    }
  }
  return best;
}

function clauseAt(text: string, at: number): string | null {
  for (const m of text.matchAll(CLAUSE)) if (m.index <= at && at < m.index + m[0].length) return m[0].trim();
  return null;
}
