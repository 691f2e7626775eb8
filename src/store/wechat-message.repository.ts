/**
 * WeChat message keys and their replies: the instance that claims a key computes the reply and
 * stores it; a retry reaching any instance reads it back. The primary key makes a claim atomic
 * across connections, processes and instances.
 */
import type { Kysely } from "kysely";
import type { Schema } from "./schema.ts";

export interface StoredWechatMessage {
  claimedAt: Date;
  reply: string | null;
  sentLater: boolean;
}

/** True the first time `key` is claimed. */
export async function claimWechatMessage(db: Kysely<Schema>, key: string, at: Date): Promise<boolean> {
  const result = await db
    .insertInto("wechat_messages")
    .values({ key, claimed_at: at.toISOString(), reply: null })
    .onConflict((oc) => oc.column("key").doNothing())
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
}

/**
 * Takes over a claim whose reply never came (its instance stopped) when it was made before
 * `claimedBefore`; true for the one caller that wins it.
 */
export async function takeOverWechatMessage(db: Kysely<Schema>, key: string, claimedBefore: Date, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("wechat_messages")
    .set({ claimed_at: at.toISOString() })
    .where("key", "=", key)
    .where("reply", "is", null)
    .where("sent_later", "=", 0)
    .where("claimed_at", "<", claimedBefore.toISOString())
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function readWechatMessage(db: Kysely<Schema>, key: string): Promise<StoredWechatMessage | null> {
  const row = await db.selectFrom("wechat_messages").selectAll().where("key", "=", key).executeTakeFirst();
  return row ? { claimedAt: new Date(row.claimed_at), reply: row.reply, sentLater: row.sent_later === 1 } : null;
}

export async function saveWechatReply(db: Kysely<Schema>, key: string, reply: string): Promise<void> {
  await db.updateTable("wechat_messages").set({ reply }).where("key", "=", key).execute();
}

export async function markWechatSentLater(db: Kysely<Schema>, key: string): Promise<void> {
  await db.updateTable("wechat_messages").set({ sent_later: 1 }).where("key", "=", key).execute();
}

/** Forgets messages claimed before `before` (WeChat stops retrying after about 15 s); returns how many. */
export async function pruneWechatMessages(db: Kysely<Schema>, before: Date): Promise<number> {
  const result = await db.deleteFrom("wechat_messages").where("claimed_at", "<", before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
