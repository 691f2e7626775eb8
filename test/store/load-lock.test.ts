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
    const first = await holdLoadLock(temp.store.db, () => void order.push("first load"));
    expect(await tryWithLoadLock(other.db, async () => "second")).toEqual({ ran: false });
    const waiting = withLoadLock(other.db, async () => void order.push("second load"), { pollMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(order).toEqual([]);
    first.release();
    expect(await first.done).toEqual({ ran: true, value: undefined });
    await waiting;
    expect(order).toEqual(["first load", "second load"]);
  });

  itOn(dialect, "postgres")("stops waiting without loading once told to", async () => {
    const first = await holdLoadLock(temp.store.db, () => undefined);
    const stop = new AbortController();
    const waiting = withLoadLock(other.db, async () => "loaded", { signal: stop.signal, pollMs: 20 });
    stop.abort();
    expect(await waiting).toBeNull();
    first.release();
    await first.done;
  });

  itOn(dialect, "sqlite")("is always free on SQLite, where one instance owns the file", async () => {
    expect(await tryWithLoadLock(temp.store.db, async () => 1)).toEqual({ ran: true, value: 1 });
    expect(await withLoadLock(other.db, async () => 2)).toBe(2);
  });
});

/** Takes the load lock on `db` and keeps it until `release()`, then runs `work`; resolves once the lock is held. */
async function holdLoadLock<T>(db: Store["db"], work: () => T) {
  let release!: () => void;
  const holding = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const isHeld = new Promise<void>((resolve) => (held = resolve));
  const done = tryWithLoadLock(db, async () => {
    held();
    await holding;
    return work();
  });
  await isHeld;
  return { done, release };
}
