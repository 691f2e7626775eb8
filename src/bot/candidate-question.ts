/** The question that picks one candidate (an agency, a year) of an earlier answer, naming its subject itself. */
import type { Candidate } from "../answers/answer.ts";

// Years as people write them, so a picked candidate's year replaces the one asked.
const YEAR_MENTION = /(?:19|20)\d{2}\s*年度?|[〇零一二三四五六七八九]{4}\s*年度?|[去今前]年/gu;

/**
 * `question` asked again for `candidate`: the candidate named first, with its year; `replaced` (a
 * name the corpus does not hold, which the candidate is a near match for) is taken out.
 */
export function candidateQuestion(candidate: Pick<Candidate, "agency" | "year">, question: string, replaced: string | null = null): string {
  const named = replaced ? question.replace(replaced, "") : question;
  const rest = candidate.year ? named.replace(YEAR_MENTION, "") : named;
  return `${candidate.agency}${candidate.year ? `${candidate.year}年` : ""} ${rest.trim()}`;
}
