import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/db.ts";
import { tryWithLoadLock, withLoadLock } from "../../src/store/load-lock.ts";
import { openTempStore, type TempStore } from "../support/temp-store.ts";
import { DIALECTS, itOn } from "../support/test-databases.ts";

describe.each(DIALECTS)("the load lock on %s", (dialect) => {
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

  itOn(dialect, "postgres")("lets one instance load while another serves, then lets the other check", async () => {
    const order: string[] = [];
    let finish!: () => void;
    const holding = new Promise<void>((resolve) => (finish = resolve));
    let started!: () => void;
    const hasStarted = new Promise<void>((resolve) => (started = resolve));
    const first = tryWithLoadLock(temp.store.db, async () => {
      started();
      await holding;
      order.push("first load");
      return "first";
    });
    await hasStarted;
    expect(await tryWithLoadLock(other.db, async () => "second")).toEqual({ ran: false });
    const waiting = withLoadLock(other.db, async () => void order.push("second load"), { pollMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(order).toEqual([]);
    finish();
    expect(await first).toEqual({ ran: true, value: "first" });
    await waiting;
    expect(order).toEqual(["first load", "second load"]);
  });

  itOn(dialect, "postgres")("stops waiting without loading once told to", async () => {
    let finish!: () => void;
    const holding = new Promise<void>((resolve) => (finish = resolve));
    let started!: () => void;
    const hasStarted = new Promise<void>((resolve) => (started = resolve));
    const first = tryWithLoadLock(temp.store.db, async () => {
      started();
      await holding;
    });
    await hasStarted;
    const stop = new AbortController();
    const waiting = withLoadLock(other.db, async () => "loaded", { signal: stop.signal, pollMs: 20 });
    stop.abort();
    expect(await waiting).toBeNull();
    finish();
    await first;
  });

  itOn(dialect, "sqlite")("is always free on SQLite, where one instance owns the file", async () => {
    expect(await tryWithLoadLock(temp.store.db, async () => 1)).toEqual({ ran: true, value: 1 });
    expect(await withLoadLock(other.db, async () => 2)).toBe(2);
  });
});
