/**
 * A Telegram bot over the fake Bot API for tests: no admins, every update claimed, admin actions
 * that do nothing. `deps` replaces any of these (an engine that fails, a limiter, admins …).
 */
import type { Bot } from "grammy";
import { createBot, type BotDeps } from "../../src/bot/telegram/create-bot.ts";
import type { AnswerEngine } from "../../src/answers/answer.ts";
import { recordingLog } from "./seeded-engine.ts";
import { BOT_INFO } from "./telegram-updates.ts";

export function plainBot(apiRoot: string, engine: AnswerEngine, deps: Partial<BotDeps> = {}): Bot {
  return createBot({
    token: "123:abc",
    apiRoot,
    botInfo: BOT_INFO,
    engine,
    claimUpdate: async () => true,
    adminIds: [],
    admin: { reload: async () => "", stats: async () => "", upload: async () => "" },
    log: recordingLog(),
    ...deps,
  });
}
