import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { buildFigureInput } from "./build-figure-input.ts";

// Made-up page. Checked on by-002 and by-003: the 第二十条 tables printed as one line, labels and
// numbers parted by single blanks.
const PAGE = [
  "示例区林业局2024年政府信息公开工作年度报告",
  "一、总体情况",
  "2024年共公开各类信息16条。",
  "二、主动公开政府信息情况",
  "第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范性文件 1 0 3 第二十条第(五)项 信息内容 本年处理决定数量 行政许可 0 第二十条第(六)项 信息内容 本年处理决定数量 行政处罚 8 行政强制 2",
].join("\n");

describe("a template table printed on one line", () => {
  it("is read cell by cell", () => {
    const { figures } = extractFigures(buildFigureInput(PAGE));
    expect(figures.filter((f) => f.metric.startsWith("art20.")).map((f) => [f.metric, f.value])).toEqual([
      ["art20.regulation.issued", 0],
      ["art20.regulation.repealed", 0],
      ["art20.regulation.in_force", 0],
      ["art20.normative_document.issued", 1],
      ["art20.normative_document.repealed", 0],
      ["art20.normative_document.in_force", 3],
      ["art20.licensing.decisions", 0],
      ["art20.punishment.decisions", 8],
      ["art20.enforcement.decisions", 2],
    ]);
  });

  it("leaves prose with numbers between blanks to the sentence reader", () => {
    const { figures } = extractFigures(buildFigureInput(["示例区林业局2024年政府信息公开工作年度报告", "一、总体情况", "全年 公开 信息 16 条 其中 政策 8 条"].join("\n")));
    expect(figures.every((f) => !f.metric.startsWith("art20."))).toBe(true);
  });
});
