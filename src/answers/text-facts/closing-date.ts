/**
 * The date a report is signed with: the date standing on its own after the report's last sentence
 * (二〇一二年二月二十日), not one inside a sentence nor the page header's publication date.
 */
import type { Sentence } from "./report-sentences.ts";

// A date at a sentence's start, followed by nothing or by a space (an appendix title may follow).
// A signature may give the month alone (2017年3月).
const CLOSING = /^((?:一九|二[〇零○])[一二三四五六七八九〇零○]{2}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?|(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?)(?:\s|$)/u;

/** The last date of `sentences` (a report's, in order) that stands on its own, with its sentence, or null. */
export function closingDate(sentences: readonly Sentence[]): { sentence: Sentence; date: string } | null {
  for (let i = sentences.length - 1; i >= 0; i--) {
    const m = CLOSING.exec(sentences[i]!.text);
    if (m) return { sentence: sentences[i]!, date: m[1]! };
  }
  return null;
}
