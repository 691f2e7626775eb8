import { describe, expect, it } from "vitest";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";

// hh-101…hh-109: a district government's page on its own site, under its banner, naming no body in
// any sentence.
describe("a government's page under its own banner on its own site", () => {
  const url = "https://www.tjnh.gov.cn/zwgk/zfxxgkqzf1/qzf2/zfxxgknb51/202303/t20230301_6124724.html";

  it("names the government whose name the page writes", () => {
    const page = ["天津市宁河区人民政府", "2019年12月3日星期二", "根据《条例》要求,编制本报告。", "一、总体情况", "2022年,坚持推进政务公开。", TABLE].join("\n");
    const r = report(page, url);
    expect([r.agencyNormalized, r.region.county, r.identity.confidence]).toEqual(["天津市宁河区人民政府", "宁河区", 1]);
  });

  it("names nothing where the page never writes the government's name", () => {
    const page = ["根据《条例》要求,编制本报告。", "一、总体情况", "2022年,坚持推进政务公开。", TABLE].join("\n");
    expect(report(page, url).agencyNormalized).toBeNull();
  });
});

// hh-021…hh-027: a district's report compiled from the reports of the bodies under its government.
describe("a report compiled from the reports of a government's bodies", () => {
  const page = [
    "本报告根据《条例》要求,在2018年度西城区政府各委、办、局及街道办事处的政府信息公开工作年度报告的基础上编制。",
    "本报告中所列数据的统计期限自2018年1月1日起,至2018年12月31日止。",
    TABLE,
  ].join("\n");

  it("is that government's, not one of the bodies it names", () => {
    const r = report(page);
    expect([r.agencyNormalized, r.region.province, r.year]).toEqual(["西城区人民政府", "北京市", 2018]);
  });

  it("reads a period with a comma before its end as the period", () => {
    expect(report(page).identity.evidence.filter((e) => e.startsWith("year:"))).toEqual(["year:period:2018", "year:named:2018"]);
  });
});
