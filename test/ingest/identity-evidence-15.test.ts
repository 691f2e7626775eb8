import { describe, expect, it } from "vitest";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";

// ig-074…ig-081: lucheng spells 鹿城区 and 潞城区 alike; the page writes 鹿城 (《今日鹿城》).
describe("an address spelling two places, the text writing the stem of one", () => {
  const url = "http://www.lucheng.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008&fbtime=2014";

  it("places the body in the place whose stem the text writes", () => {
    const page = ["本报告汇总2014年度区统计局的政府信息公开年度报告编制而成。", "一、概述", "我局通过政府网站、《今日鹿城》等媒体及时发布信息。", TABLE].join("\n");
    const r = report(page, url);
    expect([r.agencyNormalized, r.region.city]).toEqual(["鹿城区统计局", "温州市"]);
  });
});

// ig-042…ig-048: readers asked to contact a leading group's office, by the section answering (综合科).
describe("a leading group's office named as the contact", () => {
  it("is the body of the report", () => {
    const page = [
      "本报告所列数据自2016年1月1日至2016年12月31日。如对本年报有疑问,请与广元市人民政府重点建设项目领导小组办公室综合科联系(电话:3260025)。",
      "一、概述",
      "市重点办对政府信息公开工作高度重视。",
      TABLE,
    ].join("\n");
    expect(report(page).agencyNormalized).toBe("广元市人民政府重点建设项目领导小组办公室");
  });
});

// ie-130…ie-136: a mirror's title cut the district out (大同市區自然資源局); the text names the compiler.
describe("a title whose place a mirror cut to a bare level word", () => {
  it("names no body, and the body compiling the report with its data does", () => {
    const page = [
      "大同市區自然資源局2021年政府信息公開工作年度報告",
      "本報告由平城區自然資源局結合有關統計數據編制。本年度報告中所列數據的統計期限自2021年1月1日起至2021年12月31日止。",
      TABLE,
    ].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.region.city, r.region.county]).toEqual(["平城区自然资源局", "大同市", "平城区"]);
  });
});
