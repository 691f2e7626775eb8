/**
 * What each chat asked last, kept as JSON so follow-ups survive a restart. States not saved for
 * `keepMs` (default 7 days: a follow-up refers to the last few questions, not last month's) are
 * deleted, checked on a save at most once every `pruneEveryMs` (default 1 h), so the table holds
 * the chats of the last week rather than every chat ever.
 */
import type { Kysely } from "kysely";
import type { ChatState, ChatStateStore } from "../answers/report-source.ts";
import type { Schema } from "./schema.ts";

export interface ChatStateOptions {
  keepMs?: number;
  pruneEveryMs?: number;
  /** Clock (default `new Date()`). */
  now?: () => Date;
}

export function createChatStateStore(db: Kysely<Schema>, options: ChatStateOptions = {}): ChatStateStore {
  const keepMs = options.keepMs ?? 7 * 24 * 3600_000;
  const pruneEveryMs = options.pruneEveryMs ?? 3600_000;
  const now = options.now ?? (() => new Date());
  let nextPrune = 0;
  return {
    async load(chatId) {
      const row = await db.selectFrom("chat_states").select("state").where("chat_id", "=", chatId).executeTakeFirst();
      return row ? (JSON.parse(row.state) as ChatState) : null;
    },
    async save(chatId, state) {
      const at = now();
      if (at.getTime() >= nextPrune) {
        nextPrune = at.getTime() + pruneEveryMs;
        await pruneChatStates(db, new Date(at.getTime() - keepMs));
      }
      const values = { state: JSON.stringify(state), updated_at: at.toISOString() };
      await db
        .insertInto("chat_states")
        .values({ chat_id: chatId, ...values })
        .onConflict((oc) => oc.column("chat_id").doUpdateSet(values))
        .execute();
    },
  };
}

/** Deletes the states of chats last saved before `before`; returns how many. */
export async function pruneChatStates(db: Kysely<Schema>, before: Date): Promise<number> {
  const result = await db.deleteFrom("chat_states").where("updated_at", "<", before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
