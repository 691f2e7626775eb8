/**
 * Reminder subscriptions, one row per entry (what a chat follows, with its deadline choice), and
 * the time each chat last wrote to us. Subscription writes run with `synchronous=FULL`: a
 * subscribe or unsubscribe that was acknowledged survives a power loss.
 */
import type { Kysely, Selectable } from "kysely";
import type { FollowRef, Subscription, SubscriptionEntry, SubscriptionKind } from "../domain/subscription.ts";
import { withSynchronousFull } from "./db.ts";
import { startsWith } from "./dialect.ts";
import type { Schema, SubscriptionEntryTable } from "./schema.ts";

/** What became of one entry a subscribe asked for. */
export interface EntryChange {
  entry: SubscriptionEntry;
  /** "added"; "updated" when the chat followed it already with another deadline choice; "kept" when nothing changed. */
  change: "added" | "updated" | "kept";
}

/**
 * Adds one entry per target (null: one following every agency) with the deadline choice `kind`.
 * A target the chat already follows keeps its entry and takes the new choice; other entries stay.
 */
export async function addEntries(
  db: Kysely<Schema>,
  chatId: string,
  kind: SubscriptionKind | null,
  targets: ReadonlyArray<FollowRef | null>,
  at: Date,
): Promise<EntryChange[]> {
  return withSynchronousFull(db, (pinned) =>
    pinned.transaction().execute(async (trx) => {
      const changes: EntryChange[] = [];
      for (const target of targets) {
        const scope = target?.scope ?? "all";
        const name = target?.name ?? "";
        const existing = await trx
          .selectFrom("subscription_entries")
          .selectAll()
          .where("chat_id", "=", chatId)
          .where("scope", "=", scope)
          .where("target", "=", name)
          .executeTakeFirst();
        if (existing) {
          if (existing.kind !== kind) {
            await trx.updateTable("subscription_entries").set({ kind }).where("id", "=", existing.id).execute();
          }
          changes.push({ entry: toEntry({ ...existing, kind }), change: existing.kind === kind ? "kept" : "updated" });
          continue;
        }
        const row = await trx
          .insertInto("subscription_entries")
          .values({ chat_id: chatId, kind, scope, target: name, created_at: at.toISOString() })
          .returningAll()
          .executeTakeFirstOrThrow();
        changes.push({ entry: toEntry(row), change: "added" });
      }
      return changes;
    }),
  );
}

/** Ends every subscription of a chat; false when there was none. */
export async function deleteSubscription(db: Kysely<Schema>, chatId: string): Promise<boolean> {
  const result = await withSynchronousFull(db, (pinned) =>
    pinned.deleteFrom("subscription_entries").where("chat_id", "=", chatId).executeTakeFirst(),
  );
  return result.numDeletedRows > 0n;
}

/** Removes one entry of a chat by id; null when the chat has no such entry. */
export async function deleteEntry(db: Kysely<Schema>, chatId: string, entryId: number): Promise<SubscriptionEntry | null> {
  return withSynchronousFull(db, (pinned) =>
    pinned.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom("subscription_entries")
        .selectAll()
        .where("chat_id", "=", chatId)
        .where("id", "=", entryId)
        .executeTakeFirst();
      if (!row) return null;
      await trx.deleteFrom("subscription_entries").where("id", "=", entryId).execute();
      return toEntry(row);
    }),
  );
}

export async function getSubscription(db: Kysely<Schema>, chatId: string): Promise<Subscription | null> {
  const rows = await db.selectFrom("subscription_entries").selectAll().where("chat_id", "=", chatId).orderBy("id").execute();
  return groupByChat(rows)[0] ?? null;
}

/** Every chat's subscriptions, the chat subscribed longest first. */
export async function listSubscriptions(db: Kysely<Schema>): Promise<Subscription[]> {
  const rows = await db.selectFrom("subscription_entries").selectAll().orderBy("id").execute();
  return groupByChat(rows).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.chatId.localeCompare(b.chatId));
}

function groupByChat(rows: ReadonlyArray<Selectable<SubscriptionEntryTable>>): Subscription[] {
  const byChat = new Map<string, Subscription>();
  for (const row of rows) {
    const entry = toEntry(row);
    const chat = byChat.get(row.chat_id);
    if (!chat) byChat.set(row.chat_id, { chatId: row.chat_id, entries: [entry], createdAt: entry.createdAt });
    else {
      chat.entries.push(entry);
      if (entry.createdAt < chat.createdAt) chat.createdAt = entry.createdAt;
    }
  }
  return [...byChat.values()];
}

function toEntry(row: Selectable<SubscriptionEntryTable>): SubscriptionEntry {
  const kind = row.kind === "departments" || row.kind === "governments" ? row.kind : null;
  const scope = row.scope === "agency" || row.scope === "place" || row.scope === "name" ? row.scope : null;
  return { id: Number(row.id), kind, follows: scope === null ? null : { scope, name: row.target }, createdAt: row.created_at };
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

/** Adds many subscriptions in one transaction (bulk loads, benchmarks); chats already subscribed are left as they are. */
export async function importSubscriptions(db: Kysely<Schema>, subscriptions: readonly Subscription[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const known = new Set((await trx.selectFrom("subscription_entries").select("chat_id").distinct().execute()).map((r) => r.chat_id));
    const rows = subscriptions
      .filter((s) => !known.has(s.chatId))
      .flatMap((s) =>
        s.entries.map((e) => ({
          chat_id: s.chatId,
          kind: e.kind,
          scope: e.follows?.scope ?? "all",
          target: e.follows?.name ?? "",
          created_at: e.createdAt,
        })),
      );
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto("subscription_entries").values(rows.slice(i, i + 500)).execute();
  });
}

/** Number of subscribed chats. */
export async function countSubscriptions(db: Kysely<Schema>): Promise<number> {
  const row = await db
    .selectFrom("subscription_entries")
    .select((eb) => eb.fn.count<number>("chat_id").distinct().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
