/**
 * The ask contract of `POST /api/ask`: the schema of its request here; it answers with the JSON
 * shape `answerJson` gives (`src/http/answer-json.ts`), the one `npm run ask -- --json` prints.
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
