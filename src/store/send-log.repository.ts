/**
 * The reminder send log: every reminder or notice is claimed under a unique key before it is sent
 * and marked with its outcome after, so a restart, a second process or a clock jump never sends it
 * twice. Claims and outcomes are written in transactions with `synchronous=FULL`.
 */
import type { Kysely } from "kysely";
import { withSynchronousFull } from "./db.ts";
import { startsWith } from "./dialect.ts";
import type { Schema } from "./schema.ts";

/** A send about to be claimed. */
export interface SendClaim {
  key: string;
  chatId: string;
  topic: string;
}

/** Final status of a claimed send. */
export type SendStatus = "sent" | "failed" | "gone" | "undeliverable";

export interface SendOutcomeRow {
  key: string;
  status: SendStatus;
  detail: string | null;
}

/** A claim whose outcome was never written: its process stopped between claiming and finishing. */
export interface AbandonedClaim {
  key: string;
  chatId: string;
  topic: string;
  claimedAt: string;
  claimedBy: string;
}

// Five bound values a row keeps a statement far below SQLite's parameter limit.
const ROWS_PER_STATEMENT = 200;

/**
 * Claims sends in one transaction; returns the keys this call won. A key already in the log, in
 * whatever status, is lost: the insert and the uniqueness check are one atomic statement.
 */
export async function claimSends(
  db: Kysely<Schema>,
  claims: readonly SendClaim[],
  claimedBy: string,
  at: Date,
): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const claimedAt = at.toISOString();
  return withSynchronousFull(db, (pinned) =>
    pinned.transaction().execute(async (trx) => {
      const won = new Set<string>();
      for (let i = 0; i < claims.length; i += ROWS_PER_STATEMENT) {
        const rows = await trx
          .insertInto("reminder_send_log")
          .values(
            claims.slice(i, i + ROWS_PER_STATEMENT).map((claim) => ({
              key: claim.key,
              chat_id: claim.chatId,
              topic: claim.topic,
              status: "claimed",
              claimed_at: claimedAt,
              claimed_by: claimedBy,
            })),
          )
          .onConflict((oc) => oc.column("key").doNothing())
          .returning("key")
          .execute();
        for (const row of rows) won.add(row.key);
      }
      return won;
    }),
  );
}

/** Writes the outcomes of claimed sends, in one transaction. */
export async function finishSends(db: Kysely<Schema>, outcomes: readonly SendOutcomeRow[], at: Date): Promise<void> {
  if (outcomes.length === 0) return;
  const finishedAt = at.toISOString();
  await withSynchronousFull(db, (pinned) =>
    pinned.transaction().execute(async (trx) => {
      // Most outcomes of a batch are alike ("sent"): one statement per distinct outcome.
      const groups = new Map<string, { status: SendStatus; detail: string | null; keys: string[] }>();
      for (const outcome of outcomes) {
        const id = JSON.stringify([outcome.status, outcome.detail]);
        const group = groups.get(id) ?? { status: outcome.status, detail: outcome.detail, keys: [] };
        group.keys.push(outcome.key);
        groups.set(id, group);
      }
      for (const { status, detail, keys } of groups.values()) {
        for (let i = 0; i < keys.length; i += 500) {
          await trx
            .updateTable("reminder_send_log")
            .set({ status, detail, finished_at: finishedAt })
            .where("key", "in", keys.slice(i, i + 500))
            .execute();
        }
      }
    }),
  );
}

/**
 * Gives back claims this process holds but never tried to send, so a later check can send them:
 * only rows still "claimed" by `claimedBy` are removed.
 */
export async function releaseClaims(db: Kysely<Schema>, keys: readonly string[], claimedBy: string): Promise<void> {
  if (keys.length === 0) return;
  await withSynchronousFull(db, (pinned) =>
    pinned.transaction().execute(async (trx) => {
      for (let i = 0; i < keys.length; i += 500) {
        await trx
          .deleteFrom("reminder_send_log")
          .where("key", "in", keys.slice(i, i + 500))
          .where("status", "=", "claimed")
          .where("claimed_by", "=", claimedBy)
          .execute();
      }
    }),
  );
}

/** The keys among `keys` that are already in the log. */
export async function loggedKeys(db: Kysely<Schema>, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom("reminder_send_log")
      .select("key")
      .where("key", "in", keys.slice(i, i + 500))
      .execute();
    for (const row of rows) found.add(row.key);
  }
  return found;
}

/**
 * Marks claims older than `claimedBefore` that never got an outcome as "abandoned" and returns
 * them, each once. They are not sent again: the message may or may not have left.
 */
export async function takeAbandonedClaims(db: Kysely<Schema>, claimedBefore: Date): Promise<AbandonedClaim[]> {
  const rows = await withSynchronousFull(db, (pinned) =>
    pinned
      .updateTable("reminder_send_log")
      .set({ status: "abandoned" })
      .where("status", "=", "claimed")
      .where("claimed_at", "<", claimedBefore.toISOString())
      .returning(["key", "chat_id", "topic", "claimed_at", "claimed_by"])
      .execute(),
  );
  return rows
    .map((row) => ({ key: row.key, chatId: row.chat_id, topic: row.topic, claimedAt: row.claimed_at, claimedBy: row.claimed_by }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The keys in the log that start with one of `prefixes`: one index range per prefix, so asking
 * about a whole fan-out costs a few queries instead of one bound value per key.
 */
export async function loggedKeysUnder(db: Kysely<Schema>, prefixes: Iterable<string>): Promise<Set<string>> {
  const found = new Set<string>();
  for (const prefix of new Set(prefixes)) {
    const rows = await db
      .selectFrom("reminder_send_log")
      .select("key")
      .where(startsWith(db, "key", prefix))
      .execute();
    for (const row of rows) found.add(row.key);
  }
  return found;
}

/** Counts of log entries by status. */
export async function sendLogCounts(db: Kysely<Schema>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom("reminder_send_log")
    .select((eb) => ["status", eb.fn.countAll<number>().as("count")])
    .groupBy("status")
    .execute();
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}
