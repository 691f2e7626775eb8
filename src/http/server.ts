/**
 * The HTTP server every front shares: the web chat and API, the WeChat endpoint and the Telegram
 * webhook when configured, and one error handler. Built separately from `listen` so tests can
 * `inject` or listen on a port of their own.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { AnswerEngine } from "../answers/answer.ts";
import type { LoadStatus } from "../corpus/load-status.ts";
import type { RateLimiter } from "./rate-limiter.ts";
import { telegramWebhook, type TelegramWebhookOptions } from "../bot/telegram/telegram-webhook.ts";
import { wechatPlugin, type WechatPluginOptions } from "../bot/wechat/wechat.plugin.ts";
import { webRoutes } from "../web/web.routes.ts";

export interface ServerDeps {
  engine: AnswerEngine;
  onQuestion?: () => Promise<void>;
  /** What the corpus is loading, reported by `/healthz`. */
  loadStatus?: () => LoadStatus;
  /** Per-client limit of `POST /api/ask` (default 60 a minute per IP). */
  askLimiter?: RateLimiter;
  /** The WeChat endpoint at `/wechat`, when that front is on. */
  wechat?: WechatPluginOptions | null;
  /** The Telegram webhook at `/telegram`, when the bot runs in webhook mode. */
  telegram?: TelegramWebhookOptions | null;
  /** Fastify logger option (default off). */
  logger?: FastifyServerOptions["logger"];
}

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // Validate as written: no type coercion, and unknown fields refused rather than silently dropped.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
  });

  app.setErrorHandler((error: { statusCode?: number; validation?: unknown; message: string }, request, reply) => {
    const status = error.validation ? 400 : error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, "request failed");
    else request.log.warn({ status, reason: error.message }, "request refused");
    return reply.code(status).send({ error: status >= 500 ? "internal error" : error.message });
  });

  await app.register(webRoutes, {
    engine: deps.engine,
    ...(deps.onQuestion ? { onQuestion: deps.onQuestion } : {}),
    ...(deps.loadStatus ? { loadStatus: deps.loadStatus } : {}),
    ...(deps.askLimiter ? { askLimiter: deps.askLimiter } : {}),
  });
  if (deps.wechat) await app.register(wechatPlugin, deps.wechat);
  if (deps.telegram) await app.register(telegramWebhook, deps.telegram);
  return app;
}
