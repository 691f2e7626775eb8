/**
 * The number of the document a page itself is: a notice publishing a report prints its own number
 * on a line of its own right under its title (（岚政办发〔2020〕3号）), before any text cites others.
 */
import type { Sentence } from "./report-sentences.ts";

const OWN_NUMBER = /^[（(【[]?\s*\p{Script=Han}{1,12}\s*[〔[［（(【]\s*(?:19|20)\d{2}\s*[〕\]］）)】]\s*第?\s*\d+\s*[号號]\s*[）)】\]]?$/u;
/** Sentences of a page's head in which its own number stands. */
const HEAD_SENTENCES = 6;

/** The sentence of `sentences` (a report's, in order) that is the page's own document number, or null. */
export function ownDocumentNumber(sentences: readonly Sentence[]): Sentence | null {
  return sentences.slice(0, HEAD_SENTENCES).find((s) => OWN_NUMBER.test(s.text)) ?? null;
}
