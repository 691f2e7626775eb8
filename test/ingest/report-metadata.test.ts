import { describe, expect, it } from "vitest";
import { findIndexNumber, findPublished } from "../../src/ingest/report-metadata.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";

describe("header fields", () => {
  it("reads a header table whose cells hold a label with its colon and then the value", () => {
    const lines = splitLines(["索引号： | 11620723013941209X/2023-00031 | 发布机构： | 临泽县人民政府办公室", "主题分类： | 政务公开 | 发布日期： | 2023-01-30"].join("\n"));
    expect(findIndexNumber(lines)).toBe("11620723013941209X/2023-00031");
    expect(findPublished(lines, 2022)).toBe("2023-01-30");
  });

  it("reads the date from a header row naming its fields over a row of their values", () => {
    const lines = splitLines(["索引号 | 发布机构 | 生成日期 |", "11620723013941209X/2024-00018 | 临泽县人民政府办公室 | 2024-01-26 |"].join("\n"));
    expect(findIndexNumber(lines)).toBe("11620723013941209X/2024-00018");
    expect(findPublished(lines, 2023)).toBe("2024-01-26");
    // A posting date years after the covered year is a mirror's, not the report's.
    expect(findPublished(lines, 2019)).toBe(null);
  });
});
