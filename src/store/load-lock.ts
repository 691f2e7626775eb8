/**
 * One load of the data directory at a time across every instance sharing a PostgreSQL database:
 * a session advisory lock held on one pooled connection while the load runs on the others. On
 * SQLite there is one instance per file, and its own loads already take turns: the lock is
 * always free.
 */
import { sql, type Kysely } from "kysely";
import { dialectOf } from "./dialect.ts";
import type { Schema } from "./schema.ts";

// An arbitrary key (within 2^53, a bigint to PostgreSQL) naming "loading DATA_DIR"; Kysely's migration lock uses another.
const LOAD_LOCK_KEY = 7_246_015_318_031_113;

/**
 * Runs `work` holding the load lock, or returns `{ ran: false }` at once when another instance
 * holds it (that instance is loading the same files: this one can serve what is committed).
 */
export async function tryWithLoadLock<T>(db: Kysely<Schema>, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  if (dialectOf(db) !== "postgres") return { ran: true, value: await work() };
  return db.connection().execute(async (conn) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${LOAD_LOCK_KEY}) as locked`.execute(conn);
    if (!rows[0]?.locked) return { ran: false as const };
    try {
      return { ran: true as const, value: await work() };
    } finally {
      await sql`select pg_advisory_unlock(${LOAD_LOCK_KEY})`.execute(conn);
    }
  });
}

/**
 * Runs `work` holding the load lock, waiting for another instance's load to end first (asking
 * every `pollMs`, default 500 ms, so the wait holds no connection a shutdown would wait for).
 * Resolves with null, without running `work`, once `signal` is aborted during the wait.
 */
export async function withLoadLock<T>(
  db: Kysely<Schema>,
  work: () => Promise<T>,
  options: { signal?: AbortSignal; pollMs?: number } = {},
): Promise<T | null> {
  for (;;) {
    if (options.signal?.aborted) return null;
    const attempt = await tryWithLoadLock(db, work);
    if (attempt.ran) return attempt.value;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
}
