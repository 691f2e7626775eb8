import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChatState } from "../../src/answers/report-source.ts";
import type { Store } from "../../src/store/db.ts";
import { createChatStateStore } from "../../src/store/chat-state.repository.ts";
import { incrementCounter, readCounters } from "../../src/store/counter.repository.ts";
import { claimProcessed, pruneProcessed } from "../../src/store/processed-update.repository.ts";
import { DIALECTS } from "../support/test-databases.ts";
import { openTempStore, type TempStore } from "../support/temp-store.ts";

describe.each(DIALECTS)("on %s", (dialect) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let temp: TempStore;

  beforeEach(async () => {
    temp = await openTempStore(dialect);
    ({ store, dispose } = temp);
  });
  afterEach(() => dispose());

  describe("createChatStateStore", () => {
    const state: ChatState = { agency: "凉州区人民政府", reportIds: [3, 7], year: 2023, metric: "proactive.total", lastQuestion: "凉州区2023年主动公开多少条" };

    it("returns null for a chat it has not seen", async () => {
      expect(await createChatStateStore(store.db).load("tg:1")).toBeNull();
    });

    it("loads what was saved, and the latest save wins", async () => {
      const chats = createChatStateStore(store.db);
      await chats.save("tg:1", state);
      expect(await chats.load("tg:1")).toEqual(state);
      await chats.save("tg:1", { ...state, year: 2022, reportIds: [] });
      expect(await chats.load("tg:1")).toEqual({ ...state, year: 2022, reportIds: [] });
      expect(await chats.load("wx:other")).toBeNull();
    });
  });

  describe("claimProcessed", () => {
    it("claims a key once and refuses it afterwards", async () => {
      expect(await claimProcessed(store.db, "tg:100")).toBe(true);
      expect(await claimProcessed(store.db, "tg:100")).toBe(false);
      expect(await claimProcessed(store.db, "tg:101")).toBe(true);
    });

    it("lets exactly one of many concurrent claims across two processes' stores win", async () => {
      const other = await temp.reopen();
      try {
        const claims = await Promise.all(
          Array.from({ length: 10 }, (_, i) => claimProcessed(i % 2 === 0 ? store.db : other.db, "wx:msg-1")),
        );
        expect(claims.filter(Boolean).length).toBe(1);
      } finally {
        await other.close();
      }
    });

    it("prunes keys claimed before a time, so they could be claimed again", async () => {
      await claimProcessed(store.db, "tg:1");
      expect(await pruneProcessed(store.db, new Date(Date.now() + 1000))).toBe(1);
      expect(await claimProcessed(store.db, "tg:1")).toBe(true);
      expect(await pruneProcessed(store.db, new Date(0))).toBe(0);
    });
  });

  describe("counters", () => {
    it("start at the increment and add up", async () => {
      expect(await incrementCounter(store.db, "questions")).toBe(1);
      expect(await incrementCounter(store.db, "questions")).toBe(2);
      expect(await incrementCounter(store.db, "reloads", 5)).toBe(5);
      expect(await readCounters(store.db)).toEqual({ questions: 2, reloads: 5 });
    });

    it("count every concurrent increment", async () => {
      await Promise.all(Array.from({ length: 25 }, () => incrementCounter(store.db, "answered")));
      expect(await readCounters(store.db)).toEqual({ answered: 25 });
    });
  });
});
