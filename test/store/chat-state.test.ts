import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createChatStateStore } from "../../src/store/chat-state.repository.ts";
import { openTempStore, type TempStore } from "../support/temp-store.ts";

const state = (agency: string) => ({ agency, reportIds: [1], year: 2021, metric: null, lastQuestion: null });

describe("chat states", () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await openTempStore();
  });
  afterEach(async () => temp.dispose());

  it("forgets chats not saved for the keep time, checked at most once per prune interval", async () => {
    let now = Date.parse("2026-03-01T00:00:00Z");
    const chats = createChatStateStore(temp.store.db, { keepMs: 7 * 86_400_000, pruneEveryMs: 3_600_000, now: () => new Date(now) });
    await chats.save("web:old", state("甲局"));
    now += 6 * 86_400_000;
    await chats.save("web:recent", state("乙局"));
    now += 1.5 * 86_400_000;
    await chats.save("web:new", state("丙局"));
    expect([await chats.load("web:old"), (await chats.load("web:recent"))?.agency, (await chats.load("web:new"))?.agency]).toEqual([null, "乙局", "丙局"]);

    // A check half an hour before "web:recent" turns seven days old keeps it; the next comes an hour later.
    now += 5.5 * 86_400_000 - 1_800_000;
    await chats.save("web:new", state("丙局"));
    now += 1_860_000;
    await chats.save("web:new", state("丙局"));
    expect((await chats.load("web:recent"))?.agency).toBe("乙局");
    now += 1_800_000;
    await chats.save("web:new", state("丙局"));
    expect(await chats.load("web:recent")).toBeNull();
    const rows = await temp.store.db.selectFrom("chat_states").select("chat_id").execute();
    expect(rows.map((r) => r.chat_id)).toEqual(["web:new"]);
  });
});
