/**
 * How reminders reach a chat: one notifier per channel (Telegram, WeChat). A notifier sends one
 * message (plain text, or its richer form where the channel has one) and says what happened as a
 * value; it never throws for a refused send.
 */

/** What happened to one send. */
export type SendOutcome =
  | { status: "sent" }
  /** The chat blocked the bot or no longer exists: the subscription ends. */
  | { status: "gone"; detail: string }
  /** The platform does not let us push to this chat now (outside WeChat's 48-hour window, no API rights). */
  | { status: "undeliverable"; detail: string }
  /** Anything else; `retry` says whether trying again may help. */
  | { status: "failed"; detail: string; retry: boolean };

export interface Notifier {
  /** Hours after a chat's last message during which a push can reach it; null when there is no such limit. */
  readonly pushWindowHours: number | null;
  /** Sends `text` (or `rich`, where the channel can show it) to a chat, given by its platform id (without the `tg:` / `wx:` prefix). */
  send(platformChatId: string, text: string, rich?: RichMessage): Promise<SendOutcome>;
}

/** The same message for a channel with markup and buttons. */
export interface RichMessage {
  /** Telegram HTML (`<b>`, `<blockquote>`, `<a href>`). */
  html: string;
  /** A button that asks about a report: its agency and year. */
  askReport?: { label: string; reportId: number };
}

/** How reminders reach a chat, for the subscribe reply: any time, only within a window after the chat last wrote, or not at all. */
export type Delivery = { kind: "push" } | { kind: "window"; hours: number } | { kind: "none" };
