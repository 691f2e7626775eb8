import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { tableLines } from "../../../src/ingest/figures/table-lines.ts";
import { buildFigureInput } from "./build-figure-input.ts";

// Made-up page. Checked on g016-03, g016-04, g016-05, g016-06 and g016-07 (holdout2): a page that
// prints the 第二十条 tables as text, each row's cells parted by one blank, header rows too.
const PAGE = [
  "示例县示例局2020年政府信息公开工作年度报告",
  "二、主动公开政府信息情况",
  "第二十条第(五)项",
  "信息内容 上一年项目数量 本年增/减 处理决定数量",
  "行政许可 30 +5 35",
  "其他对外管理服务事项 4 +2 6",
  "第二十条第(六)项",
  "信息内容 上一年项目数量 本年增/减 处理决定数量",
  "行政处罚 8 -1 7",
  "第二十条第(九)项",
  "信息内容 采购项目数量 采购总金额",
  "政府集中采购 3 45.6万元",
  "三、收到和处理政府信息公开申请情况",
].join("\n");

describe("table rows parted by single blanks", () => {
  const { figures } = extractFigures(buildFigureInput(PAGE, { year: 2020 }));
  const value = (metric: string) => figures.find((f) => f.metric === metric)?.value;

  it("reads each row's numbers under the columns its single-blank header names", () => {
    expect(value("art20.licensing.decisions")).toBe(35);
    expect(value("art20.licensing.change")).toBe(5);
    expect(value("art20.other_services.decisions")).toBe(6);
    expect(value("art20.punishment.change")).toBe(-1);
    expect(value("art20.punishment.decisions")).toBe(7);
  });

  it("reads a money unit after the last number as the column's unit", () => {
    expect(value("art20.procurement.procurement_count")).toBe(3);
    expect(figures.find((f) => f.metric === "art20.procurement.procurement_amount")).toMatchObject({ value: 45.6, unit: "万元" });
  });

  it("joins no line below a row to its label", () => {
    expect(figures.find((f) => f.metric === "art20.other_services.decisions")?.label).toMatch(/^其他对外管理服务事项 ·/u);
  });

  it("leaves prose and numbers in thousands groups whole", () => {
    const text = "全年公开信息 352条\n访问量 1 234";
    expect(tableLines(text, 0, text.length).map((l) => l.cells.length)).toEqual([1, 1]);
  });
});

// Fresh-set page h14-084, h14-085 (a 2019 table one cell per line, its amount written 976.81万元).
describe("an amount cell that writes its unit", () => {
  it("reads 976.81万元 under 采购总金额 as the amount, and a count with its measure word as prose", () => {
    const text = ["第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购", " 6", "976.81万元"].join("\n\n");
    const { figures } = extractFigures(buildFigureInput(text, { format: "template2019", year: 2019 }));
    expect(figures.filter((f) => f.metric.startsWith("art20.")).map((f) => [f.metric, f.value, f.unit])).toEqual([
      ["art20.procurement.procurement_count", 6, "项"],
      ["art20.procurement.procurement_amount", 976.81, "万元"],
    ]);
  });

  // Holdout c-014, d-013 (a complete 2019 report whose amount cell reads 251000元): the cell's unit is the figure's.
  it("reads 251000元 as an amount in 元, not in the column's 万元", () => {
    const text = "第二十条第（九）项\n信息内容 | 采购项目数量 | 采购总金额\n政府集中采购 | 6 | 251000元";
    const { figures } = extractFigures(buildFigureInput(text, { format: "template2019", year: 2019 }));
    expect(figures.filter((f) => f.metric.startsWith("art20.")).map((f) => [f.metric, f.value, f.unit])).toEqual([
      ["art20.procurement.procurement_count", 6, "项"],
      ["art20.procurement.procurement_amount", 251000, "元"],
    ]);
  });
});
