/**
 * Filing-season reminders: subscriptions, when each chat last wrote to us (WeChat can push only
 * within 48 hours of that), and the send log whose unique key makes every reminder go out at most
 * once. Frozen: a later change is a new migration.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("reminder_subscriptions")
    .addColumn("chat_id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text")
    .addColumn("follows", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("chat_activity")
    .addColumn("chat_id", "text", (c) => c.primaryKey())
    .addColumn("last_inbound_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("reminder_send_log")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("chat_id", "text", (c) => c.notNull())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("claimed_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .addColumn("detail", "text")
    .addColumn("claimed_by", "text", (c) => c.notNull())
    .execute();

  await db.schema.createIndex("reminder_send_log_status").on("reminder_send_log").columns(["status", "claimed_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("reminder_send_log").execute();
  await db.schema.dropTable("chat_activity").execute();
  await db.schema.dropTable("reminder_subscriptions").execute();
}
