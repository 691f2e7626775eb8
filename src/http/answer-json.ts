/**
 * The JSON shape of an answer that scripts read (`npm run ask -- --json`, `POST /api/ask`): status, text, the
 * understood agency and year, figures, citations without store offsets, candidates, and derived
 * figures and figure choices when there are any.
 */
import type { Answer, Candidate, DerivedFigure, FigureChoice } from "../answers/answer.ts";

export interface AnswerJson {
  status: Answer["status"];
  text: string;
  agency: string | null;
  year: number | null;
  figures: { metric: string; label: string; value: number; unit: string; approximate: boolean }[];
  citations: { agency: string | null; year: number | null; title: string; source: string; url: string | null; section: string; quote: string }[];
  candidates: Candidate[];
  /** Numbers computed from two of `figures` with their operands; present only when the answer has any. */
  derived?: DerivedFigure[];
  /** Figures ranked close behind the answer's, which a caller may offer to pick; present only when there are any. */
  choices?: FigureChoice[];
}

export function answerJson(a: Answer): AnswerJson {
  return {
    status: a.status,
    text: a.text,
    agency: a.agency,
    year: a.year,
    figures: a.figures.map(({ metric, label, value, unit, approximate }) => ({ metric, label, value, unit, approximate })),
    citations: a.citations.map(({ agency, year, title, source, url, section, quote }) => ({ agency, year, title, source, url, section, quote })),
    candidates: a.candidates,
    ...(a.derived ? { derived: a.derived } : {}),
    ...(a.choices ? { choices: a.choices } : {}),
  };
}
