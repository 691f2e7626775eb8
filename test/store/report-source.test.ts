import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ReportSummary } from "../../src/answers/report-source.ts";
import type { Store } from "../../src/store/db.ts";
import { readParsedReports, readOriginalText } from "../../src/store/report.repository.ts";
import { createReportSource, listReportsOfFile } from "../../src/store/report-source.ts";
import { replaceReports } from "../../src/store/report-writer.ts";
import { saveSourceFile } from "../../src/store/source-file.repository.ts";
import { sampleReport } from "./sample-report.ts";
import { holdTransaction } from "../support/held-transaction.ts";
import { DIALECTS } from "../support/test-databases.ts";
import { openTempStore } from "../support/temp-store.ts";

describe.each(DIALECTS)("on %s", (dialect) => {
  let store: Store;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ store, dispose } = await openTempStore(dialect));
  });
  afterEach(() => dispose());

  async function writeFile(path: string, reports = [sampleReport()], url: string | null = "https://example.gov.cn/a.html") {
    return store.db.transaction().execute(async (trx) => {
      const fileId = await saveSourceFile(trx, {
        path,
        name: path.split("/").at(-1)!,
        contentHash: "hash-" + path,
        url,
        encoding: "utf-8",
        originalText: "原文".repeat(60),
        ingestedAt: "2026-11-23T00:00:00.000Z",
      });
      return replaceReports(trx, fileId, reports);
    });
  }

  describe("createReportSource", () => {
    it("lists every report with its summary fields, the file name and the sidecar url", async () => {
      const written = await writeFile("/data/a.txt", [sampleReport(), sampleReport({ pieceIndex: 1, agency: null, agencyNormalized: null, year: null, published: null, anonymized: true, level: "unknown", region: { province: null, city: null, county: null, township: null }, format: "narrative" })]);
      const list = await createReportSource(store.db).listReports();
      const expected: ReportSummary[] = [
        {
          id: written[0]!.id,
          title: "凉州区2023年政府信息公开工作年度报告",
          agency: "凉州区人民政府",
          agencyNormalized: "武威市凉州区人民政府",
          region: { province: "甘肃省", city: "武威市", county: "凉州区", township: null },
          level: "county",
          year: 2023,
          published: "2024-01-20",
          format: "template2021",
          anonymized: false,
          source: "a.txt",
          url: "https://example.gov.cn/a.html",
        },
        {
          id: written[1]!.id,
          title: "凉州区2023年政府信息公开工作年度报告",
          agency: null,
          agencyNormalized: null,
          region: { province: null, city: null, county: null, township: null },
          level: "unknown",
          year: null,
          published: null,
          format: "narrative",
          anonymized: true,
          source: "a.txt",
          url: "https://example.gov.cn/a.html",
        },
      ];
      expect(list).toEqual(expected);
      expect(await listReportsOfFile(store.db, "/data/a.txt")).toEqual(expected);
    });

    it("returns a report's sections, passages, figures and warnings as written", async () => {
      const [written] = await writeFile("/data/a.txt");
      const detail = await createReportSource(store.db).getReport(written!.id);
      const report = sampleReport();
      expect(detail!.sections).toEqual(report.sections);
      expect(detail!.passages).toEqual(report.passages);
      expect(detail!.figures.map(({ id: _id, ...f }) => f)).toEqual(report.figures);
      expect(new Set(detail!.figures.map((f) => f.id)).size).toBe(2);
      expect(detail!.warnings).toEqual(report.warnings);
      expect(detail!.summary.id).toBe(written!.id);
    });

    it("reads the figures of several reports by metric in one call, each with its report and section heading", async () => {
      const [a, b] = await writeFile("/data/a.txt", [sampleReport(), sampleReport({ pieceIndex: 1 })]);
      const [other] = await writeFile("/data/b.txt");
      const source = createReportSource(store.db);
      const found = await source.figuresWithMetrics([b!.id, a!.id], ["proactive.total", "applications.new.total"]);
      const figure = sampleReport().figures[0]!;
      expect(found.map(({ id: _id, ...f }) => f)).toEqual([
        { reportId: a!.id, section: "二、主动公开政府信息情况", ...figure },
        { reportId: b!.id, section: "二、主动公开政府信息情况", ...figure },
      ]);
      expect(found.map((f) => f.reportId)).not.toContain(other!.id);
      expect(await source.figuresWithMetrics([a!.id], ["proactive.category"])).toMatchObject([{ reportId: a!.id, label: "政务文件", value: 2.5 }]);
      expect(await source.figuresWithMetrics([], ["proactive.total"])).toEqual([]);
      expect(await source.figuresWithMetrics([a!.id], [])).toEqual([]);
    });

    it("returns a report without warnings with an empty list", async () => {
      const [written] = await writeFile("/data/a.txt", [sampleReport({ warnings: [] })]);
      const detail = await createReportSource(store.db).getReport(written!.id);
      expect(detail!.warnings).toEqual([]);
      expect(detail!.figures.length).toBe(2);
    });

    it("returns the committed version of a report while a reload replacing it is open", async () => {
      const [written] = await writeFile("/data/a.txt");
      const reload = await holdTransaction(store.db, (trx) => replaceReports(trx, 1, [sampleReport({ title: "新标题" })]));
      const detail = await createReportSource(store.db).getReport(written!.id);
      expect(detail!.summary.title).toBe("凉州区2023年政府信息公开工作年度报告");
      expect(detail!.passages).toEqual(sampleReport().passages);
      reload.release();
      await reload.done;
      expect(await createReportSource(store.db).getReport(written!.id)).toBeNull();
    });

    it("returns null for a report that is gone", async () => {
      expect(await createReportSource(store.db).getReport(12345)).toBeNull();
    });

    it("round-trips every ParsedReport field through readParsedReports", async () => {
      const reports = [sampleReport(), sampleReport({ pieceIndex: 1, indexNumber: null, start: 120, end: 240 })];
      await writeFile("/data/a.txt", reports);
      expect(await readParsedReports(store.db, "/data/a.txt")).toEqual(reports);
    });

    it("keeps the file's original text once, reachable from each report", async () => {
      const [written] = await writeFile("/data/a.txt");
      expect(await readOriginalText(store.db, written!.id)).toBe("原文".repeat(60));
    });

    it("replaces a file's reports and removes the old ones' details", async () => {
      const [old] = await writeFile("/data/a.txt");
      const [fresh] = await writeFile("/data/a.txt", [sampleReport({ title: "新标题" })]);
      const source = createReportSource(store.db);
      expect(await source.getReport(old!.id)).toBeNull();
      expect((await source.listReports()).map((r) => r.title)).toEqual(["新标题"]);
      expect(fresh!.id).not.toBe(old!.id);
      const orphans = await store.db.selectFrom("figures").select("report_id").where("report_id", "=", old!.id).execute();
      expect(orphans).toEqual([]);
    });

    it("writes reports larger than one insert batch", async () => {
      const passages = Array.from({ length: 1000 }, (_, i) => ({ index: i, sectionIndex: 1, text: `第${i}段`, start: i, end: i + 1 }));
      const [written] = await writeFile("/data/big.txt", [sampleReport({ passages })]);
      const detail = await createReportSource(store.db).getReport(written!.id);
      expect(detail!.passages).toEqual(passages);
    });
  });
});
