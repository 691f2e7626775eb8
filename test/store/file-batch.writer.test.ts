import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readCatalogVersion } from "../../src/store/catalog-version.ts";
import { openDatabase, type Store } from "../../src/store/db.ts";
import { writeFileBatch, type FileBatch } from "../../src/store/file-batch.writer.ts";
import { readParsedReports } from "../../src/store/report.repository.ts";
import { listStoredFiles, type SourceFileVersion } from "../../src/store/source-file.repository.ts";
import { sampleReport } from "./sample-report.ts";
import { holdTransaction } from "../support/held-transaction.ts";
import { DIALECTS, itOn } from "../support/test-databases.ts";
import { openTempStore } from "../support/temp-store.ts";

describe.each(DIALECTS)("on %s", (dialect) => {
  let store: Store;
  let file: string;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ store, file, dispose } = await openTempStore(dialect));
  });
  afterEach(() => dispose());

  const AT = "2026-11-23T00:00:00.000Z";

  function version(path: string, hash = "h1"): SourceFileVersion {
    return { path, name: path.split("/").at(-1)!, contentHash: hash, url: null, encoding: "utf-8", originalText: "原文".repeat(60), ingestedAt: AT };
  }

  function batch(parts: Partial<FileBatch>): FileBatch {
    return { versions: [], failures: [], removals: [], at: AT, ...parts };
  }

  describe("writeFileBatch", () => {
    it("writes versions, failures and removals in one transaction and bumps the catalogue version once", async () => {
      await writeFileBatch(store.db, batch({ versions: [{ file: version("/d/gone.txt"), reports: [sampleReport()] }] }));
      const outcome = await writeFileBatch(
        store.db,
        batch({
          versions: [
            { file: version("/d/a.txt"), reports: [sampleReport()] },
            { file: version("/d/b.txt"), reports: [sampleReport(), sampleReport({ pieceIndex: 1, year: 2022 })] },
          ],
          failures: [{ path: "/d/bad.txt", name: "bad.txt", contentHash: "h9", reason: "文件中没有找到年报" }],
          removals: ["/d/gone.txt"],
        }),
      );
      expect(outcome.written.map((w) => [w.path, w.reports.map((r) => r.year)])).toEqual([
        ["/d/a.txt", [2023]],
        ["/d/b.txt", [2023, 2022]],
      ]);
      expect(outcome).toMatchObject({ refused: [], removed: 1, catalogVersion: 2 });
      expect(outcome.lockMs).toBeGreaterThan(0);
      const stored = await listStoredFiles(store.db);
      expect([...stored.keys()].sort()).toEqual(["/d/a.txt", "/d/b.txt", "/d/bad.txt"]);
      expect(stored.get("/d/bad.txt")).toMatchObject({ error: "文件中没有找到年报", hasVersion: false });
    });

    it("leaves the catalogue version alone when a batch only records failures", async () => {
      const outcome = await writeFileBatch(store.db, batch({ failures: [{ path: "/d/bad.txt", name: "bad.txt", contentHash: "h9", reason: "empty" }] }));
      expect(outcome).toMatchObject({ written: [], refused: [], removed: 0, catalogVersion: null });
      expect(await readCatalogVersion(store.db)).toBe(0);
    });

    it("records a version the store refuses as failed, keeps its previous version and writes the rest", async () => {
      await writeFileBatch(store.db, batch({ versions: [{ file: version("/d/b.txt"), reports: [sampleReport({ year: 2021 })] }] }));
      const before = await readParsedReports(store.db, "/d/b.txt");
      const report = sampleReport();
      // Two sections with one index break the sections primary key.
      const broken = { ...report, sections: [...report.sections, report.sections[0]!] };

      const outcome = await writeFileBatch(
        store.db,
        batch({
          versions: [
            { file: version("/d/a.txt"), reports: [sampleReport()] },
            { file: version("/d/b.txt", "h2"), reports: [broken] },
            { file: version("/d/c.txt"), reports: [sampleReport({ year: 2020 })] },
          ],
        }),
      );
      expect(outcome.written.map((w) => w.path)).toEqual(["/d/a.txt", "/d/c.txt"]);
      expect(outcome.refused).toEqual([
        {
          path: "/d/b.txt",
          reason:
            dialect === "sqlite"
              ? "store refused the file: SQLITE_CONSTRAINT: UNIQUE constraint failed: sections.report_id, sections.idx"
              : 'store refused the file: duplicate key value violates unique constraint "sections_pk"',
        },
      ]);
      expect(outcome.catalogVersion).toBe(2);
      expect(await readParsedReports(store.db, "/d/b.txt")).toEqual(before);
      expect((await readParsedReports(store.db, "/d/c.txt")).map((r) => r.year)).toEqual([2020]);
      const stored = await listStoredFiles(store.db);
      expect(stored.get("/d/b.txt")).toMatchObject({ contentHash: "h1", error: outcome.refused[0]!.reason, hasVersion: true });
    });

    itOn(dialect, "sqlite")("throws SQLITE_BUSY and writes nothing when another process holds the lock past the timeout", async () => {
      const impatient = await openDatabase(file, { busyTimeoutMs: 100 });
      try {
        const holder = await holdTransaction(store.db);
        const error = await writeFileBatch(impatient.db, batch({ versions: [{ file: version("/d/a.txt"), reports: [sampleReport()] }] })).catch((e: unknown) => e);
        holder.release();
        await holder.done;
        expect((error as { code?: string }).code).toBe("SQLITE_BUSY");
        expect([...(await listStoredFiles(store.db)).keys()]).toEqual([]);
        expect(await readCatalogVersion(store.db)).toBe(0);
      } finally {
        await impatient.close();
      }
    });
  });
});
