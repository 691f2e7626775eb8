import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";
import { eventYears } from "../../src/ingest/figures/event-years.ts";

// Made-up page. a2014-226, ha-135, hg-083, hg-069: a year an event is dated by, asked 哪一年.
const PAGE = [
  "甲山县统计局2014年政府信息公开工作年度报告",
  "一、概述",
  "本报告所列数据统计期限自2014年1月1日起至2014年12月31日止。",
  "我局于2011年3月成立政府信息公开领导小组,由局长任组长。",
  "二、主动公开政府信息情况",
  "全年主动公开政府信息120条,及时公布了2013年统计公报。",
].join("\n");

describe("the year of an event a report tells of", () => {
  it("is stored with the words of its clause, never a period's bound", () => {
    const text = "统计期限自2014年1月1日起至2014年12月31日止。我局于2011年3月成立领导小组。";
    const years = eventYears(text, [{ start: 0, end: text.length }]);
    expect(years.map((f) => [f.label, f.value, f.unit])).toEqual([["我局于2011年3月成立领导小组", 2011, "年"]]);
  });

  const ask = askingOverPages({ "page.txt": PAGE }, new Date("2015-06-01T12:00:00"));

  it("answers 哪一年 with that stored year", async () => {
    const founded = await ask("y:1", "甲山县统计局信息公开领导小组是哪一年成立的");
    expect([founded.status, founded.figures.map((f) => [f.value, f.unit])]).toEqual(["answered", [[2011, "年"]]]);
    const published = await ask("y:2", "甲山县统计局2014年及时公布了哪一年的统计公报");
    expect(published.figures.map((f) => f.value)).toEqual([2013]);
  });

  it("counts no year as a count", async () => {
    const a = await ask("y:3", "甲山县统计局2014年主动公开了多少条");
    expect(a.figures.map((f) => f.value)).toEqual([120]);
  });
});
