/** What each chat asked last, kept as JSON so follow-ups survive a restart. */
import type { Kysely } from "kysely";
import type { ChatState, ChatStateStore } from "../answers/report-source.ts";
import type { Schema } from "./schema.ts";

export function createChatStateStore(db: Kysely<Schema>): ChatStateStore {
  return {
    async load(chatId) {
      const row = await db.selectFrom("chat_states").select("state").where("chat_id", "=", chatId).executeTakeFirst();
      return row ? (JSON.parse(row.state) as ChatState) : null;
    },
    async save(chatId, state) {
      const values = { state: JSON.stringify(state), updated_at: new Date().toISOString() };
      await db
        .insertInto("chat_states")
        .values({ chat_id: chatId, ...values })
        .onConflict((oc) => oc.column("chat_id").doUpdateSet(values))
        .execute();
    },
  };
}
