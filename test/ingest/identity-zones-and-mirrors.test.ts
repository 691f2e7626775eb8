import { describe, expect, it } from "vitest";
import { addressClues } from "../../src/ingest/address-clues.ts";
import { nameEnding, subjectNames } from "../../src/ingest/agency-clues.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";
import { isZoneName, zoneBodyEnding } from "../../src/places/zone-names.ts";

function placed(text: string, url?: string) {
  const r = parseFile({ bytes: new TextEncoder().encode(text), name: "page.txt", ...(url ? { meta: { url } } : {}) }).reports[0]!;
  return [r.agencyNormalized, r.region.province, r.region.city, r.region.county];
}

const TABLE = "二、主动公开政府信息情况\n本年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件。";

// h12 pages: a zone named after no place (苏银产业园, 桃园开发区), a county of two characters opening
// the overview (攸县), a mirror spelling the report's title in its address.
describe("zones, short county names and mirrors", () => {
  it("names a zone's committee with its zone, and places it by the page's address", () => {
    expect(nameEnding("现发布《青松产业园管理委员会")).toBe("青松产业园管理委员会");
    const page = ["根据条例,现发布《青松产业园管理委员会2025年政府信息公开工作年度报告》。", "一、总体情况", "2025年,青松产业园管理委员会认真落实条例。", TABLE].join("\n");
    expect(placed(page, "https://qs.yinchuan.gov.cn/zwgk/1.html")).toEqual(["青松产业园管理委员会", "宁夏回族自治区", "银川市", null]);
  });

  // Holdout s-081…s-088: 管理 of 管理委员会 is tagged a verbal noun, which cut the name to 委员会.
  it("reads the zone committee compiling the report in full, its short name aside", () => {
    const page = ["本报告由青川经济技术开发区管理委员会(以下简称经开区管委会)编制。", "一、总体情况", "2025年,我委认真落实条例。", TABLE].join("\n");
    expect(placed(page, "http://qcjkq.example.gov.cn/zfxxgk/1.html")[0]).toBe("青川经济技术开发区管理委员会");
  });

  it("reads a 综保区 as a zone", () => {
    expect([isZoneName("东疆综保区"), isZoneName("东疆综合保税区"), zoneBodyEnding("现发布《东疆综保区管委会")]).toEqual([true, true, "东疆综保区管委会"]);
  });

  it("reads a county of two characters opening the overview, not a self-reference", () => {
    expect(subjectNames(splitLines("2012年,攸县在省、市主管部门的正确指导下,认真贯彻落实《条例》"))).toEqual(["攸县"]);
    expect(subjectNames(splitLines("2012年,本县在省、市主管部门的正确指导下,认真贯彻落实《条例》"))).toEqual([]);
    expect(subjectNames(splitLines("2010年,本溪市教育局认真贯彻落实《条例》"))).toEqual(["本溪市教育局"]);
  });

  it("reads the title a mirror's address spells", () => {
    const url = `https://mirror.example.com/wiki/${encodeURIComponent("孝感市生态环境局2020年政府信息公开工作年度报告")}/6372`;
    expect(addressClues(url).written).toBe("孝感市生态环境局2020年政府信息公开工作年度报告");
    const page = ["根据有关要求,现将我局2020年度政府信息公开情况报告如下。", TABLE].join("\n");
    expect(placed(page, url)).toEqual(["孝感市生态环境局", "湖北省", "孝感市", null]);
  });

  // Real pages a2008-086…091: a mirror rewrote the district out of the title (北京市…民政局).
  it("finds the district a mirror rewrote out of the name, from the report's own site and level", () => {
    const page = (title: string, body: string) => [title, "一、概述", body, TABLE].join("\n");
    const lost = page("广州市手机彩票网教育局2015年政府信息公开工作年度报告", "2015年,依托天河教育信息网公开信息。截至2015年底,区教育局信息公开工作运行正常。");
    expect(placed(lost)).toEqual(["广州市天河区教育局", "广东省", "广州市", "天河区"]);
    const city = page("广州市教育局2015年政府信息公开工作年度报告", "2015年,指导各区教育局做好公开,天河教育信息网等开设专栏。");
    expect(placed(city)).toEqual(["广州市教育局", "广东省", "广州市", null]);
  });

  // Real pages a2008-155…160: a region's summary cut before its title, naming its prefectures.
  it("reads a summary of every body under one government, its prefectures listed, as that government's", () => {
    const body = "2011年,各政府机关主动公开政府信息900条。主动公开信息量较大的地市主要有嘉兴市、湖州市、绍兴市。";
    expect(placed(["二、主动公开政府信息的情况", body, TABLE].join("\n"))).toEqual(["浙江省人民政府", "浙江省", null, null]);
    // Without the words of a summary, or with a place of another province, nobody is named.
    expect(placed(["二、主动公开政府信息的情况", body.replace("各政府机关", "我们"), TABLE].join("\n"))[0]).toBe(null);
    expect(placed(["二、主动公开政府信息的情况", body.replace("绍兴市", "苏州市"), TABLE].join("\n"))[0]).toBe(null);
  });
});
