import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Store } from "../../src/store/db.ts";

/** A store in a fresh temp folder; `dispose` closes it and deletes the folder. */
export async function openTempStore(): Promise<{ store: Store; dir: string; file: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "nianbao-store-"));
  const file = path.join(dir, "test.sqlite");
  const store = await openDatabase(file);
  return {
    store,
    dir,
    file,
    dispose: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
