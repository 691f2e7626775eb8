/**
 * The reminder commands as chat text, shared by Telegram (`/subscribe 凉州区`) and WeChat
 * (`订阅 凉州区`): recognising them and answering them with plain text.
 */
import { deadlinesText, missingReportsText } from "./messages.ts";
import {
  subscribedText,
  subscriptionsText,
  unfollowedText,
  unsubscribedText,
  type CommandWords,
  type SubscriptionReplyContext,
} from "./subscription-replies.ts";
import type { Reminders } from "./reminders.ts";
import { channelOf, parseSubscriptionFilters } from "./subscription.ts";

export type ReminderCommand = "subscribe" | "unsubscribe" | "subscriptions" | "deadlines" | "missing";

/** Telegram command names of each reminder command. */
export const TELEGRAM_COMMANDS: Readonly<Record<ReminderCommand, string>> = {
  subscribe: "subscribe",
  unsubscribe: "unsubscribe",
  subscriptions: "subscriptions",
  deadlines: "deadlines",
  missing: "missing",
};

// Longest first, so 我的订阅 is not read as 订阅.
const CHINESE_COMMANDS: ReadonlyArray<[string, ReminderCommand]> = [
  ["我的订阅", "subscriptions"],
  ["取消订阅", "unsubscribe"],
  ["截止日期", "deadlines"],
  ["未报送", "missing"],
  ["未公布", "missing"],
  ["订阅", "subscribe"],
  ["退订", "unsubscribe"],
];

/** The Chinese word of each command that replies suggest. */
const CHINESE_WORDS: CommandWords = { subscribe: "订阅", unsubscribe: "退订", deadlines: "截止日期" };

/** The words a chat types for the commands: Telegram's slash commands, or the Chinese words elsewhere. */
export function commandWords(chatId: string): CommandWords {
  if (channelOf(chatId) === "tg") {
    const slash = (command: ReminderCommand) => `/${TELEGRAM_COMMANDS[command]}`;
    return { subscribe: slash("subscribe"), unsubscribe: slash("unsubscribe"), deadlines: slash("deadlines") };
  }
  return CHINESE_WORDS;
}

/** Recognises a message that starts with a Chinese reminder command word (订阅 / 退订 / 我的订阅 / 截止日期 / 未报送). */
export function parseChineseReminderCommand(text: string): { command: ReminderCommand; args: string } | null {
  const trimmed = text.trim();
  for (const [word, command] of CHINESE_COMMANDS) {
    if (trimmed === word || trimmed.startsWith(`${word} `) || trimmed.startsWith(`${word}　`)) {
      return { command, args: trimmed.slice(word.length).trim() };
    }
  }
  return null;
}

/** Reads `<地区或机关> [年份]`: a four-digit year (optionally 年/年度) anywhere among the words. */
export function parseMissingArgs(args: string): { place: string | null; year: number | null } {
  let year: number | null = null;
  const words: string[] = [];
  for (const word of args.split(/\s+/u).filter((w) => w.length > 0)) {
    const match = /^((?:19|20)\d{2})(?:年度?)?$/u.exec(word);
    if (match) year = Number(match[1]);
    else words.push(word);
  }
  return { place: words.length > 0 ? words.join("") : null, year };
}

/** Carries out a reminder command for a chat (`tg:<id>` / `wx:<openid>`) and returns the reply. */
export async function answerReminderCommand(
  reminders: Reminders,
  chatId: string,
  command: ReminderCommand,
  args: string,
  now: Date,
): Promise<string> {
  const context: SubscriptionReplyContext = {
    calendar: reminders.calendar,
    delivery: reminders.delivery(chatId),
    words: commandWords(chatId),
  };
  switch (command) {
    case "subscribe": {
      const { subscription, created } = await reminders.subscribe(chatId, parseSubscriptionFilters(args));
      return subscribedText(subscription, created, context);
    }
    case "unsubscribe": {
      const { follows } = parseSubscriptionFilters(args);
      if (follows.length > 0) return unfollowedText(await reminders.unfollow(chatId, follows), reminders.calendar);
      return unsubscribedText(await reminders.unsubscribe(chatId));
    }
    case "subscriptions":
      return subscriptionsText(await reminders.subscriptions(chatId), context);
    case "deadlines":
      return deadlinesText(reminders.calendar, reminders.upcomingDeadlines(now));
    case "missing": {
      const { place, year } = parseMissingArgs(args);
      return missingReportsText(await reminders.missing(place, year ?? undefined));
    }
  }
}
