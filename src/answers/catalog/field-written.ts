/**
 * The agency of a place whose field of work a question writes without naming the agency: 全省市场监管
 * 系统 asks of the province's 市场监督管理局, 全省各级生态环境部门 of its 生态环境厅. The agency whose kind
 * shares the most word pairs with the question, at least two, answers where no other shares as many.
 */
import type { AgencyEntry } from "./catalog-index.ts";
import { tokenize } from "../search/bigram-tokenizer.ts";

/** Fewest word pairs of an agency's kind the question must write. */
const MIN_PAIRS = 2;

/** The one agency of `agencies` whose kind `text` writes most of, or null when none or several do. */
export function agencyOfFieldWritten(text: string, agencies: readonly AgencyEntry[]): AgencyEntry | null {
  let best: AgencyEntry | null = null;
  let bestPairs = 0;
  let tied = false;
  for (const a of agencies) {
    const pairs = pairsWritten(a.kind, text);
    if (pairs > bestPairs) [best, bestPairs, tied] = [a, pairs, false];
    else if (pairs === bestPairs && pairs > 0) tied = true;
  }
  return bestPairs >= MIN_PAIRS && !tied ? best : null;
}

/** How many distinct character pairs of `kind` `text` holds. */
function pairsWritten(kind: string, text: string): number {
  return new Set(tokenize(kind).filter((t) => t.length === 2 && text.includes(t))).size;
}
