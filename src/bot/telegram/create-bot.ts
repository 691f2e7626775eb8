/**
 * The Telegram bot: update de-duplication, an error boundary, a per-user rate limit, and the
 * feature Composers. Bounded auto-retry handles 429 `retry_after`, 5xx and network errors; a 403
 * (bot blocked) is not retried, and no API call, retries included, outlasts its deadline.
 */
import type { AnswerEngine } from "../../answers/answer.ts";
import { createRateLimiter, type RateLimiter } from "../../http/rate-limiter.ts";
import { apiDeadline } from "./api-deadline.ts";
import { ADMIN_COMMANDS, publicCommands } from "./bot-commands.ts";
import { QuestionMemo } from "./callback-data.ts";
import { adminFeature, type AdminActions } from "./features/admin.ts";
import { askFeature } from "./features/ask.ts";
import { inlineFeature } from "./features/inline.ts";
import { mediaFeature } from "./features/media.ts";
import { reportsFeature } from "./features/reports.ts";
import { startFeature } from "./features/start.ts";
import { createRateGate, TOO_FAST_TEXT } from "./rate-gate.ts";
import { autoRetry, Bot, GrammyError, type Composer, type Context, type UserFromGetMe } from "./grammy.ts";

/** What the bot logs through (a pino-style logger such as Fastify's). */
export interface BotLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface BotDeps {
  token: string;
  /** Bot API root (`https://api.telegram.org`, or a fake in tests). */
  apiRoot: string;
  /** Known bot identity; fetched with getMe on start when absent. */
  botInfo?: UserFromGetMe;
  engine: AnswerEngine;
  /** True the first time `key` is claimed (`tg:<update_id>`), false for a duplicate delivery. */
  claimUpdate(key: string): Promise<boolean>;
  adminIds: readonly number[];
  admin: AdminActions;
  /** Records when a chat last wrote (the reminders' chat activity; /stats counts chats from it). */
  recordInbound?: (chatId: string, at: Date) => Promise<void>;
  /** The reminders commands (/subscribe …), when reminders run. */
  subscriptions?: Composer<Context>;
  /** Called once per answered question. */
  onQuestion?: () => Promise<void>;
  log: BotLog;
  /** Updates per user and window (default: the HTTP fronts' 60 a minute); past it, one notice to wait. */
  limiter?: RateLimiter;
  /** Bounds of auto-retry (defaults: wait at most 30 s per retry, 3 retries, 120 s per call with its retries). */
  retry?: { maxDelaySeconds?: number; maxRetryAttempts?: number; callDeadlineMs?: number };
}

export const APOLOGY_TEXT = "抱歉，处理时出错了，请稍后再试。";

export const UNKNOWN_COMMAND_TEXT = "没有这个命令。发送 /help 查看可用的命令，或直接发问题。";

export function createBot(deps: BotDeps): Bot {
  const bot = new Bot(deps.token, { client: { apiRoot: deps.apiRoot }, ...(deps.botInfo ? { botInfo: deps.botInfo } : {}) });
  const retry = { maxDelaySeconds: 30, maxRetryAttempts: 3, callDeadlineMs: 120_000, ...deps.retry };
  bot.api.config.use(autoRetry({ maxDelaySeconds: retry.maxDelaySeconds, maxRetryAttempts: retry.maxRetryAttempts }));
  bot.api.config.use(apiDeadline(retry.callDeadlineMs));

  bot.use(async (ctx, next) => {
    if (!(await deps.claimUpdate(`tg:${ctx.update.update_id}`))) {
      deps.log.info({ updateId: ctx.update.update_id }, "duplicate telegram update skipped");
      return;
    }
    await next();
  });

  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      deps.log.error({ err: error, updateId: ctx.update.update_id }, "telegram update failed");
      // A chat that blocked the bot cannot read an apology either.
      const blocked = error instanceof GrammyError && error.error_code === 403;
      if (ctx.chat && !blocked) await ctx.reply(APOLOGY_TEXT).catch(() => undefined);
    }
  });

  const gate = createRateGate(deps.limiter ?? createRateLimiter());
  bot.use(async (ctx, next) => {
    const verdict = ctx.from ? gate.take(ctx.from.id) : "pass";
    if (verdict === "pass") return next();
    deps.log.info({ userId: ctx.from?.id, updateId: ctx.update.update_id }, "telegram update over the rate limit");
    if (verdict === "drop") return;
    // One notice where the user looks: the chat, or the button's alert.
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: TOO_FAST_TEXT });
    else if (ctx.chat) await ctx.reply(TOO_FAST_TEXT);
  });

  if (deps.recordInbound) {
    const record = deps.recordInbound;
    bot.use(async (ctx, next) => {
      if (ctx.chat) await record(`tg:${ctx.chat.id}`, new Date());
      await next();
    });
  }

  const memo = new QuestionMemo();
  bot.use(startFeature({ commands: publicCommands(deps.subscriptions !== undefined), adminCommands: ADMIN_COMMANDS, adminIds: deps.adminIds }));
  bot.use(reportsFeature({ engine: deps.engine, memo }));
  bot.use(adminFeature({ adminIds: deps.adminIds, actions: deps.admin, apiRoot: deps.apiRoot }));
  if (deps.subscriptions) bot.use(deps.subscriptions);
  bot.use(askFeature({ engine: deps.engine, memo, ...(deps.onQuestion ? { onQuestion: deps.onQuestion } : {}) }));
  bot.use(inlineFeature({ engine: deps.engine, ...(deps.onQuestion ? { onQuestion: deps.onQuestion } : {}) }));
  bot.use(mediaFeature());
  bot.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: "这个按钮已失效，请重新提问。" }));
  // Only in private chats: in a group the command may be meant for another bot.
  bot.chatType("private").on("message:text", (ctx) => ctx.reply(UNKNOWN_COMMAND_TEXT));

  bot.catch((error) => deps.log.error({ err: error.error, updateId: error.ctx.update.update_id }, "telegram update failed"));
  return bot;
}
