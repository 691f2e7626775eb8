/**
 * The kind of answer a text question asks for (a phone number, an address, a person, a date, a
 * name in quotes, a list, yes or no, a free phrase), read from the cue table in
 * `data/answer-types.json`.
 */
import table from "../../../data/answer-types.json" with { type: "json" };

export type AnswerTypeId =
  | "phone"
  | "fax"
  | "email"
  | "web"
  | "postcode"
  | "address"
  | "issued"
  | "period"
  | "person"
  | "author"
  | "publisher"
  | "office"
  | "place"
  | "parent_place"
  | "date"
  | "ordinal"
  | "year"
  | "own_doc_number"
  | "doc_number"
  | "index_number"
  | "parts"
  | "steps"
  | "frequency"
  | "document"
  | "former_name"
  | "short_name"
  | "reason"
  | "request"
  | "named"
  | "focus"
  | "honor"
  | "either"
  | "yes_no"
  | "list"
  | "phrase";

export interface AnswerType {
  id: AnswerTypeId;
  /** Asked whatever measure the question also names; weak types only when it names none. */
  strong: boolean;
  /** Asked even though the question names a measure word, which its own cue holds (几个部分). */
  countable: boolean;
  /** What replies call the answer (联系电话); empty for yes/no, lists and phrases. */
  subject: string;
  /** Words that mark the answering sentence of a report. */
  labels: string[];
  /** The clause holding a label is the answer itself (,因不掌握相关政府信息 of 为什么无法提供), not only a tie-break. */
  labelledClause: boolean;
}

interface TypeRow {
  id: string;
  strong: boolean;
  countable?: boolean;
  labelledClause?: boolean;
  subject: string;
  cues: string[];
  labels: string[];
}

const types = (table.types as TypeRow[]).map((t) => ({
  type: { id: t.id as AnswerTypeId, strong: t.strong, countable: t.countable === true, subject: t.subject, labels: t.labels, labelledClause: t.labelledClause === true } satisfies AnswerType,
  cues: t.cues.map((c) => new RegExp(c, "u")),
}));

/** Words dropped from a question before its words are matched against a report's sentences. */
export const ASKING_WORDS: readonly string[] = [...table.askingWords].sort((a, b) => b.length - a.length);

/** Report words a question word stands for (编 → 编制, 编写). */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = table.synonyms;

/** Labels of every type, for telling whose label stands before a number (电话 or 传真). */
export const ALL_LABELS: ReadonlyMap<string, AnswerTypeId> = new Map(types.flatMap((t) => t.type.labels.map((l) => [l, t.type.id] as const)));

const TRAILING_ASIDE = /(?:[（(][^（）()]*[）)]|\d{2,4}(?:年度?)?(?:年报|报告|报)?|[？?。.!！\s])+$/u;

/**
 * The answer type `text` (a question's matching form) asks for, or null: the type of the longest
 * cue found in it, the table's order breaking ties.
 */
export function askedAnswerType(text: string): AnswerType | null {
  // An aside closing the question (电话(2019年报), its brackets already gone from the matching form),
  // its year or its mark stands after what it asks for.
  const asked = text.replace(TRAILING_ASIDE, "");
  let best: AnswerType | null = null;
  let bestLength = 0;
  for (const { type, cues } of types) {
    for (const cue of cues) {
      const m = cue.exec(asked);
      if (m && m[0].length > bestLength) {
        best = type;
        bestLength = m[0].length;
      }
    }
  }
  return best;
}
