import { describe, expect, it } from "vitest";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";

// ef-084…ef-093: a mirror cut the district out of its contact (杭州市区人民政府办公室); the opening
// sentence says whose year of work the report sums up.
describe("the body whose year of work a report is compiled from", () => {
  it("reads 结合X2020年度政府信息公开工作编制 as the compiler, not a contact a mirror cut", () => {
    const page = [
      "本年度报告结合杭州市滨江区人民政府2020年度政府信息公开工作编制而成。如对本年度报告有任何疑问,请与杭州市区人民政府办公室联系。",
      TABLE,
    ].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.region.county, r.level]).toEqual(["杭州市滨江区人民政府", "滨江区", "county"]);
    expect(r.identity.evidence).toContain("compiled_by:杭州市滨江区人民政府");
  });

  it("takes no name for a government whose place stops at a bare 区", () => {
    const page = ["如对本年度报告有任何疑问,请与杭州市区人民政府办公室联系。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBeNull();
  });
});

// ee-036…ee-042, ee-075…ee-081: a province's department calling itself 省统计局 or 省人社厅, its province
// written only by the short name of the documents it cites or by its site's name.
describe("a provincial department whose page never names its province in full", () => {
  it("takes the province whose government issued the documents it cites (吉政办明电〔2014〕103号)", () => {
    const page = ["根据《关于2014年全省政府信息公开工作情况进行督查的通知》(吉政办明电〔2014〕103号)要求,现将省人社厅2014年政府信息公开工作情况报告如下:", TABLE].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.region.province, r.level]).toEqual(["吉林省人力资源和社会保障厅", "吉林省", "province"]);
  });

  it("takes the one province it names by its stem (门户网站辽宁统计信息网)", () => {
    const page = ["省统计局2016年度政府信息公开工作报告", "省统计局通过门户网站辽宁统计信息网及时公开统计信息。", TABLE].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.region.province]).toEqual(["辽宁省统计局", "辽宁省"]);
  });

  it("reads no province from a city of the same stem (吉林市) nor from two provinces' stems", () => {
    const city = ["省统计局2016年度政府信息公开工作报告", "省统计局在吉林市召开统计工作会议。", TABLE].join("\n");
    expect(report(city).region.province).toBeNull();
    const two = ["省统计局2016年度政府信息公开工作报告", "省统计局与辽宁、吉林两地交流统计工作。", TABLE].join("\n");
    expect(report(two).region.province).toBeNull();
  });
});

// ea-059…ea-066: a county renamed since (安县, now 绵阳市安州区) still names its older reports.
describe("a county under the name it had before it was renamed", () => {
  it("places 安县 in 绵阳市, not in a county whose name holds it (新安县)", () => {
    const page = ["安县2011年政府信息公开工作年度报告", "2011年,安县人民政府深入贯彻落实《条例》,及时更新安县政府信息公开指南。", TABLE].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.region.province, r.region.city]).toEqual(["安县人民政府", "四川省", "绵阳市"]);
  });
});
