/**
 * Sends reminders as WeChat customer-service messages, which reach a user only within 48 hours of
 * their last message to the account (errcode 45015 outside it; 48001 when the account lacks the
 * API). Both are reported undeliverable, not retried.
 */
import type { Notifier, SendOutcome } from "../../reminders/notifier.ts";

/** The part of the customer-service client the notifier uses. */
export interface CustomerServiceSender {
  sendText(openid: string, text: string): Promise<void>;
}

/** Hours after a user's last message during which the customer-service API can reach them. */
export const WECHAT_PUSH_WINDOW_HOURS = 48;

const UNDELIVERABLE: Record<number, string> = {
  45015: "outside the 48-hour customer-service window",
  48001: "the account has no rights to this API",
};

export function createWechatNotifier(client: CustomerServiceSender): Notifier {
  return {
    pushWindowHours: WECHAT_PUSH_WINDOW_HOURS,
    async send(openid: string, text: string): Promise<SendOutcome> {
      try {
        await client.sendText(openid, text);
        return { status: "sent" };
      } catch (error) {
        const errcode = errcodeOf(error);
        if (errcode === null) throw error;
        const reason = UNDELIVERABLE[errcode];
        if (reason) return { status: "undeliverable", detail: `${errcode}: ${reason}` };
        // 43004: the user unfollowed the account.
        if (errcode === 43004) return { status: "gone", detail: `${errcode}: user unfollowed the account` };
        // -1: system busy; 45047: too many messages to this user. Worth another try.
        return { status: "failed", detail: `errcode ${errcode}`, retry: errcode === -1 || errcode === 45047 };
      }
    },
  };
}

function errcodeOf(error: unknown): number | null {
  if (typeof error === "object" && error !== null && "errcode" in error && typeof error.errcode === "number") {
    return error.errcode;
  }
  return null;
}
