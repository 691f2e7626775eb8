/** The counter word of a question asking which one of a series (第几届 → 届, 第几次 → 次, 第几条 → 条). */

// The query may come with its asking word 几 taken out (第 届).
const WHICH = /第\s*几?\s*([届次名位批期轮季条])/u;

/** The counter `query` asks the ordinal of, or null when it asks none. */
export function askedOrdinalCounter(query: string): string | null {
  return WHICH.exec(query)?.[1] ?? null;
}
