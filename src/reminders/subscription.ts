/**
 * A chat's subscription to filing-season reminders. Chat ids are namespaced by channel:
 * `tg:<chat id>` for Telegram, `wx:<openid>` for WeChat.
 */

/** Which deadline a subscription follows; null follows both. */
export type SubscriptionKind = "departments" | "governments";

export interface Subscription {
  chatId: string;
  kind: SubscriptionKind | null;
  /** Agencies or places (凉州区, 武威市财政局) whose filings the chat follows; empty follows none in particular. */
  follows: string[];
  /** ISO instant the chat first subscribed. */
  createdAt: string;
}

/** What a chat asked for with `/subscribe …` or `订阅 …`. */
export interface SubscriptionFilters {
  /** The deadline to follow; "both" when both were named, null when none was (an existing choice stays). */
  kind: SubscriptionKind | "both" | null;
  /** Added to what the chat already follows. */
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

/** The first of `follows` contained in one of an agency's names (its own, or its places), or null. */
export function followsAgency(follows: readonly string[], agencyNames: readonly string[]): string | null {
  for (const follow of follows) {
    if (agencyNames.some((name) => name.includes(follow))) return follow;
  }
  return null;
}
