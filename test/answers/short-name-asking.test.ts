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
