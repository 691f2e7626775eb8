/**
 * Keeps sends under `maxPerSecond` in every rolling second (Telegram allows about 30 messages a
 * second overall): starts are spaced evenly, and a start waits until the one `maxPerSecond`
 * places back is more than a second old. `Infinity` lifts the limit.
 */
export interface SendPacer {
  /** Resolves when the next send may start. */
  wait(): Promise<void>;
}

// Slack for timer and network jitter, so a receiver counting arrivals never sees one too many.
const WINDOW_MS = 1000 + 15;

export function createSendPacer(maxPerSecond: number): SendPacer {
  if (!Number.isFinite(maxPerSecond) || maxPerSecond <= 0) return { wait: () => Promise.resolve() };
  const limit = Math.max(1, Math.floor(maxPerSecond));
  const spacingMs = WINDOW_MS / limit;
  const starts: number[] = [];
  let previous = -Infinity;
  return {
    async wait() {
      for (;;) {
        const now = performance.now();
        const oldest = starts.length === limit ? starts[0]! : -Infinity;
        const startAt = Math.max(now, previous + spacingMs, oldest + WINDOW_MS);
        if (startAt <= now) break;
        await new Promise((resolve) => setTimeout(resolve, Math.ceil(startAt - now)));
      }
      previous = performance.now();
      starts.push(previous);
      if (starts.length > limit) starts.shift();
    },
  };
}
