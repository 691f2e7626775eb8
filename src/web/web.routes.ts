/**
 * The local web front: `GET /` (chat page), `POST /api/ask` (ask contract), `POST /api/choose` (a
 * figure an answer offered as a choice), `GET /healthz`
 * (`{ ok, load: { running, current: { kind, startedAt, done, total } | null, last } }`).
 */
import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { AnswerEngine } from "../answers/answer.ts";
import type { LoadStatus } from "../corpus/load-status.ts";
import { answerJson } from "../http/answer-json.ts";
import { createRateLimiter, type RateLimiter } from "../http/rate-limiter.ts";
import { askRequestSchema, chooseRequestSchema, type AskRequest, type ChooseRequest } from "./ask-contract.ts";
import { CHAT_PAGE } from "./chat-page.ts";

export interface WebRoutesOptions {
  engine: AnswerEngine;
  /** Called once per answered question (the "questions answered" counter). */
  onQuestion?: () => Promise<void>;
  /** The corpus load status `/healthz` reports (none: no load is reported). */
  loadStatus?: () => LoadStatus;
  /** Per-client limit of `POST /api/ask`, keyed by IP (default 60 a minute). */
  askLimiter?: RateLimiter;
}

export const webRoutes: FastifyPluginAsync<WebRoutesOptions> = async (app, options) => {
  app.get("/", async (_request, reply) => reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(CHAT_PAGE));

  // Healthy while a load runs: answers come from what the database holds.
  app.get("/healthz", async () => ({ ok: true, load: options.loadStatus?.() ?? { running: false, current: null, last: null } }));

  const limiter = options.askLimiter ?? createRateLimiter();
  // Counted before the body is read: a client over its limit costs no parsing.
  const limitAsk = async (request: FastifyRequest, reply: FastifyReply) => {
    const decision = limiter.take(request.ip);
    if (decision.allowed) return;
    return reply
      .code(429)
      .header("retry-after", String(decision.retryAfterSeconds))
      .send({ error: `too many questions: at most ${limiter.limit} per ${limiter.windowMs / 1000} s from one client; retry in ${decision.retryAfterSeconds} s` });
  };

  app.post<{ Body: AskRequest }>("/api/ask", { schema: { body: askRequestSchema }, bodyLimit: 16 * 1024, onRequest: limitAsk }, async (request) => {
    const { question, chat } = request.body;
    // Without a chat id a question stands alone: a shared default chat would cross strangers' follow-ups.
    const answer = await options.engine.ask(`web:${chat ?? `once-${randomUUID()}`}`, question.trim());
    await options.onQuestion?.();
    return answerJson(answer);
  });

  app.post<{ Body: ChooseRequest }>("/api/choose", { schema: { body: chooseRequestSchema }, bodyLimit: 1024, onRequest: limitAsk }, async (request, reply) => {
    const { report, figure, chat } = request.body;
    const answer = await options.engine.figure(`web:${chat ?? `once-${randomUUID()}`}`, report, figure);
    if (!answer) return reply.code(404).send({ error: "这份报告已不在库中，请重新提问。" });
    await options.onQuestion?.();
    return answerJson(answer);
  });
};
