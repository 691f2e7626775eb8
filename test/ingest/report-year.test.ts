import { describe, expect, it } from "vitest";
import { findYear } from "../../src/ingest/report-year.ts";

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

  it("otherwise takes the year the text names most, counting dates less", () => {
    expect(findYear("2010年,我乡…截止2011年3月24日…2006年以来…2010年度存在的问题…2006年以来", null)).toBe(2010);
    expect(findYear("時間:2022-03-14 …2011年我局主動公開…我局2011年度無受理", null)).toBe(2011);
    expect(findYear("今年以来,我镇按照《2011年全县政务公开工作要点》的要求", null)).toBe(2011);
    expect(findYear("没有年份", null)).toBeNull();
  });
});
