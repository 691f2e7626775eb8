/** The reminder commands and the words each channel types for them. */
import { channelOf } from "./subscription.ts";

/** A channel's words for the reminder commands: `/unsubscribe` on Telegram, `退订` on WeChat. */
export interface CommandWords {
  subscribe: string;
  unsubscribe: string;
  subscriptions: string;
  deadlines: string;
}

export type ReminderCommand = "subscribe" | "unsubscribe" | "subscriptions" | "deadlines" | "missing";

/** Telegram command names of each reminder command. */
export const TELEGRAM_COMMANDS: Readonly<Record<ReminderCommand, string>> = {
  subscribe: "subscribe",
  unsubscribe: "unsubscribe",
  subscriptions: "subscriptions",
  deadlines: "deadlines",
  missing: "missing",
};

/** The Chinese word of each command that replies suggest. */
const CHINESE_WORDS: CommandWords = { subscribe: "订阅", unsubscribe: "退订", subscriptions: "我的订阅", deadlines: "截止日期" };

/** The words a chat types for the commands: Telegram's slash commands, or the Chinese words elsewhere. */
export function commandWords(chatId: string): CommandWords {
  if (channelOf(chatId) === "tg") {
    const slash = (command: ReminderCommand) => `/${TELEGRAM_COMMANDS[command]}`;
    return {
      subscribe: slash("subscribe"),
      unsubscribe: slash("unsubscribe"),
      subscriptions: slash("subscriptions"),
      deadlines: slash("deadlines"),
    };
  }
  return CHINESE_WORDS;
}

/** A command as a reply names it: a slash command after a space (so Telegram links it), a word in quotes. */
export function commandRef(word: string): string {
  return word.startsWith("/") ? ` ${word}` : `“${word}”`;
}

/** How to end all subscriptions or one of them, in the chat's own command words. */
export function unsubscribeHint(words: CommandWords): string {
  const one = words.subscriptions.startsWith("/")
    ? `只退订其中一项，请发送${commandRef(words.subscriptions)} 后按“退订”按钮`
    : `只退订其中一项，请发送“${words.unsubscribe} 名称”`;
  return `全部退订请发送${commandRef(words.unsubscribe)}；${one}。`;
}
