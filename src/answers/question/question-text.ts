/**
 * The matching form of a question: simplified script, NFKC-folded (full-width digits become
 * ASCII), with spaces and punctuation removed so 「凉州区 科技局，2021年？」 reads like
 * 「凉州区科技局2021年」.
 */
import { normalize } from "../../text/normalized-text.ts";

const NOISE = /[\s\p{P}\p{S}]+/gu;

/** Returns the matching form of `question`. */
export function questionText(question: string): string {
  return normalize(question).text.replace(NOISE, "");
}
