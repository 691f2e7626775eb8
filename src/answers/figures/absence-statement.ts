/**
 * The sentence a report says in words that something asked about did not happen (2020年度我街办未接到
 * 提出公开政府信息的申请): cited beside a zero a yes-or-no question is answered with, so the reader
 * sees the report's own words and not only a table's 0.
 */
import { reportSentences, type Sentence } from "../text-facts/report-sentences.ts";
import type { ReportDetail } from "../report-source.ts";
import { tokenize } from "../search/bigram-tokenizer.ts";

// A negation and the words it governs, to the clause's end.
const NEGATED = /(?:未|没有|无)([^。，,；;：:]{2,24})/gu;
/** Fewest pairs of characters the negated words must share with the question. */
const MIN_SHARED = 2;
/** What the negated words ending with a noun the question writes counts, in shared pairs. */
const HEAD_NOUN = 3;

/** The sentence of `detail` whose negated words share most with `asked` (收到过行政许可申请吗), or null. */
export function absenceStatement(detail: ReportDetail, asked: string): Sentence | null {
  const wanted = new Set(tokenize(asked));
  let best: Sentence | null = null;
  let most = MIN_SHARED - 1;
  for (const sentence of reportSentences(detail)) {
    for (const m of sentence.text.matchAll(NEGATED)) {
      const negated = m[1]!;
      const shared = new Set(tokenize(negated).filter((p) => wanted.has(p))).size;
      if (shared < MIN_SHARED) continue;
      // What is said not to have happened is named last (…的申请, …诉讼案件): the question's own thing first.
      const score = shared + (wanted.has(negated.slice(-2)) ? HEAD_NOUN : 0);
      if (score > most) [best, most] = [sentence, score];
    }
  }
  return best;
}

