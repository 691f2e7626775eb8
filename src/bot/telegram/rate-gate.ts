/**
 * The per-user request limit of the Telegram bot (the HTTP fronts' limiter, 60 a minute by
 * default): past it, the user is told once to wait, and every further update of that window is
 * dropped unanswered.
 */
import type { RateLimiter } from "../../http/rate-limiter.ts";

export const TOO_FAST_TEXT = "您发消息太频繁了，请稍候一分钟再问。";

/** What to do with one update of a user: handle it, tell the user to wait, or drop it. */
export type Gate = "pass" | "notify" | "drop";

export interface RateGate {
  take(userId: number): Gate;
}

// Users told to wait, tracked at most: past it, those whose window ended are forgotten.
const MAX_TOLD = 10_000;

export function createRateGate(limiter: RateLimiter, now: () => number = Date.now): RateGate {
  /** Until when (ms) each user told to wait stays silenced. */
  const told = new Map<number, number>();
  return {
    take(userId) {
      const decision = limiter.take(`tg:${userId}`);
      if (decision.allowed) return "pass";
      const at = now();
      if ((told.get(userId) ?? 0) > at) return "drop";
      if (told.size >= MAX_TOLD) for (const [id, until] of told) if (until <= at) told.delete(id);
      told.set(userId, at + decision.retryAfterSeconds * 1000);
      return "notify";
    },
  };
}
