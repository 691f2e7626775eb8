/**
 * WeChat message keys shared through the database, so a retry that a load balancer sends to
 * another instance is answered with the first instance's reply instead of being computed twice.
 * The plugin keeps its in-memory map for retries reaching the same instance; this log is asked
 * only when the key is not in that map.
 */
import type { Store } from "../../store/db.ts";
import {
  claimWechatMessage,
  markWechatSentLater,
  pruneWechatMessages,
  readWechatMessage,
  saveWechatReply,
  takeOverWechatMessage,
} from "../../store/wechat-message.repository.ts";

export interface WechatMessageLog {
  /** True when this instance is to answer `key`: first claim, or a claim whose instance stopped. */
  claim(key: string): Promise<boolean>;
  /** The reply another instance stores for `key` within `withinMs`, or null when none came. */
  awaitReply(key: string, withinMs: number): Promise<{ reply: string; sentLater: boolean } | null>;
  saveReply(key: string, reply: string): Promise<void>;
  /** The reply went to the customer-service API: retries answer `success`. */
  markSentLater(key: string): Promise<void>;
}

export interface StoredMessageLogOptions {
  now?: () => Date;
  /** A claim with no reply older than this is taken over (default 6 000 ms: past the 4.5 s passive window). */
  staleAfterMs?: number;
  /** How often `awaitReply` reads the store (default 100 ms). */
  pollMs?: number;
  /** How long keys are kept (default 10 min; WeChat retries within about 15 s), pruned at most once a minute. */
  keepMs?: number;
}

export function createStoredMessageLog(db: Store["db"], options: StoredMessageLogOptions = {}): WechatMessageLog {
  const now = options.now ?? (() => new Date());
  const staleAfterMs = options.staleAfterMs ?? 6000;
  const pollMs = options.pollMs ?? 100;
  const keepMs = options.keepMs ?? 600_000;
  let nextPrune = 0;
  return {
    async claim(key) {
      const at = now();
      if (at.getTime() >= nextPrune) {
        nextPrune = at.getTime() + 60_000;
        await pruneWechatMessages(db, new Date(at.getTime() - keepMs));
      }
      if (await claimWechatMessage(db, key, at)) return true;
      return takeOverWechatMessage(db, key, new Date(at.getTime() - staleAfterMs), at);
    },
    async awaitReply(key, withinMs) {
      const until = Date.now() + withinMs;
      for (;;) {
        const stored = await readWechatMessage(db, key);
        if (stored?.sentLater) return { reply: stored.reply ?? "", sentLater: true };
        if (stored?.reply != null) return { reply: stored.reply, sentLater: false };
        if (Date.now() + pollMs > until) return null;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
    saveReply: (key, reply) => saveWechatReply(db, key, reply),
    markSentLater: (key) => markWechatSentLater(db, key),
  };
}
