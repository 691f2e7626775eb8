import { describe, expect, it } from "vitest";
import { formatIngestSummary } from "../../src/corpus/ingest-summary.ts";

describe("formatIngestSummary", () => {
  it("names the counts, the failures and the files with the most warnings", () => {
    const text = formatIngestSummary({
      files: 7,
      unchanged: 3,
      added: 2,
      changed: 1,
      removed: 1,
      failed: [{ path: "/data/reports/empty.txt", reason: "ingest: the file is empty" }],
      reports: 14,
      figures: 314,
      warnings: 3,
      worst: [{ path: "/data/reports/002.txt", warnings: 2 }, { path: "/data/reports/004.txt", warnings: 1 }],
      identity: {
        bySource: { title: 9, announced: 3, none: 2 },
        unknown: [{ path: "/data/reports/000.txt", pieceIndex: 6, reason: "agency name withheld (XX)" }],
        unknownTotal: 2,
      },
      addedReports: [],
    });
    expect(text).toBe(
      [
        "文件 files: 7（新增 added 2，更新 changed 1，未变 unchanged 3，移除 removed 1，失败 failed 1）",
        "报告 reports: 14，数字 figures: 314，勾稽提示 warnings: 3",
        "未能载入 not loaded:",
        "- empty.txt: ingest: the file is empty",
        "机构来源 agency from: title 9，announced 3，none 2",
        "未识别 unidentified: 2（可用 <文件>.meta.json 的 agency、year 指定）",
        "- 000.txt#6: agency name withheld (XX)",
        "提示最多的文件 most warnings:",
        "- 002.txt: 2",
        "- 004.txt: 1",
      ].join("\n"),
    );
  });

  it("leaves out the failure and warning lists when they are empty", () => {
    const text = formatIngestSummary({
      files: 5, unchanged: 5, added: 0, changed: 0, removed: 0, failed: [], reports: 14, figures: 314, warnings: 0, worst: [], addedReports: [],
      identity: { bySource: {}, unknown: [], unknownTotal: 0 },
    });
    expect(text).toBe(
      "文件 files: 5（新增 added 0，更新 changed 0，未变 unchanged 5，移除 removed 0，失败 failed 0）\n报告 reports: 14，数字 figures: 314，勾稽提示 warnings: 0",
    );
  });
});
