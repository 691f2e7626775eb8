/**
 * Subscriptions as entries: one row per agency or place a chat follows (or one row following
 * everything), each with its own deadline choice, so a new subscription never changes an earlier
 * one. The former one-row-per-chat table is moved over, every followed name becoming an entry
 * resolved when it is used (`scope = 'name'`), and dropped. Frozen: a later change is a new migration.
 */
import { PostgresAdapter, type Kysely } from "kysely";

interface OldRow {
  chat_id: string;
  kind: string | null;
  follows: string;
  created_at: string;
}

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const table = db.schema.createTable("subscription_entries");
  await (postgres
    ? table.addColumn("id", "serial", (c) => c.primaryKey())
    : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()))
    .addColumn("chat_id", "text", (c) => c.notNull())
    // "departments", "governments", or null for both deadlines.
    .addColumn("kind", "text")
    // "all" (every agency; target ""), "agency", "place", or "name" (as typed, resolved when used).
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("subscription_entries_chat_target", ["chat_id", "scope", "target"])
    .execute();

  const rows = (await db.selectFrom("reminder_subscriptions").selectAll().execute()) as OldRow[];
  for (const row of rows) {
    const follows = JSON.parse(row.follows) as string[];
    const targets = follows.length > 0 ? follows.map((name) => ({ scope: "name", target: name })) : [{ scope: "all", target: "" }];
    await db
      .insertInto("subscription_entries")
      .values(targets.map((t) => ({ chat_id: row.chat_id, kind: row.kind, ...t, created_at: row.created_at })))
      .execute();
  }
  await db.schema.dropTable("reminder_subscriptions").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("reminder_subscriptions")
    .addColumn("chat_id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text")
    .addColumn("follows", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  const rows = (await db.selectFrom("subscription_entries").selectAll().orderBy("id").execute()) as Array<
    OldRow & { scope: string; target: string }
  >;
  const byChat = new Map<string, { kind: string | null; follows: string[]; created_at: string }>();
  for (const row of rows) {
    const chat = byChat.get(row.chat_id) ?? { kind: row.kind, follows: [], created_at: row.created_at };
    if (row.scope !== "all") chat.follows.push(row.target);
    byChat.set(row.chat_id, chat);
  }
  for (const [chatId, chat] of byChat) {
    await db
      .insertInto("reminder_subscriptions")
      .values({ chat_id: chatId, kind: chat.kind, follows: JSON.stringify(chat.follows), created_at: chat.created_at, updated_at: chat.created_at })
      .execute();
  }
  await db.schema.dropTable("subscription_entries").execute();
}
