/**
 * The local web front: `GET /` (chat page), `POST /api/ask` (ask contract), `GET /healthz`
 * (`{ ok, load: { running, current: { kind, startedAt, done, total } | null, last } }`).
 */
import type { FastifyPluginAsync } from "fastify";
import type { AnswerEngine } from "../answers/answer.ts";
import type { LoadStatus } from "../corpus/load-status.ts";
import { answerJson } from "../answers/answer-json.ts";
import { askRequestSchema, type AskRequest } from "./ask-contract.ts";
import { CHAT_PAGE } from "./chat-page.ts";

export interface WebRoutesOptions {
  engine: AnswerEngine;
  /** Called once per answered question (the "questions answered" counter). */
  onQuestion?: () => Promise<void>;
  /** The corpus load status `/healthz` reports (none: no load is reported). */
  loadStatus?: () => LoadStatus;
}

export const webRoutes: FastifyPluginAsync<WebRoutesOptions> = async (app, options) => {
  app.get("/", async (_request, reply) => reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(CHAT_PAGE));

  // Healthy while a load runs: answers come from what the database holds.
  app.get("/healthz", async () => ({ ok: true, load: options.loadStatus?.() ?? { running: false, current: null, last: null } }));

  app.post<{ Body: AskRequest }>("/api/ask", { schema: { body: askRequestSchema }, bodyLimit: 16 * 1024 }, async (request) => {
    const { question, chat } = request.body;
    const answer = await options.engine.ask(`web:${chat ?? "default"}`, question.trim());
    await options.onQuestion?.();
    return answerJson(answer);
  });
};
