import { describe, expect, it } from "vitest";
import { findYear } from "../../src/ingest/report-year.ts";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";

// ff-033…ff-040, ff-154…ff-160: a period stated without 自 (统计期限为…, 核定时间为…), under a
// mirror's title of another year.
describe("a reporting period written without 自", () => {
  it("takes the period over a title of another year", () => {
    expect(findYear("报告所列数据的统计期限为 2019年 1 月 1 日至 2019 年 12 月 31 日。", "示例部2020年政府信息公开工作报告")).toBe(2019);
    expect(findYear("所涉及信息核定时间为2023年1月1日至2023年12月31日。", "示例部(2024年第1号):示例部2023年政府信息公开工作报告")).toBe(2023);
  });
});

// ff-001…ff-010: a report telling how it published last year's (公开发布《…2021年…报告》) goes on about its own year.
describe("last year's report named in this year's body", () => {
  it("takes the year the text goes on about over the title it says it published", () => {
    const page = [
      "根据《中华人民共和国政府信息公开条例》有关规定,编制本报告。",
      "一、总体情况",
      "2022年,国家新闻出版署深入推进政府信息公开工作。",
      "二是稳妥做好主动公开。公开发布《国家新闻出版署2021年政府信息公开工作年度报告》。",
      "2022年,国家新闻出版署全年受理申请62件。",
      TABLE,
    ].join("\n");
    expect(report(page).year).toBe(2022);
  });

  it("keeps a report's own title announced where the text names no later year", () => {
    expect(findYear("现发布《示例区民政局2021年政府信息公开工作年度报告》。全年受理申请3件。", null)).toBe(2021);
  });
});
