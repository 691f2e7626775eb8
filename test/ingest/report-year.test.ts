import { describe, expect, it } from "vitest";
import { findYear, rankYear } from "../../src/ingest/report-year.ts";

describe("findYear", () => {
  it("takes the year of the title first", () => {
    expect(findYear("2013年我局…", "龙港区2012年政府信息公开工作年度报告")).toBe(2012);
    expect(findYear("", "二〇一〇年政府信息公开工作年度报告")).toBe(2010);
  });

  it("takes a stated reporting period over the title's year, which may be the year of publication", () => {
    expect(findYear("本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。2022年，我局…", "老城区民政局2023年政府信息公开工作年度报告")).toBe(2022);
    expect(findYear("截至2022年12月31日，累计公开656条。", "2023年政府信息公开工作年度报告")).toBe(2023);
  });

  it("takes a stated reporting period over other years", () => {
    expect(findYear("2022年发布。本年度报告所列数据统计期限自2021年1月1日至2021年12月31日止。", null)).toBe(2021);
    expect(findYear("2011年3月报送。截至2010年12月31日,累计公开656条。", null)).toBe(2010);
  });

  // ax-107…ax-112: a period copied from the year before, under the year the report announces itself by.
  it("takes the year a report announces itself by over a period the rest of its text contradicts", () => {
    const copied = "现将2022年度政府信息公开工作报告如下。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。2022年,我局主动公开信息980条。2022年,我局未收到申请。";
    expect(findYear(copied, null)).toBe(2022);
    // The text naming the period's year most keeps the period.
    const kept = "现将2022年度政府信息公开工作报告如下。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。2021年,我局主动公开信息980条。2021年,我局未收到申请。";
    expect(findYear(kept, null)).toBe(2021);
  });

  it("otherwise takes the year the text names most, counting dates less", () => {
    expect(findYear("2010年,我乡…截止2011年3月24日…2006年以来…2010年度存在的问题…2006年以来", null)).toBe(2010);
    expect(findYear("時間:2022-03-14 …2011年我局主動公開…我局2011年度無受理", null)).toBe(2011);
    expect(findYear("今年以来,我镇按照《2011年全县政务公开工作要点》的要求", null)).toBe(2011);
    expect(findYear("没有年份", null)).toBeNull();
  });

  // Holdout ad-111…ad-116: a report that names its year once, and a cited report's year in 年度.
  it("counts a cited document's title little, and the year the address files the page under as two mentions", () => {
    const text = "规范公布2023年《示例县民政局政府信息公开指南》。及时发布《示例县慈善总会2022年度财务工作报告》。";
    expect(findYear(text, null)).toBe(2023);
    expect(findYear("发布《2022年度财务工作报告》,2022年新增…", null, 2023)).toBe(2023);
    expect(findYear("2022年度新增…2022年度…", null, 2023)).toBe(2022);
    expect(findYear("没有年份", null, 2023)).toBe(2023);
  });

  // Holdout ae-039…ae-044: the prior year's accounts and reports a report says it published.
  it("counts a year opening a sentence twice", () => {
    const text = "一、总体情况\n2022年,示例区审计局严格按照要求。\n2022年示例区审计局利用门户网站发布信息。公布本部门2021年度法治政府建设工作情况报告、2021年度行政执法统计年报。主动公开2021年度局本级决算。主动公开2022年度局本级预算。";
    expect(findYear(text, null)).toBe(2022);
  });
});

// ax-107…ax-112, ff-033…ff-040: the year a report covers is the best-supported of its clues, and says why.
describe("rankYear", () => {
  it("adds up the clues naming each year and keeps those of the winner as its evidence", () => {
    const text = "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。2021年,我局主动公开信息980条。";
    expect(rankYear(text, "示例局2022年政府信息公开工作年度报告")).toEqual({
      year: 2021, score: 11, confidence: 0.61, evidence: ["year:period:2021", "year:named:2021"],
    });
  });

  it("reads each statement as one clue: a period's end is no year-end date of its own", () => {
    const r = rankYear("统计期限自2019年1月1日至2019年12月31日。截至2020年12月31日,累计公开656条。", null);
    expect(r).toEqual({ year: 2019, score: 8, confidence: 0.7, evidence: ["year:period:2019"] });
  });

  it("lets a title the text bears out outweigh a period of another year", () => {
    const text = "统计期限自2020年1月1日至2020年12月31日。2021年,我局主动公开信息98条。2021年,我局未收到申请。";
    expect(rankYear(text, "示例局2021年政府信息公开工作年度报告")?.evidence).toEqual(["year:title:2021", "year:named:2021"]);
  });
});
