import { cp, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/corpus/ingest-paths.ts";
import { fileStamp } from "../../src/corpus/read-source.ts";
import { openDatabase, type Store } from "../../src/store/db.ts";
import { listStoredFiles } from "../../src/store/source-file.repository.ts";

const SEEDS = path.resolve("data/reports");
const FILE = "001_c6179b2d5830f109.txt";

let dir: string;
let corpus: string;
let store: Store;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "nianbao-stamps-"));
  corpus = path.join(dir, "reports");
  await cp(SEEDS, corpus, { recursive: true });
  store = await openDatabase(path.join(dir, "nianbao.sqlite"));
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const reload = () => ingestPaths(store, [corpus], { removeMissing: true });
const storedStamp = async (file: string) => (await listStoredFiles(store.db)).get(file)?.statStamp;

describe("stat stamps", () => {
  it("stores each file's stamp, and records a new one for a touched file whose content is the same", async () => {
    const file = path.join(corpus, FILE);
    await reload();
    expect(await storedStamp(file)).toBe(await fileStamp(file));

    await utimes(file, new Date("2030-01-01"), new Date("2030-01-01"));
    const touched = await reload();
    expect([touched.unchanged, touched.changed]).toEqual([5, 0]);
    expect(await storedStamp(file)).toBe(await fileStamp(file));
  });

  it("sees a same-size change whose mtime was set back, by its ctime", async () => {
    const file = path.join(corpus, FILE);
    await utimes(file, new Date("2024-05-01"), new Date("2024-05-01"));
    await reload();
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("13条", "14条"));
    await utimes(file, new Date("2024-05-01"), new Date("2024-05-01"));
    const again = await reload();
    expect([again.changed, again.unchanged]).toEqual([1, 4]);
  });

  it("sees a new sidecar beside an unchanged file", async () => {
    await reload();
    await writeFile(path.join(corpus, `${FILE}.meta.json`), JSON.stringify({ url: "https://example.org/r.html" }));
    const again = await reload();
    expect([again.changed, again.unchanged]).toEqual([1, 4]);
  });
});
