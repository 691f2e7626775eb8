import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/corpus/ingest-paths.ts";
import { ingestUpload } from "../../src/corpus/ingest-upload.ts";
import { openDatabase, type Store } from "../../src/store/db.ts";
import { createReportSource } from "../../src/store/report-source.ts";

const SEEDS = path.resolve("data/reports");

let dir: string;
let dataDir: string;
let store: Store;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "nianbao-upload-"));
  dataDir = path.join(dir, "reports");
  store = await openDatabase(path.join(dir, "nianbao.sqlite"));
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe("ingestUpload", () => {
  it("saves an uploaded report into the data folder and serves it", async () => {
    const [seed] = (await readdir(SEEDS)).sort();
    const bytes = await readFile(path.join(SEEDS, seed!));
    const result = await ingestUpload(store, "上传/年报.txt", bytes, dataDir);
    if (result.status !== "ingested") throw new Error(result.reason);
    expect(result.summary).toMatchObject({ files: 1, added: 1, failed: [] });
    expect(result.reports.map((r) => r.source)).toEqual(result.reports.map(() => "年报.txt"));
    expect(result.reports.map((r) => r.id)).toEqual(result.summary.addedReports.map((r) => r.id));
    expect(await readFile(path.join(dataDir, "年报.txt"))).toEqual(bytes);
    expect(await readdir(dataDir)).toEqual(["年报.txt"]);

    const reload = await ingestPaths(store, [dataDir], { removeMissing: true });
    expect(reload).toMatchObject({ unchanged: 1, removed: 0 });
    expect((await createReportSource(store.db).listReports()).length).toBe(result.reports.length);
  });

  it("rejects a file that is not a report page or text", async () => {
    expect(await ingestUpload(store, "scan.pdf", new Uint8Array([1, 2, 3]), dataDir)).toEqual({
      status: "rejected",
      reason: "scan.pdf：只接受 .txt、.html 或 .htm 文件",
    });
  });

  it("rejects a file that holds no report and writes nothing", async () => {
    const result = await ingestUpload(store, "empty.txt", new Uint8Array(), dataDir);
    expect(result.status).toBe("rejected");
    expect(await readdir(dataDir).catch(() => [])).toEqual([]);
    expect(await createReportSource(store.db).listReports()).toEqual([]);
  });
});
