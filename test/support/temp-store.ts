/** A real SQLite store in a fresh temp folder, for tests that start from an empty store. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Store } from "../../src/store/db.ts";

export interface TempStore {
  store: Store;
  /** The database file, for a second connection as another process would open it. */
  file: string;
  /** Closes the store and deletes the folder. */
  dispose(): Promise<void>;
}

export async function openTempStore(): Promise<TempStore> {
  const dir = await mkdtemp(path.join(tmpdir(), "nianbao-store-"));
  const file = path.join(dir, "test.sqlite");
  const store = await openDatabase(file);
  return {
    store,
    file,
    dispose: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
