import { describe, expect, it } from "vitest";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";
import { addressClues, addressPlace } from "../../src/ingest/address-clues.ts";
import { officeByDomain } from "../../src/ingest/office-domain.ts";

function identity(text: string, url?: string) {
  const r = report(text, url);
  return [r.agencyNormalized, r.region.province, r.region.city, r.region.county];
}

// az-150…az-155: a zone's 办事处 announcing its report 向社会公布, then calling itself 我办.
describe("a 办事处 that announces its own report to the public and says 我办", () => {
  it("is the 办事处 the announcement names, placed by the zone's city, not a bare 办公室", () => {
    const page = [
      "洛阳高新区丰李办事处向社会公布2022年度本级政府信息公开年度报告。本报告由总体情况等六部分组成。",
      "一、总体情况",
      "2022年,丰李办事处主动公开政府信息88条。我办将信息公开纳入年度考核。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["洛阳高新区丰李办事处", "河南省", "洛阳市", null]);
  });
});

// az-098…az-101: the announcement writes the body's second name in brackets before the year.
describe("a body announced with its second name in brackets", () => {
  it("is the body named before the brackets, with its place, not the title's two names run together", () => {
    const page = [
      "城北办事处、城北园区2023年政府信息公开工作年度报告",
      "根据《条例》规定,现公布如皋市城北办事处(城北园区)2023年政府信息公开工作年度报告。",
      "一、总体情况",
      "城北办事处、城北园区主动发布各类信息41条。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["如皋市城北办事处", "江苏省", "南通市", "如皋市"]);
  });
});

// az-092…az-097: the page's 来源 runs on into 发布时间 with no blank between them.
describe("a source field run on into the next label", () => {
  it("ends at that label, so the zone is placed by the city its source names", () => {
    const page = [
      "当前位置 > 首页 > 政府信息公开年报",
      "智能制造产业园(张浦镇)2024年政府信息公开工作年度报告",
      "来源:昆山市智能制造产业园(张浦镇)发布时间:2025-01-20 09:12:33访问量:",
      "根据《条例》要求,现发布本报告。",
      "一、总体情况",
      "园区主动公开各类信息52条。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["昆山市智能制造产业园管理委员会", "江苏省", "苏州市", "昆山市"]);
  });
});

// ax-018…ax-021: a county's site named "cn" and its initials (cnzh for 中国昭化), a report saying only 我局.
describe("a host named by cn and a place's initials", () => {
  it("spells the places with those initials, the province the text writes choosing among them", () => {
    const clues = addressClues("https://cncx.gov.cn/news/show/1.html");
    expect(clues.places.map((w) => w.word)).toEqual(["cncx"]);
    expect(addressPlace(clues, "根据《四川省政府信息公开规定》")?.name).toBe("苍溪县");
    expect(addressPlace(clues, "根据《条例》")).toBeNull();
  });

  it("places a report that calls itself 我局 and writes of one field", () => {
    const page = [
      "2021年政府信息公开工作年度报告",
      "根据《四川省政府信息公开规定》的要求,现将我局2021年度信息公开年度报告公布如下。",
      "一、概述",
      "2021年,我局围绕水利工作,推进水利信息公开,及时发布水利工程建设、防汛抗旱信息。",
      TABLE,
    ].join("\n");
    expect(identity(page, "https://cncx.gov.cn/news/show/1.html")).toEqual(["苍溪县水利局", "四川省", "广元市", "苍溪县"]);
  });
});

// ax-088…ax-091: 建设 of 网站建设 and 经济建设 is written by reports of every field.
describe("the field a 我局 report writes of", () => {
  it("does not count words every report writes as its field, unless they name an office or a line of work", () => {
    expect(officeByDomain("我局围绕经济建设,推进网站建设,建设阳光政府,在县水务专栏、水务网和水务公众号公开信息。", "局")).toBe("水务局");
    expect(officeByDomain("我局围绕经济建设,推进网站建设,建设阳光政府,公开信息。", "局")).toBeNull();
    expect(officeByDomain("我局按照住房和城乡建设系统要求,在建设局网站公开建设工程信息,建设系统专栏更新。", "局")).toBe("建设局");
  });
});
