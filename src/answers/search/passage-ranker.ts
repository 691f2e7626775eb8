/**
 * Ranks the passages of one report against a query by shared bigrams, each weighted by how rare
 * it is within that report (a bigram in every paragraph says nothing). Reports are small, so this
 * runs per question on the few reports a question resolves to; nothing is indexed ahead.
 */
import { tokenize } from "./bigram-tokenizer.ts";

export interface Ranked<T> {
  item: T;
  score: number;
}

/** Scores `items` (by `textOf`) against `query`, best first; items sharing nothing are left out. */
export function rankByBigrams<T>(items: readonly T[], textOf: (item: T) => string, query: string): Ranked<T>[] {
  const queryTokens = [...new Set(tokenize(query))];
  if (queryTokens.length === 0) return [];
  const tokenSets = items.map((item) => new Set(tokenize(textOf(item))));
  const weights = queryTokens.map((t) => {
    const df = tokenSets.filter((s) => s.has(t)).length;
    return df === 0 ? 0 : Math.log(1 + items.length / df);
  });
  const ranked: Ranked<T>[] = [];
  tokenSets.forEach((set, i) => {
    let score = 0;
    queryTokens.forEach((t, k) => {
      if (set.has(t)) score += weights[k]!;
    });
    if (score > 0) ranked.push({ item: items[i]!, score });
  });
  return ranked.sort((a, b) => b.score - a.score);
}

/** How many of the query's distinct bigrams `text` holds. */
export function sharedBigrams(text: string, query: string): number {
  const set = new Set(tokenize(text));
  return [...new Set(tokenize(query))].filter((t) => set.has(t)).length;
}
