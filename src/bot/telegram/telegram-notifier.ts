/**
 * Sends reminders through the Bot API (`bot.api`, which has auto-retry installed for 429 and 5xx).
 * A chat that blocked the bot (403) or no longer exists (400 chat not found) is reported gone.
 * Each send, auto-retry's waits included, ends within `sendTimeoutMs` (default 2 minutes):
 * auto-retry repeats network errors without limit, and a reminder run must not hang on one chat.
 */
import { GrammyError, HttpError, type Bot } from "./grammy.ts";
import type { Notifier, RichMessage, SendOutcome } from "../../reminders/notifier.ts";
import { askReportData } from "./callback-data.ts";

const CHAT_GONE = /chat not found|user is deactivated|bot was kicked|group chat was deleted|PEER_ID_INVALID/i;

export interface TelegramNotifierOptions {
  /** Longest time one send may take, retries included (default 120 000 ms). */
  sendTimeoutMs?: number;
}

export function createTelegramNotifier(api: Bot["api"], options: TelegramNotifierOptions = {}): Notifier {
  const sendTimeoutMs = options.sendTimeoutMs ?? 120_000;
  return {
    pushWindowHours: null,
    async send(platformChatId: string, text: string, rich?: RichMessage): Promise<SendOutcome> {
      // A timer cleared after each send (not AbortSignal.timeout): a fan-out must not keep one alive per message.
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), sendTimeoutMs);
      try {
        // Numeric ids go out as numbers; "@channel" usernames as they are.
        const chatId = /^-?\d+$/.test(platformChatId) ? Number(platformChatId) : platformChatId;
        // grammY types its signal parameter with a shim's AbortSignal; at run time it takes Node's.
        const signal = controller.signal as unknown as Parameters<Bot["api"]["sendMessage"]>[3];
        const options = rich
          ? {
              parse_mode: "HTML" as const,
              link_preview_options: { is_disabled: true },
              ...(rich.askReport
                ? { reply_markup: { inline_keyboard: [[{ text: rich.askReport.label, callback_data: askReportData(rich.askReport.reportId) }]] } }
                : {}),
            }
          : { link_preview_options: { is_disabled: true } };
        await api.sendMessage(chatId, rich ? rich.html : text, options, signal);
        return { status: "sent" };
      } catch (error) {
        if (controller.signal.aborted) return { status: "failed", detail: `no answer within ${sendTimeoutMs} ms`, retry: true };
        return outcomeOf(error);
      } finally {
        clearTimeout(timer);
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
