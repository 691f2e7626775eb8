import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createStoredMessageLog } from "../../../src/bot/wechat/wechat-message-log.ts";
import type { Store } from "../../../src/store/db.ts";
import { openTempStore, type TempStore } from "../../support/temp-store.ts";
import { DIALECTS } from "../../support/test-databases.ts";

describe.each(DIALECTS)("createStoredMessageLog on %s", (dialect) => {
  let temp: TempStore;
  let other: Store;

  beforeEach(async () => {
    temp = await openTempStore(dialect);
    other = await temp.reopen();
  });
  afterEach(async () => {
    await other.close();
    await temp.dispose();
  });

  it("lets one of two instances claim a message, and hands the other the reply once stored", async () => {
    const a = createStoredMessageLog(temp.store.db);
    const b = createStoredMessageLog(other.db, { pollMs: 20 });
    const claims = await Promise.all([a.claim("o1:42"), b.claim("o1:42"), a.claim("o1:42"), b.claim("o1:42")]);
    expect(claims.filter(Boolean)).toEqual([true]);
    const waiting = b.awaitReply("o1:42", 2000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await a.saveReply("o1:42", "凉州区科学技术局2021年年报：主动公开政府信息 13条。");
    expect(await waiting).toEqual({ reply: "凉州区科学技术局2021年年报：主动公开政府信息 13条。", sentLater: false });
  });

  it("tells a retry that the reply went out through the customer-service API", async () => {
    const a = createStoredMessageLog(temp.store.db);
    const b = createStoredMessageLog(other.db, { pollMs: 20 });
    expect(await a.claim("o1:43")).toBe(true);
    await a.markSentLater("o1:43");
    expect(await b.awaitReply("o1:43", 500)).toEqual({ reply: "", sentLater: true });
  });

  it("gives up waiting after the time allowed when no reply comes", async () => {
    const a = createStoredMessageLog(temp.store.db);
    expect(await a.claim("o1:44")).toBe(true);
    const started = Date.now();
    expect(await createStoredMessageLog(other.db, { pollMs: 20 }).awaitReply("o1:44", 200)).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
  });

  it("takes over a claim left without a reply by an instance that stopped, once", async () => {
    let now = new Date("2026-12-03T08:00:00.000Z");
    const a = createStoredMessageLog(temp.store.db, { now: () => now });
    const b = createStoredMessageLog(other.db, { now: () => now });
    expect(await a.claim("o1:45")).toBe(true);
    now = new Date("2026-12-03T08:00:05.000Z");
    expect(await b.claim("o1:45")).toBe(false);
    now = new Date("2026-12-03T08:00:07.000Z");
    expect(await Promise.all([b.claim("o1:45"), createStoredMessageLog(temp.store.db, { now: () => now }).claim("o1:45")])).toSatisfy(
      (won: boolean[]) => won.filter(Boolean).length === 1,
    );
    await a.saveReply("o1:45", "答复");
    now = new Date("2026-12-03T08:01:00.000Z");
    expect(await b.claim("o1:45")).toBe(false);
  });
});
