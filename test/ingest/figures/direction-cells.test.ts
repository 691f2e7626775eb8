import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { buildFigureInput } from "./build-figure-input.ts";

// Made-up page. Checked on bl-101 and bl-102: a 第二十条 table laid out one cell per line, its change
// written with its direction (增4, 减2) and its amount with 万 alone (140万).
const PAGE = [
  "示例省示例局2019年政府信息公开工作年度报告",
  "二、主动公开政府信息情况",
  "第二十条第(六)项",
  "信息内容",
  "上一年项目数量",
  "本年增/减",
  "处理决定数量",
  "行政处罚",
  "1",
  "增4",
  "5",
  "行政强制",
  "6",
  "减2",
  "4",
  "第二十条第(九)项",
  "信息内容",
  "采购项目数量",
  "采购总金额",
  "政府集中采购",
  "2",
  "140万",
].join("\n");

describe("a template cell written with a direction or with 万 alone", () => {
  const figures = extractFigures(buildFigureInput(PAGE, { format: "template2019", year: 2019 })).figures;
  const cells = Object.fromEntries(figures.filter((f) => f.metric.startsWith("art20.")).map((f) => [f.metric, [f.value, f.unit]]));

  it("reads 增4 as 4 and 减2 as -2, keeping the cells after them in their columns", () => {
    expect([cells["art20.punishment.change"], cells["art20.punishment.decisions"]]).toEqual([[4, "项"], [5, "件"]]);
    expect([cells["art20.enforcement.change"], cells["art20.enforcement.decisions"]]).toEqual([[-2, "项"], [4, "件"]]);
  });

  it("reads 140万 as 140 in 万元", () => {
    expect(cells["art20.procurement.procurement_amount"]).toEqual([140, "万元"]);
  });
});
