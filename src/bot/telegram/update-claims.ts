/**
 * The stored claim of each Telegram update id, so a re-delivered update is handled once, also
 * after a restart. Telegram gives up re-sending an update after 24 hours, so claims older than
 * `keepMs` (default 48 h) are forgotten, checked at most once every `pruneEveryMs` (default 1 h).
 */
import type { Store } from "../../store/db.ts";
import { claimProcessed, pruneProcessed } from "../../store/processed-update.repository.ts";

export interface UpdateClaimsOptions {
  now: () => Date;
  keepMs?: number;
  pruneEveryMs?: number;
}

/** `claim(key)` is true the first time `key` is claimed, false for a duplicate delivery. */
export function createUpdateClaims(db: Store["db"], options: UpdateClaimsOptions): (key: string) => Promise<boolean> {
  const keepMs = options.keepMs ?? 48 * 3600_000;
  const pruneEveryMs = options.pruneEveryMs ?? 3600_000;
  let nextPrune = 0;
  return async (key) => {
    const now = options.now().getTime();
    if (now >= nextPrune) {
      nextPrune = now + pruneEveryMs;
      await pruneProcessed(db, new Date(now - keepMs));
    }
    return claimProcessed(db, key);
  };
}
