/**
 * A nonce cache against replayed requests: the plaintext signature does not cover the body, so a
 * captured (timestamp, nonce, signature) could carry any content. The same triple with the same
 * body is a platform retry and passes; with another body it is refused.
 */
import { createHash } from "node:crypto";

export interface ReplayGuard {
  /** True when `nonceKey` is new or was seen with this same body. */
  accept(nonceKey: string, body: string): boolean;
}

export function createReplayGuard(options: { ttlMs: number; now: () => number; maxEntries?: number }): ReplayGuard {
  const maxEntries = options.maxEntries ?? 100_000;
  const seen = new Map<string, { digest: string; at: number }>();
  return {
    accept(nonceKey, body) {
      const now = options.now();
      for (const [key, entry] of seen) {
        if (entry.at > now - options.ttlMs && seen.size < maxEntries) break;
        seen.delete(key);
      }
      const digest = createHash("sha256").update(body).digest("hex");
      const previous = seen.get(nonceKey);
      if (previous) return previous.digest === digest;
      seen.set(nonceKey, { digest, at: now });
      return true;
    },
  };
}
