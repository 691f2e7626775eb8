/**
 * A level written in place of a place before a kind of agency (省审计厅, 自治区国资委, 市财政局): the
 * question is about that kind's agency of that level, not about a place called 自治区.
 */
import levelWords from "../../../data/level-words.json" with { type: "json" };
import type { AgencyLevel } from "../../domain/report.ts";
import { openerLength } from "../question/question-opener.ts";

const LEVEL_OF_WORD = levelWords.levels as Record<string, AgencyLevel>;

/** The level of the word standing alone between the question's opening and `kindIndex`, or null. */
export function levelBefore(text: string, kindIndex: number): AgencyLevel | null {
  const before = text.slice(openerLength(text), kindIndex).trim();
  return Object.hasOwn(LEVEL_OF_WORD, before) ? LEVEL_OF_WORD[before]! : null;
}
