import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { down, up } from "../../src/store/migrations/2026-12-03T02-subscription-entries.ts";
import { getSubscription } from "../../src/store/subscription.repository.ts";
import { DIALECTS } from "../support/test-databases.ts";
import { openTempStore, type TempStore } from "../support/temp-store.ts";

describe.each(DIALECTS)("the subscription-entries migration on %s", (dialect) => {
  let temp: TempStore;
  let db: Kysely<any>;

  beforeEach(async () => {
    temp = await openTempStore(dialect);
    db = temp.store.db as unknown as Kysely<any>;
  });

  afterEach(async () => {
    await temp.dispose();
  });

  it("turns each followed name of a one-row subscription into an entry of its own, and back", async () => {
    await down(db);
    await db
      .insertInto("reminder_subscriptions")
      .values([
        { chat_id: "tg:1", kind: "governments", follows: JSON.stringify(["凉州区", "龙港区"]), created_at: "2026-11-30T01:00:00.000Z", updated_at: "2026-11-30T01:00:00.000Z" },
        { chat_id: "wx:o-1", kind: null, follows: "[]", created_at: "2026-11-30T02:00:00.000Z", updated_at: "2026-11-30T02:00:00.000Z" },
      ])
      .execute();
    await up(db);
    expect((await getSubscription(temp.store.db, "tg:1"))!.entries.map((e) => [e.kind, e.follows, e.createdAt])).toEqual([
      ["governments", { scope: "name", name: "凉州区" }, "2026-11-30T01:00:00.000Z"],
      ["governments", { scope: "name", name: "龙港区" }, "2026-11-30T01:00:00.000Z"],
    ]);
    expect((await getSubscription(temp.store.db, "wx:o-1"))!.entries.map((e) => [e.kind, e.follows])).toEqual([[null, null]]);

    await down(db);
    const rows = await db.selectFrom("reminder_subscriptions").select(["chat_id", "kind", "follows"]).orderBy("chat_id").execute();
    expect(rows).toEqual([
      { chat_id: "tg:1", kind: "governments", follows: JSON.stringify(["凉州区", "龙港区"]) },
      { chat_id: "wx:o-1", kind: null, follows: "[]" },
    ]);
    await up(db);
  });
});
