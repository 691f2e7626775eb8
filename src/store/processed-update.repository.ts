/**
 * De-duplication of incoming updates (Telegram update ids, WeChat message keys): a key is claimed
 * once. The primary key makes the claim atomic across connections and processes.
 */
import type { Kysely } from "kysely";
import type { Schema } from "./schema.ts";

/** True the first time `key` is claimed, false for a duplicate delivery. */
export async function claimProcessed(db: Kysely<Schema>, key: string): Promise<boolean> {
  const result = await db
    .insertInto("processed_updates")
    .values({ key, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column("key").doNothing())
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
}

/** Forgets keys claimed before `before` (platforms stop re-sending after minutes); returns how many. */
export async function pruneProcessed(db: Kysely<Schema>, before: Date): Promise<number> {
  const result = await db.deleteFrom("processed_updates").where("created_at", "<", before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
