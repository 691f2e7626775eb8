import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, withSynchronousFull, type Store } from "../../src/store/db.ts";

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
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    const writer = store.db.transaction().execute(async (trx) => {
      await trx.updateTable("counters").set({ value: 2 }).where("name", "=", "a").execute();
      written();
      await held;
    });
    await wrote;
    expect(await counterValue(store, "a")).toBe(1);
    release();
    await writer;
    expect(await counterValue(store, "a")).toBe(2);
  });

  it("makes a second writer wait for the first instead of failing", async () => {
    const other = await openDatabase(path.join(dir, "nested", "folder", "test.sqlite"));
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let written!: () => void;
      const wrote = new Promise<void>((resolve) => (written = resolve));
      const first = store.db.transaction().execute(async (trx) => {
        await trx.insertInto("counters").values({ name: "a", value: 1 }).execute();
        written();
        await held;
      });
      await wrote;
      const second = other.db.insertInto("counters").values({ name: "b", value: 2 }).execute();
      setTimeout(release, 100);
      await Promise.all([first, second]);
      expect(await counterValue(store, "a")).toBe(1);
      expect(await counterValue(store, "b")).toBe(2);
    } finally {
      await other.close();
    }
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
