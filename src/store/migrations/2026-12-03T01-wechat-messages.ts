/**
 * WeChat message keys with their reply, shared by every instance on one database: a retry that
 * reaches another instance is served the reply the first one computed. Frozen: a later change is
 * a new migration.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("wechat_messages")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("claimed_at", "text", (c) => c.notNull())
    .addColumn("reply", "text")
    .addColumn("sent_later", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("wechat_messages_claimed_at").on("wechat_messages").column("claimed_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("wechat_messages").execute();
}
