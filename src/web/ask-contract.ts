/** The JSON shape `POST /api/ask` answers with (the "ask contract") and the schema of its request. */
import type { Answer } from "../answers/answer.ts";

export interface AskResponse {
  status: Answer["status"];
  text: string;
  agency: string | null;
  year: number | null;
  figures: Array<{ metric: string; label: string; value: number; unit: string; approximate: boolean }>;
  citations: Array<{ agency: string | null; year: number | null; title: string; source: string; url: string | null; section: string; quote: string }>;
  candidates: Answer["candidates"];
}

/** JSON schema of the request body: a question of 1-500 characters and an optional chat id of the caller's choosing. */
export const askRequestSchema = {
  type: "object",
  required: ["question"],
  additionalProperties: false,
  properties: {
    question: { type: "string", minLength: 1, maxLength: 500, pattern: "\\S" },
    chat: { type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" },
  },
} as const;

export interface AskRequest {
  question: string;
  chat?: string;
}

export function toAskResponse(answer: Answer): AskResponse {
  return {
    status: answer.status,
    text: answer.text,
    agency: answer.agency,
    year: answer.year,
    figures: answer.figures.map(({ metric, label, value, unit, approximate }) => ({ metric, label, value, unit, approximate })),
    citations: answer.citations.map(({ agency, year, title, source, url, section, quote }) => ({ agency, year, title, source, url, section, quote })),
    candidates: answer.candidates,
  };
}
