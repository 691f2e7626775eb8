/**
 * The reminder commands as chat text, shared by Telegram (`/subscribe 凉州区`) and WeChat
 * (`订阅 凉州区`): recognising them and answering them with plain text, plus the entries a reply
 * offers to end one by one (Telegram shows them as buttons).
 */
import { readYear } from "../text/numbers.ts";
import { commandWords, type ReminderCommand } from "./command-words.ts";
import { deadlinesText, missingReportsText } from "./messages.ts";
import {
  entryLabel,
  refusalLine,
  subscribedText,
  subscriptionsText,
  unfollowedText,
  unsubscribedText,
  type SubscriptionReplyContext,
} from "./subscription-replies.ts";
import type { Reminders } from "./reminders.ts";
import { parseSubscriptionFilters } from "./subscription.ts";

export { TELEGRAM_COMMANDS, commandWords, type ReminderCommand } from "./command-words.ts";

/** A reply to a reminder command: its text and the entries it offers to end, one button each. */
export interface ReminderReply {
  text: string;
  unfollowButtons: Array<{ label: string; entryId: number }>;
}

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

// A year written 2022, 二〇二二 or 二零二二, with or without 年/年度, apart or attached to the place.
const YEAR = /(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])(?:年度|年)?|([〇零一二三四五六七八九]{4})(?:年度|年)?/gu;

/** Reads `<地区或机构> [年份]`: a year in digits or Chinese numerals anywhere among the words. */
export function parseMissingArgs(args: string): { place: string | null; year: number | null } {
  let year: number | null = null;
  const rest = args.replace(YEAR, (whole: string, digits?: string, chinese?: string) => {
    const read = readYear(digits ?? chinese ?? "");
    if (read === null) return whole;
    year = read;
    return " ";
  });
  const place = rest.split(/\s+/u).filter((w) => w.length > 0).join("");
  return { place: place.length > 0 ? place : null, year };
}

/** Carries out a reminder command for a chat (`tg:<id>` / `wx:<openid>`) and returns the reply. */
export async function answerReminderCommand(
  reminders: Reminders,
  chatId: string,
  command: ReminderCommand,
  args: string,
  now: Date,
): Promise<ReminderReply> {
  const context: SubscriptionReplyContext = {
    calendar: reminders.calendar,
    delivery: reminders.delivery(chatId),
    words: commandWords(chatId),
  };
  const plain = (text: string): ReminderReply => ({ text, unfollowButtons: [] });
  switch (command) {
    case "subscribe":
      return plain(subscribedText(await reminders.subscribe(chatId, parseSubscriptionFilters(args)), context));
    case "unsubscribe": {
      const { follows } = parseSubscriptionFilters(args);
      if (follows.length > 0) return plain(unfollowedText(await reminders.unfollow(chatId, follows), reminders.calendar));
      return plain(unsubscribedText(await reminders.unsubscribe(chatId)));
    }
    case "subscriptions": {
      const subscription = await reminders.subscriptions(chatId);
      return {
        text: subscriptionsText(subscription, context),
        unfollowButtons: (subscription?.entries ?? []).map((entry) => ({ label: `退订 ${entryLabel(entry)}`, entryId: entry.id })),
      };
    }
    case "deadlines":
      return plain(deadlinesText(reminders.calendar, reminders.upcomingDeadlines(now)));
    case "missing": {
      const { place, year } = parseMissingArgs(args);
      const outcome = await reminders.missing(place, year ?? undefined);
      return plain(outcome.kind === "listing" ? missingReportsText(outcome.result) : refusalLine(outcome.refused));
    }
  }
}
