import { describe, expect, it } from "vitest";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";
import { addressClues } from "../../src/ingest/address-clues.ts";

function identity(text: string, url?: string) {
  const r = report(text, url);
  return [r.agencyNormalized, r.region.province, r.region.city, r.region.county];
}

// bv-075…bv-080: the overview opens with the body, then 的政府信息公开工作, the work it speaks of.
describe("an overview opening with the body's work", () => {
  it("names the body, not the government whose site a count names", () => {
    const page = [
      "一、总体情况",
      "2020年,楚雄州审计局的政府信息公开工作在州委、州政府的正确领导下,坚持以人民为中心,及时发布各类政府信息。",
      "(一)主动公开方面",
      "楚雄州审计局2020年主动公开政府信息48条,其中楚雄州人民政府网公开政府信息数29条,楚雄州人民政府网开设专栏2个。",
    ].join("\n");
    expect(report(page).agency).toBe("楚雄州审计局");
  });
});

// bv-043…bv-046: a province's short form run together with an English word for the department (hebaudit).
describe("a department's host named by its province's short form and its field in English", () => {
  it("places a report saying 我厅 in the province, as that province's department", () => {
    expect(addressClues("http://www.hebaudit.gov.cn/h/c/i/357437").departments).toEqual(["审计局"]);
    const page = [
      "本报告根据《条例》规定发布。报告使用数据统计期限自2025年1月1日起至2025年12月31日止。",
      "一、总体情况",
      "2025年,审计机关充分履行政府信息公开责任,推动我厅信息公开工作提质增效。全年我厅共受理公民依申请公开事项8件。",
      TABLE,
    ].join("\n");
    expect(identity(page, "http://www.hebaudit.gov.cn/h/c/i/357437")).toEqual(["河北省审计厅", "河北省", null, null]);
  });
});

// by-001…by-004: a district's site files its pages under its city's and its own initials before 政府 (hzshtqzf).
describe("a government's site filing its pages under its place's initials", () => {
  it("tells the district the host's initials leave open", () => {
    const url = "http://htq.gov.cn/hzshtqzf/zwgk/xxgknb/bmxx/202502/cf40.shtml";
    const spelled = addressClues(url).places.map((w) => [w.word, w.places.map((p) => p.name)]);
    expect(spelled.find(([word]) => word === "hzshtqzf")).toEqual(["hzshtqzf", ["汉台区"]]);
    const page = ["一、总体情况", "2024年,区林业局在区委、区政府的坚强领导下,切实履行政务信息公开工作职责。", TABLE].join("\n");
    expect(identity(page, url)).toEqual(["汉台区林业局", "陕西省", "汉中市", "汉台区"]);
  });
});

// by-006…by-009: 按照县财政局…格式 names the body whose format the report follows, not the one saying 我局.
describe("a body the report follows", () => {
  it("is not what 我局 stands for", () => {
    const page = [
      "现将我局2021年政府信息公开工作报告如下:",
      "一、总体情况",
      "2021年我局通过县政府网站公开政务信息111条,并严格按照县财政局“三公经费”信息格式进行了网上公开。",
      TABLE,
    ].join("\n");
    expect(report(page).agencyNormalized).not.toBe("县财政局");
    const led = ["一、总体情况", "2021年,我局在市财政局的正确指导下,公开政务信息111条。", TABLE].join("\n");
    expect(report(led).agencyNormalized).toBe(null);
  });
});
