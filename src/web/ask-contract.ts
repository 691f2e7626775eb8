/**
 * The ask contract of `POST /api/ask` and `POST /api/choose`: the schemas of their requests here;
 * both answer with the JSON shape `answerJson` gives (`src/http/answer-json.ts`), the one
 * `npm run ask -- --json` prints.
 */

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

/** JSON schema of a choice picked (`POST /api/choose`): the report and figure key an answer's `choices` entry names. */
export const chooseRequestSchema = {
  type: "object",
  required: ["report", "figure"],
  additionalProperties: false,
  properties: {
    report: { type: "integer", minimum: 1 },
    figure: { type: "string", minLength: 1, maxLength: 32, pattern: "^[A-Za-z0-9]+$" },
    chat: { type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" },
  },
} as const;

export interface ChooseRequest {
  report: number;
  figure: string;
  chat?: string;
}
