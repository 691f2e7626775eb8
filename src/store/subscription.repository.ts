/**
 * Reminder subscriptions and the time each chat last wrote to us. Subscription writes run with
 * `synchronous=FULL`: a subscribe or unsubscribe that was acknowledged survives a power loss.
 */
import type { Kysely, Selectable } from "kysely";
import type { Subscription, SubscriptionFilters } from "../reminders/subscription.ts";
import { withSynchronousFull } from "./db.ts";
import { startsWith } from "./dialect.ts";
import type { ReminderSubscriptionTable, Schema } from "./schema.ts";

/** Subscribes a chat or updates its filters: a named deadline replaces the old choice, follows are added. */
export async function upsertSubscription(
  db: Kysely<Schema>,
  chatId: string,
  filters: SubscriptionFilters,
  at: Date,
): Promise<{ subscription: Subscription; created: boolean }> {
  return withSynchronousFull(db, (pinned) =>
    pinned.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom("reminder_subscriptions")
        .selectAll()
        .where("chat_id", "=", chatId)
        .executeTakeFirst();
      const previous = existing ? toSubscription(existing) : null;
      const kind = filters.kind === null ? (previous?.kind ?? null) : filters.kind === "both" ? null : filters.kind;
      const follows = [...(previous?.follows ?? [])];
      for (const follow of filters.follows) if (!follows.includes(follow)) follows.push(follow);
      const now = at.toISOString();
      await trx
        .insertInto("reminder_subscriptions")
        .values({ chat_id: chatId, kind, follows: JSON.stringify(follows), created_at: now, updated_at: now })
        .onConflict((oc) => oc.column("chat_id").doUpdateSet({ kind, follows: JSON.stringify(follows), updated_at: now }))
        .execute();
      return {
        subscription: { chatId, kind, follows, createdAt: previous?.createdAt ?? now },
        created: previous === null,
      };
    }),
  );
}

/** Ends a chat's subscription; false when there was none. */
export async function deleteSubscription(db: Kysely<Schema>, chatId: string): Promise<boolean> {
  const result = await withSynchronousFull(db, (pinned) =>
    pinned.deleteFrom("reminder_subscriptions").where("chat_id", "=", chatId).executeTakeFirst(),
  );
  return result.numDeletedRows > 0n;
}

/** Stops following some agencies or places; the subscription itself stays. Null when there is none. */
export async function removeFollows(
  db: Kysely<Schema>,
  chatId: string,
  follows: readonly string[],
  at: Date,
): Promise<Subscription | null> {
  return withSynchronousFull(db, (pinned) =>
    pinned.transaction().execute(async (trx) => {
      const row = await trx.selectFrom("reminder_subscriptions").selectAll().where("chat_id", "=", chatId).executeTakeFirst();
      if (!row) return null;
      const subscription = toSubscription(row);
      const kept = subscription.follows.filter((follow) => !follows.includes(follow));
      await trx
        .updateTable("reminder_subscriptions")
        .set({ follows: JSON.stringify(kept), updated_at: at.toISOString() })
        .where("chat_id", "=", chatId)
        .execute();
      return { ...subscription, follows: kept };
    }),
  );
}

export async function getSubscription(db: Kysely<Schema>, chatId: string): Promise<Subscription | null> {
  const row = await db.selectFrom("reminder_subscriptions").selectAll().where("chat_id", "=", chatId).executeTakeFirst();
  return row ? toSubscription(row) : null;
}

/** Every subscription, oldest first. */
export async function listSubscriptions(db: Kysely<Schema>): Promise<Subscription[]> {
  const rows = await db.selectFrom("reminder_subscriptions").selectAll().orderBy("created_at").orderBy("chat_id").execute();
  return rows.map(toSubscription);
}

/** Remembers that a chat wrote to us at `at` (kept only when later than what is stored). */
export async function recordInbound(db: Kysely<Schema>, chatId: string, at: Date): Promise<void> {
  const iso = at.toISOString();
  await db
    .insertInto("chat_activity")
    .values({ chat_id: chatId, last_inbound_at: iso })
    .onConflict((oc) =>
      oc.column("chat_id").doUpdateSet({ last_inbound_at: iso }).where("chat_activity.last_inbound_at", "<", iso),
    )
    .execute();
}

/** When each chat whose id starts with `prefix` last wrote to us. */
export async function lastInboundTimes(db: Kysely<Schema>, prefix: string): Promise<Map<string, Date>> {
  const rows = await db
    .selectFrom("chat_activity")
    .selectAll()
    .where(startsWith(db, "chat_id", prefix))
    .execute();
  return new Map(rows.map((row) => [row.chat_id, new Date(row.last_inbound_at)]));
}

function toSubscription(row: Selectable<ReminderSubscriptionTable>): Subscription {
  const kind = row.kind === "departments" || row.kind === "governments" ? row.kind : null;
  return { chatId: row.chat_id, kind, follows: JSON.parse(row.follows) as string[], createdAt: row.created_at };
}

/** Adds many subscriptions in one transaction (bulk loads, benchmarks); existing chats are left as they are. */
export async function importSubscriptions(db: Kysely<Schema>, subscriptions: readonly Subscription[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < subscriptions.length; i += 500) {
      await trx
        .insertInto("reminder_subscriptions")
        .values(
          subscriptions.slice(i, i + 500).map((s) => ({
            chat_id: s.chatId,
            kind: s.kind,
            follows: JSON.stringify(s.follows),
            created_at: s.createdAt,
            updated_at: s.createdAt,
          })),
        )
        .onConflict((oc) => oc.column("chat_id").doNothing())
        .execute();
    }
  });
}

export async function countSubscriptions(db: Kysely<Schema>): Promise<number> {
  const row = await db
    .selectFrom("reminder_subscriptions")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
