import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// ig-047, ig-048: a short name written out (重点办 → …重点建设项目领导小组办公室) names the agency; the
// words of its full name (领导小组) ask nothing of the report.
const PAGE = [
  "广元市人民政府重点建设项目领导小组办公室2016年政府信息公开工作年度报告",
  "一、概述",
  "市重点办成立了政府信息公开工作领导小组,由主任任组长。",
  "二、主动公开政府信息情况",
  "全年主动公开政府信息120条。",
].join("\n");

describe("a question naming its agency by a short name", () => {
  const ask = askingOverPages({ "page.txt": PAGE }, new Date("2017-06-01T12:00:00"));

  it("reads what is asked from the question as written", async () => {
    const a = await ask("s:1", "广元市重点办2016年主动公开了多少条政府信息");
    expect([a.status, a.agency, a.figures.map((f) => f.value)]).toEqual(["answered", "广元市人民政府重点建设项目领导小组办公室", [120]]);
  });
});

// ja-148: a site's name in quotation marks (“中国东莞”主站) after the place asked.
describe("a question naming a site in quotation marks", () => {
  const page = ["中山市人民政府2019年政府信息公开工作年度报告", "一、总体情况", "2019年,“中国中山”主站发布信息4824条。"].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2020-06-01T12:00:00"));

  it("reads the agency from the question without the quoted name", async () => {
    const a = await ask("q:1", "中山市2019年“中国中山”主站发布了多少条信息");
    expect([a.status, a.agency, a.figures.map((f) => f.value)]).toEqual(["answered", "中山市人民政府", [4824]]);
  });
});
