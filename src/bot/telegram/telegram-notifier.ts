/**
 * Sends reminders through the Bot API (`bot.api`, which has auto-retry installed for 429 and 5xx).
 * A chat that blocked the bot (403) or no longer exists (400 chat not found) is reported gone.
 */
import { GrammyError, HttpError, type Bot } from "./grammy.ts";
import type { Notifier, SendOutcome } from "../../reminders/notifier.ts";

const CHAT_GONE = /chat not found|user is deactivated|bot was kicked|group chat was deleted|PEER_ID_INVALID/i;

export function createTelegramNotifier(api: Bot["api"]): Notifier {
  return {
    pushWindowHours: null,
    async send(platformChatId: string, text: string): Promise<SendOutcome> {
      try {
        // Numeric ids go out as numbers; "@channel" usernames as they are.
        const chatId = /^-?\d+$/.test(platformChatId) ? Number(platformChatId) : platformChatId;
        await api.sendMessage(chatId, text, { link_preview_options: { is_disabled: true } });
        return { status: "sent" };
      } catch (error) {
        return outcomeOf(error);
      }
    },
  };
}

function outcomeOf(error: unknown): SendOutcome {
  if (error instanceof GrammyError) {
    const detail = `${error.error_code}: ${error.description}`;
    if (error.error_code === 403) return { status: "gone", detail };
    if (error.error_code === 400 && CHAT_GONE.test(error.description)) return { status: "gone", detail };
    return { status: "failed", detail, retry: error.error_code === 429 || error.error_code >= 500 };
  }
  if (error instanceof HttpError) return { status: "failed", detail: error.message, retry: true };
  throw error;
}
