/**
 * The measures part of a problems section that writes its problems and its measures as one run of
 * prose: it starts at the passage answering the problems just listed (针对以上问题，我局将…,
 * 针对上述问题…), whatever words the measures themselves use.
 */
import type { StoredPassage } from "../report-source.ts";

// 针对 opening a passage and naming the problems before it (以上, 上述, 存在的, 这些).
const ANSWERS_PROBLEMS = /^\s*针对(?:以上|上述|前述|存在的|这些|此类)?[^，,。；;]{0,8}(?:问题|不足)/u;

/** True when `text` opens by answering the problems before it (针对以上问题，…). */
export function answersProblems(text: string): boolean {
  return ANSWERS_PROBLEMS.test(text);
}

/** The passages of `passages` (one section, in report order) from the first that answers the problems; empty when none does. */
export function measuresPart(passages: readonly StoredPassage[]): StoredPassage[] {
  const at = passages.findIndex((p) => answersProblems(p.text));
  return at < 0 ? [] : passages.slice(at);
}
