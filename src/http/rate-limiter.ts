/**
 * A per-client request limit: at most `limit` requests per `windowMs` for each key (a client IP,
 * a WeChat openid), counted in fixed windows that start at a key's first request. Memory is
 * bounded: past `maxKeys` keys, expired ones are dropped, then the oldest.
 */
export interface RateLimiterOptions {
  /** Requests allowed per window and key (default 60). */
  limit?: number;
  /** Window length in ms (default 60 000). */
  windowMs?: number;
  /** Keys tracked at most (default 100 000). */
  maxKeys?: number;
  /** Clock in ms (default `Date.now`). */
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  /** Counts one request of `key` and says whether it is within the limit. */
  take(key: string): RateDecision;
}

export const DEFAULT_RATE_LIMIT = { limit: 60, windowMs: 60_000 } as const;

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const limit = options.limit ?? DEFAULT_RATE_LIMIT.limit;
  const windowMs = options.windowMs ?? DEFAULT_RATE_LIMIT.windowMs;
  const maxKeys = options.maxKeys ?? 100_000;
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();

  const evict = (at: number) => {
    for (const [key, w] of windows) if (at - w.start >= windowMs) windows.delete(key);
    // Insertion order is first-request order: the oldest windows go first.
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  };

  return {
    limit,
    windowMs,
    take(key) {
      const at = now();
      let w = windows.get(key);
      if (!w || at - w.start >= windowMs) {
        windows.delete(key);
        if (windows.size >= maxKeys) evict(at);
        w = { start: at, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      if (w.count <= limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + windowMs - at) / 1000)) };
    },
  };
}
