import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, withSynchronousFull, type Store } from "../../src/store/db.ts";
import { holdTransaction } from "../support/held-transaction.ts";

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "nianbao-db-"));
  store = await openDatabase(path.join(dir, "nested", "folder", "test.sqlite"));
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function counterValue(s: Store, name: string): Promise<number | undefined> {
  const row = await s.db.selectFrom("counters").select("value").where("name", "=", name).executeTakeFirst();
  return row?.value;
}

describe("openDatabase", () => {
  it("creates the parent folders and the file", async () => {
    const info = await stat(path.join(dir, "nested", "folder", "test.sqlite"));
    expect(info.isFile()).toBe(true);
  });

  it("runs the migrations and sets the pragmas", async () => {
    const version = await store.db.selectFrom("meta").select("value").where("key", "=", "catalog_version").executeTakeFirst();
    expect(version).toEqual({ value: "0" });
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    expect(journal.rows).toEqual([{ journal_mode: "wal" }]);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
    expect(fk.rows).toEqual([{ foreign_keys: 1 }]);
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
    expect(sync.rows).toEqual([{ synchronous: 1 }]);
  });

  it("opens an existing database again without re-running migrations", async () => {
    await store.db.insertInto("counters").values({ name: "questions", value: 3 }).execute();
    await store.close();
    store = await openDatabase(path.join(dir, "nested", "folder", "test.sqlite"));
    expect(await counterValue(store, "questions")).toBe(3);
  });

  it("throws a StoreError with the driver's error as cause when the path is unusable", async () => {
    const error = await openDatabase(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("StoreError");
    expect((error as Error).message).toBe(`store: cannot open or migrate ${dir}`);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});

describe("the node-sqlite3 dialect", () => {
  it("reports affected rows and insert ids of writes", async () => {
    const insert = await store.db.insertInto("counters").values([{ name: "a", value: 1 }, { name: "b", value: 2 }]).executeTakeFirst();
    expect(insert.numInsertedOrUpdatedRows).toBe(2n);
    const update = await store.db.updateTable("counters").set({ value: 5 }).executeTakeFirst();
    expect(update.numUpdatedRows).toBe(2n);
    const file = await store.db
      .insertInto("source_files")
      .values({ path: "/x/a.txt", name: "a.txt", content_hash: "h", url: null, encoding: null, ingested_at: "t", error: null, original_text: null })
      .executeTakeFirst();
    expect(file.insertId).toBe(1n);
    const removed = await store.db.deleteFrom("counters").where("name", "=", "a").executeTakeFirst();
    expect(removed.numDeletedRows).toBe(1n);
  });

  it("returns rows from writes with RETURNING", async () => {
    const rows = await store.db.insertInto("counters").values({ name: "c", value: 7 }).returning(["name", "value"]).execute();
    expect(rows).toEqual([{ name: "c", value: 7 }]);
  });

  it("commits a transaction", async () => {
    await store.db.transaction().execute(async (trx) => {
      await trx.insertInto("counters").values({ name: "a", value: 1 }).execute();
      await trx.insertInto("counters").values({ name: "b", value: 2 }).execute();
    });
    expect(await counterValue(store, "a")).toBe(1);
    expect(await counterValue(store, "b")).toBe(2);
  });

  it("rolls a transaction back when its work throws", async () => {
    const failure = store.db.transaction().execute(async (trx) => {
      await trx.insertInto("counters").values({ name: "a", value: 1 }).execute();
      throw new Error("stop");
    });
    await expect(failure).rejects.toThrow("stop");
    expect(await counterValue(store, "a")).toBeUndefined();
  });

  it("lets readers see the committed data while a write transaction is open", async () => {
    await store.db.insertInto("counters").values({ name: "a", value: 1 }).execute();
    const writer = await holdTransaction(store.db, (trx) => trx.updateTable("counters").set({ value: 2 }).where("name", "=", "a").execute());
    expect(await counterValue(store, "a")).toBe(1);
    writer.release();
    await writer.done;
    expect(await counterValue(store, "a")).toBe(2);
  });

  it("makes a second writer wait for the first instead of failing", async () => {
    const other = await openDatabase(path.join(dir, "nested", "folder", "test.sqlite"));
    try {
      const first = await holdTransaction(store.db, (trx) => trx.insertInto("counters").values({ name: "a", value: 1 }).execute());
      const second = other.db.insertInto("counters").values({ name: "b", value: 2 }).execute();
      setTimeout(first.release, 100);
      await Promise.all([first.done, second]);
      expect(await counterValue(store, "a")).toBe(1);
      expect(await counterValue(store, "b")).toBe(2);
    } finally {
      await other.close();
    }
  });

  it("keeps serving reads while writes queue behind an open transaction, then runs the writes in order", async () => {
    await store.db.insertInto("counters").values({ name: "a", value: 1 }).execute();
    const writer = await holdTransaction(store.db, (trx) => trx.updateTable("counters").set({ value: 2 }).where("name", "=", "a").execute());
    const finished: string[] = [];
    const queued = ["w1", "w2", "w3", "w4", "w5"].map((name) =>
      store.db.insertInto("counters").values({ name, value: 0 }).execute().then(() => finished.push(name)),
    );
    // More waiting writers than connections: the reads still have theirs.
    const reads = await Promise.all(Array.from({ length: 10 }, () => counterValue(store, "a")));
    expect(reads).toEqual(Array.from({ length: 10 }, () => 1));
    expect(finished).toEqual([]);
    writer.release();
    await Promise.all([writer.done, ...queued]);
    expect(finished).toEqual(["w1", "w2", "w3", "w4", "w5"]);
    expect(await counterValue(store, "a")).toBe(2);
  });

  it("fails a write with SQLITE_BUSY once it has waited the busy timeout for the write connection", async () => {
    const impatient = await openDatabase(path.join(dir, "impatient.sqlite"), { busyTimeoutMs: 100 });
    try {
      const writer = await holdTransaction(impatient.db);
      const error = await impatient.db.insertInto("counters").values({ name: "late", value: 1 }).execute().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error & { code?: string }).code).toBe("SQLITE_BUSY");
      expect((error as Error).message).toBe("SQLITE_BUSY: waited 100 ms for the write connection");
      writer.release();
      await writer.done;
      await impatient.db.insertInto("counters").values({ name: "late", value: 1 }).execute();
      expect(await counterValue(impatient, "late")).toBe(1);
    } finally {
      await impatient.close();
    }
  });

  it("refuses a write inside a read transaction instead of sending it to a read connection silently", async () => {
    const error = await store.db.connection().execute(async (conn) => {
      await sql`begin`.execute(conn);
      try {
        return await conn.insertInto("counters").values({ name: "a", value: 1 }).execute().catch((e: unknown) => e);
      } finally {
        await sql`commit`.execute(conn);
      }
    });
    expect((error as Error & { code?: string }).code).toBe("SQLITE_READONLY");
    expect(await counterValue(store, "a")).toBeUndefined();
  });

  it("queues queries beyond the pool size", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => sql<{ n: number }>`select ${i} as n`.execute(store.db)),
    );
    expect(results.map((r) => r.rows[0]!.n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("runs work with synchronous=FULL and restores NORMAL afterwards", async () => {
    const inside = await withSynchronousFull(store.db, async (db) => {
      await db.transaction().execute((trx) => trx.insertInto("counters").values({ name: "a", value: 1 }).execute());
      const r = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
      return r.rows[0]!.synchronous;
    });
    expect(inside).toBe(2);
    expect(await counterValue(store, "a")).toBe(1);
    const all = await Promise.all([1, 2, 3].map(() => sql<{ synchronous: number }>`pragma synchronous`.execute(store.db)));
    expect(all.map((r) => r.rows[0]!.synchronous)).toEqual([1, 1, 1]);
  });

  it("closes after use while queries were just running", async () => {
    const queries = Array.from({ length: 5 }, () => store.db.selectFrom("counters").selectAll().execute());
    const closing = store.close();
    await Promise.all(queries);
    await expect(closing).resolves.toBeUndefined();
    store = await openDatabase(path.join(dir, "nested", "folder", "test.sqlite"));
  });

  it("keeps an in-memory database on a single connection", async () => {
    const memory = await openDatabase(":memory:");
    await memory.db.insertInto("counters").values({ name: "a", value: 1 }).execute();
    const rows = await Promise.all([1, 2, 3].map(() => memory.db.selectFrom("counters").selectAll().execute()));
    expect(rows.map((r) => r.length)).toEqual([1, 1, 1]);
    await memory.close();
  });
});
