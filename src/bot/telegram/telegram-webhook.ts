/**
 * `POST /telegram`: the webhook endpoint. The `X-Telegram-Bot-Api-Secret-Token` header is checked
 * in constant time (401 otherwise); the update is acknowledged at once with 200 and handled in the
 * background, so a slow or failing handler never makes Telegram re-send it.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyPluginAsync } from "fastify";
import type { Update } from "./grammy.ts";

export interface TelegramWebhookOptions {
  secret: string;
  /** Handles one update; never awaited by the request. */
  dispatch(update: Update): void;
}

export const telegramWebhook: FastifyPluginAsync<TelegramWebhookOptions> = async (app, options) => {
  const expected = digest(options.secret);
  app.post("/telegram", { bodyLimit: 1024 * 1024 }, async (request, reply) => {
    const given = request.headers["x-telegram-bot-api-secret-token"];
    if (typeof given !== "string" || !timingSafeEqual(digest(given), expected)) {
      request.log.warn("telegram webhook with a wrong secret");
      return reply.code(401).send({ error: "unauthorized" });
    }
    const update = request.body as Update | null;
    if (!update || typeof update !== "object" || typeof update.update_id !== "number") {
      return reply.code(400).send({ error: "not an update" });
    }
    options.dispatch(update);
    return reply.code(200).send({ ok: true });
  });
};

// Comparing fixed-length digests keeps the comparison constant-time whatever the header's length.
function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
