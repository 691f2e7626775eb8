/**
 * A Bot API transformer that ends every call within `ms`, auto-retry's waits included. Installed
 * after auto-retry so it wraps it: auto-retry repeats network errors without limit (backing off
 * up to an hour), and with long polling one handler stuck in that loop holds up every later update.
 */
import type { Transformer } from "./grammy.ts";

export function apiDeadline(ms: number): Transformer {
  return (prev, method, payload, signal) => {
    const deadline = AbortSignal.timeout(ms);
    // grammY types its signals with a polyfill's AbortSignal; at run time they are Node's.
    const given = signal as unknown as AbortSignal | undefined;
    const combined = given ? AbortSignal.any([given, deadline]) : deadline;
    return prev(method, payload, combined as unknown as typeof signal);
  };
}
