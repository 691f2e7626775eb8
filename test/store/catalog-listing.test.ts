import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ParsedReport } from "../../src/domain/report.ts";
import type { Store } from "../../src/store/db.ts";
import { listCatalog, saveCatalogSnapshot } from "../../src/store/catalog-listing.ts";
import { bumpCatalogVersion, readCatalogVersion } from "../../src/store/catalog-version.ts";
import { replaceReports } from "../../src/store/report-writer.ts";
import { saveSourceFile } from "../../src/store/source-file.repository.ts";
import { sampleReport } from "./sample-report.ts";
import { DIALECTS } from "../support/test-databases.ts";
import { openTempStore } from "../support/temp-store.ts";

describe.each(DIALECTS)("listCatalog on %s", (dialect) => {
  let store: Store;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ store, dispose } = await openTempStore(dialect));
  });
  afterEach(() => dispose());

  function writeFile(path: string, reports: ParsedReport[], url: string | null = null) {
    return store.db.transaction().execute(async (trx) => {
      const fileId = await saveSourceFile(trx, {
        path,
        name: path.split("/").at(-1)!,
        contentHash: "hash-" + path + reports.length,
        url,
        encoding: "utf-8",
        originalText: "原文".repeat(60),
        ingestedAt: "2026-11-23T00:00:00.000Z",
      });
      return replaceReports(trx, fileId, reports);
    });
  }

  it("lists an empty store as no reports", async () => {
    expect(await listCatalog(store.db)).toEqual([]);
  });

  it("reads back text that JSON escapes exactly as written", async () => {
    const title = '他说"公开"\\全文\n第二行\t𠀀年报';
    const [written] = await writeFile('/data/引号"与\\反斜杠.txt', [sampleReport({ title, agency: "甲\u0001乙局", agencyNormalized: "甲乙局𠀀" })], "https://example.gov.cn/a?b=\"c\"");
    expect(await listCatalog(store.db)).toEqual([
      {
        id: written!.id,
        title,
        agency: "甲\u0001乙局",
        agencyNormalized: "甲乙局𠀀",
        region: { province: "甘肃省", city: "武威市", county: "凉州区", township: null },
        level: "county",
        year: 2023,
        published: "2024-01-20",
        format: "template2021",
        anonymized: false,
        source: '引号"与\\反斜杠.txt',
        url: "https://example.gov.cn/a?b=\"c\"",
      },
    ]);
  });

  it("lists the reports of several files in id order after one file is replaced", async () => {
    await writeFile("/data/a.txt", [sampleReport({ year: 2021 }), sampleReport({ pieceIndex: 1, year: 2022 })]);
    const [b] = await writeFile("/data/b.txt", [sampleReport({ year: 2020 })]);
    const replaced = await writeFile("/data/a.txt", [sampleReport({ year: 2023 }), sampleReport({ pieceIndex: 1, year: 2024, anonymized: true })]);
    const list = await listCatalog(store.db);
    expect(list.map((r) => [r.id, r.source, r.year, r.anonymized])).toEqual([
      [b!.id, "b.txt", 2020, false],
      [replaced[0]!.id, "a.txt", 2023, false],
      [replaced[1]!.id, "a.txt", 2024, true],
    ]);
    expect(b!.id).toBeLessThan(replaced[0]!.id);
  });

  it("lists in id order a report whose row was rewritten after the others", async () => {
    const [first] = await writeFile("/data/a.txt", [sampleReport({ year: 2021 })]);
    const [second] = await writeFile("/data/b.txt", [sampleReport({ year: 2022 })]);
    // PostgreSQL writes the changed row anew at the end of the table, where a plain scan meets it last.
    await store.db.updateTable("reports").set({ title: "改过的标题" }).where("id", "=", first!.id).execute();
    const list = await listCatalog(store.db);
    expect(list.map((r) => [r.id, r.title])).toEqual([
      [first!.id, "改过的标题"],
      [second!.id, "凉州区2023年政府信息公开工作年度报告"],
    ]);
  });

  const snapshots = () => store.db.selectFrom("catalog_snapshots").select("version").orderBy("version").execute();
  const retitle = (title: string) => store.db.updateTable("reports").set({ title }).execute();

  it("lists from the snapshot of the current version, and from the reports once the version moves", async () => {
    await writeFile("/data/a.txt", [sampleReport({ title: "旧标题" })]);
    await bumpCatalogVersion(store.db);
    await saveCatalogSnapshot(store.db);
    // Changed behind the version's back: only the snapshot can still say 旧标题.
    await retitle("新标题");
    expect((await listCatalog(store.db)).map((r) => r.title)).toEqual(["旧标题"]);
    await bumpCatalogVersion(store.db);
    expect((await listCatalog(store.db)).map((r) => r.title)).toEqual(["新标题"]);
  });

  it("keeps one snapshot, of the version it was saved at, and takes none twice for one version", async () => {
    await writeFile("/data/a.txt", [sampleReport({ title: "第一版" })]);
    await bumpCatalogVersion(store.db);
    await saveCatalogSnapshot(store.db);
    await retitle("第二版");
    await saveCatalogSnapshot(store.db);
    expect((await listCatalog(store.db)).map((r) => r.title)).toEqual(["第一版"]);
    const version = await bumpCatalogVersion(store.db);
    await saveCatalogSnapshot(store.db);
    expect(await snapshots()).toEqual([{ version }]);
    expect(version).toBe(await readCatalogVersion(store.db));
    expect((await listCatalog(store.db)).map((r) => r.title)).toEqual(["第二版"]);
  });

  it("saves a fresh store's catalogue as empty at version 0", async () => {
    await saveCatalogSnapshot(store.db);
    expect(await snapshots()).toEqual([{ version: 0 }]);
    expect(await listCatalog(store.db)).toEqual([]);
  });
});
