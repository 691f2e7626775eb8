/**
 * What a chat asks to follow with `/subscribe …` or `订阅 …`, and the channel a chat id names
 * (`tg:<chat id>` for Telegram, `wx:<openid>` for WeChat).
 */
import type { SubscriptionKind } from "../domain/subscription.ts";


/** What a chat asked for with `/subscribe …` or `订阅 …`. */
export interface SubscriptionFilters {
  /** The deadline to follow; "both" when both were named or none was. */
  kind: SubscriptionKind | "both" | null;
  /** Agencies or places as typed, each to be resolved; empty follows every agency. */
  follows: string[];
}

export type Channel = "tg" | "wx";

const KIND_WORDS: Record<string, SubscriptionKind> = {
  部门: "departments",
  departments: "departments",
  政府: "governments",
  governments: "governments",
};

/**
 * Reads the words after the command: 部门 / 政府 choose a deadline (both, or neither, mean both);
 * anything else is an agency or place to follow. Words split on spaces and Chinese or Latin commas.
 */
export function parseSubscriptionFilters(text: string): SubscriptionFilters {
  const words = text.split(/[\s,，、;；]+/u).filter((word) => word.length > 0);
  const kinds = new Set<SubscriptionKind>();
  const follows: string[] = [];
  for (const word of words) {
    const kind = KIND_WORDS[word.toLowerCase()];
    if (kind) kinds.add(kind);
    else if (!follows.includes(word)) follows.push(word);
  }
  const [only] = kinds;
  return { kind: kinds.size === 2 ? "both" : (only ?? null), follows };
}

export function channelOf(chatId: string): Channel | null {
  if (chatId.startsWith("tg:")) return "tg";
  if (chatId.startsWith("wx:")) return "wx";
  return null;
}

/** The chat id without its channel prefix, as the platform knows it. */
export function platformChatId(chatId: string): string {
  return chatId.slice(chatId.indexOf(":") + 1);
}
