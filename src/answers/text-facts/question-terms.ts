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
  /** The noun the question asks about (地市 of 哪些地市, 地市有哪些): what tells apart sentences alike in the rest. */
  head?: boolean;
}

export interface QuestionTerms {
  words: Term[];
  bigrams: string[];
}

// A lone character says little (的, 在, 用) unless the synonym table gives it report words (编).
const MIN_WORD_LENGTH = 2;

/** The terms of `query`, a question's asking part, its head read from the whole `question`. */
export function questionTerms(query: string, question = query): QuestionTerms {
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
  const head = askedHead(question);
  return {
    words: [...words.values()].map((t) => (t.word === head ? { ...t, head: true } : t)),
    bigrams: [...new Set(tokenize(rest).filter((t) => t.length === 2))],
  };
}

// Which one, at the question's end: the noun after it (有哪些地市), else the one before what asks it (地市有哪些).
const WHICH = /哪些|哪个|哪家|什么/u;
const BEFORE_WHICH = /(?:都|还|主要|分别|具体)?(?:有|是|包括|为)$/u;
const END_MARKS = /[\s?？。.!！]+$/u;

/**
 * The noun a question asks which of (地市 of 哪些地市 and of 地市有哪些), or null. Asked mid-question
 * (通过哪个网上平台回应…) the words after it run on past the noun, so none is taken.
 */
function askedHead(question: string): string | null {
  const m = WHICH.exec(question);
  if (!m) return null;
  const after = segmentWords(question.slice(m.index + m[0].length).replace(END_MARKS, "").trim());
  if (after.length === 1) return noun(after[0]!);
  if (after.length > 0 || !BEFORE_WHICH.test(question.slice(0, m.index))) return null;
  const before = segmentWords(question.slice(0, m.index).replace(BEFORE_WHICH, "").trim()).at(-1);
  return before === undefined ? null : noun(before);
}

function noun(word: string): string | null {
  return word.length >= MIN_WORD_LENGTH && /^\p{Script=Han}+$/u.test(word) ? word : null;
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
