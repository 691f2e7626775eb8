import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/db.ts";
import { replaceReports } from "../../src/store/report-writer.ts";
import { recordFileFailure, saveSourceFile } from "../../src/store/source-file.repository.ts";
import { readCorpusStats, readWarningLeaders } from "../../src/store/stats.repository.ts";
import { sampleReport } from "./sample-report.ts";
import { DIALECTS } from "../support/test-databases.ts";
import { openTempStore } from "../support/temp-store.ts";

describe.each(DIALECTS)("on %s", (dialect) => {
  let store: Store;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ store, dispose } = await openTempStore(dialect));
  });
  afterEach(() => dispose());

  async function addFile(path: string, reports: ReturnType<typeof sampleReport>[]) {
    await store.db.transaction().execute(async (trx) => {
      const id = await saveSourceFile(trx, { path, name: path, contentHash: "h", url: null, encoding: "utf-8", originalText: "x", ingestedAt: "t" });
      await replaceReports(trx, id, reports);
    });
  }

  describe("readCorpusStats", () => {
    it("is all zeros for an empty store", async () => {
      expect(await readCorpusStats(store.db)).toEqual({ reports: 0, agencies: 0, years: [], figures: 0, warnings: 0, unreadRows: 0, files: 0, failedFiles: 0 });
    });

    it("counts reports, distinct agencies, years, figures, warnings, files and failed files", async () => {
      await addFile("/d/a.txt", [sampleReport(), sampleReport({ pieceIndex: 1, year: 2021, warnings: [] })]);
      await addFile("/d/b.txt", [sampleReport({ agencyNormalized: null, agency: "某镇", year: null })]);
      await recordFileFailure(store.db, { path: "/d/c.txt", name: "c.txt", contentHash: "h", reason: "empty", at: "t" });
      expect(await readCorpusStats(store.db)).toEqual({ reports: 3, agencies: 2, years: [2021, 2023], figures: 6, warnings: 4, unreadRows: 0, files: 2, failedFiles: 1 });
    });
  });

  describe("readWarningLeaders", () => {
    it("names the files with the most warnings first, leaving out files without any", async () => {
      await addFile("/d/a.txt", [sampleReport({ warnings: [] })]);
      await addFile("/d/b.txt", [sampleReport(), sampleReport({ pieceIndex: 1 })]);
      await addFile("/d/c.txt", [sampleReport()]);
      expect(await readWarningLeaders(store.db, 5)).toEqual([
        { path: "/d/b.txt", warnings: 4 },
        { path: "/d/c.txt", warnings: 2 },
      ]);
      expect(await readWarningLeaders(store.db, 1)).toEqual([{ path: "/d/b.txt", warnings: 4 }]);
    });
  });
});
