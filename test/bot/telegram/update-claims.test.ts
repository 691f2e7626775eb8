import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpdateClaims } from "../../../src/bot/telegram/update-claims.ts";
import type { Store } from "../../../src/store/db.ts";
import { openTempStore, type TempStore } from "../../support/temp-store.ts";
import { DIALECTS } from "../../support/test-databases.ts";

const HOUR = 3600_000;

describe.each(DIALECTS)("createUpdateClaims on %s", (dialect) => {
  let temp: TempStore;
  let store: Store;
  beforeAll(async () => {
    temp = await openTempStore(dialect);
    store = temp.store;
  });
  afterAll(() => temp.dispose());

  it("claims a key once, across instances sharing the store", async () => {
    const now = () => new Date();
    const first = createUpdateClaims(store.db, { now });
    expect([await first("tg:1"), await first("tg:1")]).toEqual([true, false]);
    expect(await createUpdateClaims(store.db, { now })("tg:1")).toBe(false);
    const other = await temp.reopen();
    try {
      expect(await createUpdateClaims(other.db, { now })("tg:1")).toBe(false);
    } finally {
      await other.close();
    }
  });

  it("forgets claims older than two days, checking at most once an hour", async () => {
    let at = Date.now();
    const claim = createUpdateClaims(store.db, { now: () => new Date(at) });
    expect(await claim("tg:10")).toBe(true);
    at += 47.5 * HOUR;
    expect(await claim("tg:11")).toBe(true);
    at += 0.7 * HOUR;
    // Older than two days, but the last check was less than an hour ago.
    expect(await claim("tg:10")).toBe(false);
    at += 0.4 * HOUR;
    expect(await claim("tg:12")).toBe(true);
    expect(await claim("tg:10")).toBe(true);
  });
});
