/** The one place the Telegram front imports grammY and its plugins from. */
export { Bot, Composer, Context, GrammyError, HttpError, InlineKeyboard } from "grammy";
export type { BotConfig, NextFunction, Transformer } from "grammy";
export type { Update, UserFromGetMe, BotCommand, BotCommandScope, LanguageCode } from "grammy/types";
export { autoRetry } from "@grammyjs/auto-retry";
