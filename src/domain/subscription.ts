/**
 * A chat's subscription to filing-season reminders, as the reminders and the store both know it.
 * Chat ids are namespaced by channel: `tg:<chat id>` for Telegram, `wx:<openid>` for WeChat.
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
