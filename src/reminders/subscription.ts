/**
 * A chat's subscription to filing-season reminders. Chat ids are namespaced by channel:
 * `tg:<chat id>` for Telegram, `wx:<openid>` for WeChat.
 */

/** Which deadline a subscription follows; null follows both. */
export type SubscriptionKind = "departments" | "governments";

/**
 * What an entry follows: one agency (by its catalogue name), the agencies of a place, or a name
 * as typed before names were resolved (resolved when used).
 */
export interface FollowRef {
  scope: "agency" | "place" | "name";
  name: string;
}

/** One subscription of a chat: a deadline choice and what it follows (null: every agency). */
export interface SubscriptionEntry {
  id: number;
  kind: SubscriptionKind | null;
  follows: FollowRef | null;
  /** ISO instant the entry was made. */
  createdAt: string;
}

/** A chat's subscriptions, oldest first. */
export interface Subscription {
  chatId: string;
  entries: SubscriptionEntry[];
  /** ISO instant of the chat's first entry. */
  createdAt: string;
}

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
