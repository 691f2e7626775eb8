/**
 * The part of a ranked sentence that answers, as a verbatim run of it: a contact detail with its
 * label (电话:0731-5550123), else the clause holding the answer's shape, else the clause holding
 * most of the question's words.
 */
import type { AnswerType } from "../question/answer-type.ts";
import { LABELLED_TYPES } from "./fact-patterns.ts";
import { LABEL_REACH } from "./fact-weights.ts";
import { holds, type LabelledShape, type RankedSentence } from "./rank-sentences.ts";
import type { QuestionTerms } from "./question-terms.ts";

const CLAUSE = /[^，,；;。！？!?()（）]+/gu;
// A clause longer than this is no short answer: the shape alone is shown.
const MAX_CLAUSE = 60;
// A clause shorter than this (上下载) says nothing alone.
const MIN_CLAUSE = 4;
const LABEL_TIE = 0.01;
// More than any sum of question words: the labelled clause answers where the type says so.
const LABELLED_CLAUSE = 1000;
// A label may open with the mark that starts its clause (,因), which clauses are cut at.
const LEADING_MARK = /^[,，、；;]/u;

/** The answering run of `ranked.sentence.text`, or null when none can be shown verbatim. */
export function extractAnswer(ranked: RankedSentence, type: AnswerType, terms: QuestionTerms): string | null {
  const source = ranked.sentence.text;
  const shape = nearestToQuestion(ranked, terms);
  // Offsets found in the matched (simplified) form hold in the source only where both are as long;
  // else a sentence's only shape written alike in both (a phone number) is shown alone, never one
  // of several (the first date of a period is not the period).
  if (ranked.matched.length !== source.length) return shape && ranked.shapes.length === 1 && source.includes(shape.text) ? shape.text : null;
  if (shape) {
    if (LABELLED_TYPES.has(type.id) && shape.labelStart !== null) {
      // A label may head several values of one clause (统计期限自…起至…止): all of them answer.
      const clauseEnd = clauseEndAt(source, shape.start);
      const last = ranked.shapes.filter((s) => s.start >= shape.start && s.end <= clauseEnd).reduce((end, s) => Math.max(end, s.end), shape.end);
      return unbracketed(source.slice(shape.labelStart, last).trim());
    }
    const clause = clauseAt(source, shape.start);
    // A shape running past its clause's comma (“关于…情况,包括迁入和迁出”) is shown whole.
    const written = source.slice(shape.start, shape.end);
    return clause && clause.length <= MAX_CLAUSE && clause.includes(written) ? clause : written;
  }
  let best: string | null = null;
  let bestWeight = 0;
  for (const m of ranked.matched.matchAll(CLAUSE)) {
    if (m[0].trim().length < MIN_CLAUSE) continue;
    // The type's label only breaks a tie between clauses holding as much of the question.
    const labelled = type.labels.some((l) => m[0].includes(l.replace(LEADING_MARK, "")));
    const weight = terms.words.filter((t) => holds(m[0], t)).reduce((sum, t) => sum + ranked.termWeight(t), 0) + (labelled ? (type.labelledClause ? LABELLED_CLAUSE : LABEL_TIE) : 0);
    if (weight > bestWeight) {
      best = source.slice(m.index, m.index + m[0].length).trim();
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * Of several shapes in the sentence (岚委办发〔2019〕4号 and 岚政办发〔2019〕7号), the one with
 * the question's words right before it or, counting twice, in its own clause (副主任某某担任
 * 监督和审核工作 for 谁负责监督审核); a labelled one first, report order breaking ties.
 */
function nearestToQuestion(ranked: RankedSentence, terms: QuestionTerms): LabelledShape | undefined {
  const weight = (text: string): number => terms.words.filter((t) => holds(text, t)).reduce((sum, t) => sum + ranked.termWeight(t), 0);
  const near = (s: LabelledShape): number =>
    weight(ranked.matched.slice(Math.max(0, s.start - 2 * LABEL_REACH), s.end)) + 2 * weight(clauseAt(ranked.matched, s.start) ?? "");
  let best: { shape: LabelledShape; labelled: boolean; near: number } | undefined;
  for (const shape of ranked.shapes) {
    const here = { shape, labelled: shape.labelStart !== null, near: near(shape) };
    if (!best || (here.labelled && !best.labelled) || (here.labelled === best.labelled && here.near > best.near)) best = here;
  }
  return best?.shape;
}

/** `run` from after a bracket it opens and never closes (网站（www.x.gov.cn → www.x.gov.cn). */
function unbracketed(run: string): string {
  const open = Math.max(run.lastIndexOf("（"), run.lastIndexOf("("));
  const close = Math.max(run.lastIndexOf("）"), run.lastIndexOf(")"));
  return open > close ? run.slice(open + 1).trim() : run;
}

function clauseEndAt(text: string, at: number): number {
  for (const m of text.matchAll(CLAUSE)) if (m.index <= at && at < m.index + m[0].length) return m.index + m[0].length;
  return text.length;
}

function clauseAt(text: string, at: number): string | null {
  for (const m of text.matchAll(CLAUSE)) if (m.index <= at && at < m.index + m[0].length) return m[0].trim();
  return null;
}
