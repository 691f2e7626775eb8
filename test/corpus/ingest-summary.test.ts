import { describe, expect, it } from "vitest";
import { formatIngestSummary } from "../../src/corpus/ingest-summary.ts";

describe("formatIngestSummary", () => {
  it("names the counts, the failures and the files with the most warnings", () => {
    const text = formatIngestSummary({
      files: 7,
      bytesParsed: 4_500_000,
      unchanged: 3,
      added: 2,
      changed: 1,
      removed: 1,
      failed: [{ path: "/data/reports/empty.txt", reason: "文件是空的" }],
      reports: 14,
      figures: 314,
      warnings: 3,
      unreadRows: 2,
      worst: [{ path: "/data/reports/002.txt", warnings: 2 }, { path: "/data/reports/004.txt", warnings: 1 }],
      identity: {
        bySource: { title: 9, announced: 3, none: 2 },
        unknown: [{ path: "/data/reports/000.txt", pieceIndex: 6, reason: "机构名称被隐去（XX）" }],
        unknownTotal: 2,
      },
      addedReports: [],
    }, 0.9);
    expect(text).toBe(
      [
        "文件：7 个（新增 2，更新 1，未变 3，移除 1，失败 1）",
        "年报：14 份，数字：314 个，勾稽提示：3 条",
        "读入 4.5 MB，用时 0.90 秒，5.0 MB/s",
        "表格行数字连在一起、拆分不唯一而未读取：2 行（见各年报的勾稽提示）",
        "未能载入：",
        "- empty.txt：文件是空的",
        "机构名称来源：标题 9，发布声明 3，未识别 2",
        "未识别机构或年份：2 份（可用 <文件>.meta.json 的 agency、year 指定）",
        "- 000.txt#6：机构名称被隐去（XX）",
        "勾稽提示最多的文件：",
        "- 002.txt：2 条",
        "- 004.txt：1 条",
      ].join("\n"),
    );
  });

  it("leaves out the failure and warning lists when they are empty", () => {
    const text = formatIngestSummary({
      files: 5, bytesParsed: 0, unchanged: 5, added: 0, changed: 0, removed: 0, failed: [], reports: 14, figures: 314, warnings: 0, unreadRows: 0, worst: [], addedReports: [],
      identity: { bySource: {}, unknown: [], unknownTotal: 0 },
    });
    expect(text).toBe(
      "文件：5 个（新增 0，更新 0，未变 5，移除 0，失败 0）\n年报：14 份，数字：314 个，勾稽提示：0 条",
    );
  });
});
