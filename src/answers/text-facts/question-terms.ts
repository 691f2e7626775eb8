/**
 * The words of a question a report's sentences are matched against: what is left of its asking
 * part (agency, years and question words already removed) once the asking words of the answer-type
 * table go, cut into jieba words (each with the report words it stands for) and character bigrams.
 */
import { ASKING_WORDS, SYNONYMS } from "../question/answer-type.ts";
import { tokenize } from "../search/bigram-tokenizer.ts";
import { segmentWords } from "../search/word-tokenizer.ts";

export interface Term {
  word: string;
  /** The word and the report words it stands for (编 → 编制, 编写). */
  forms: readonly string[];
}

export interface QuestionTerms {
  words: Term[];
  bigrams: string[];
}

// A lone character says little (的, 在, 用) unless the synonym table gives it report words (编).
const MIN_WORD_LENGTH = 2;

/** The terms of `query`, a question's asking part. */
export function questionTerms(query: string): QuestionTerms {
  let rest = query;
  for (const w of ASKING_WORDS) rest = rest.split(w).join(" ");
  const words = new Map<string, Term>();
  for (const chunk of rest.split(/\s+/).filter((c) => c.length > 0)) {
    for (const word of segmentWords(chunk)) {
      if (!/[\p{L}\p{N}]/u.test(word) || words.has(word)) continue;
      const forms = SYNONYMS[word] ?? (word.length >= MIN_WORD_LENGTH ? [word] : null);
      if (forms) words.set(word, { word, forms: forms.includes(word) || word.length < MIN_WORD_LENGTH ? forms : [word, ...forms] });
    }
  }
  return { words: [...words.values()], bigrams: [...new Set(tokenize(rest).filter((t) => t.length === 2))] };
}

/**
 * `terms` without the words that name the report itself (its agency, its title's 政府信息公开):
 * they say which report is asked, not which of its sentences answers.
 */
export function withoutReportNames(terms: QuestionTerms, names: string): QuestionTerms {
  return {
    words: terms.words.filter((t) => !t.forms.every((f) => names.includes(f))),
    bigrams: terms.bigrams.filter((b) => !names.includes(b)),
  };
}
