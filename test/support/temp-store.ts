/**
 * A real store from scratch for tests: a SQLite file in a fresh temp folder, or a fresh
 * PostgreSQL database (see `test-databases.ts`).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, openPostgresStore, type Store } from "../../src/store/db.ts";
import type { StoreDialect } from "../../src/store/dialect.ts";
import { createTestDatabase } from "./test-databases.ts";

export interface TempStore {
  store: Store;
  /** The SQLite database file, for a second connection as another process would open it ("" on PostgreSQL). */
  file: string;
  /** The PostgreSQL URL (null on SQLite). */
  url: string | null;
  /** Opens another store on the same database, as a second process would; the caller closes it. */
  reopen(): Promise<Store>;
  /** Closes the store and deletes the folder or drops the database. */
  dispose(): Promise<void>;
}

export async function openTempStore(dialect: StoreDialect = "sqlite"): Promise<TempStore> {
  if (dialect === "postgres") {
    const database = await createTestDatabase();
    const store = await openPostgresStore(database.url);
    return {
      store,
      file: "",
      url: database.url,
      reopen: () => openPostgresStore(database.url),
      dispose: async () => {
        await store.close();
        await database.drop();
      },
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), "nianbao-store-"));
  const file = path.join(dir, "test.sqlite");
  const store = await openDatabase(file);
  return {
    store,
    file,
    url: null,
    reopen: () => openDatabase(file),
    dispose: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
