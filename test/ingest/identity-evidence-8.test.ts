import { describe, expect, it } from "vitest";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";
import { addressClues } from "../../src/ingest/address-clues.ts";
import { trimToName } from "../../src/ingest/agency-candidates.ts";
import { agencyRegion } from "../../src/ingest/agency-region.ts";
import { findSpamSpans } from "../../src/ingest/spam.ts";

function identity(text: string) {
  const r = report(text);
  return [r.agencyNormalized, r.region.city, r.region.county, r.region.township];
}

// ba-055, ba-056: the report calls itself by a short form its title writes out in full.
describe("a short form of the title's name", () => {
  it("supports the full name it shortens, not a body of its own", () => {
    const page = [
      "峄城区文化广电新闻出版局 2017年度政府信息公开工作年度报告",
      "根据《条例》有关规定,特向社会公布2017年度峄城区文广局政府信息公开报告。",
      "一、概述",
      "2017年,峄城区文广局认真落实信息公开工作。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["峄城区文化广电新闻出版局", "枣庄市", "峄城区", null]);
  });
});

// bb-044…bb-050: 鄂温克旗市场监督管理局 holds 市场, not a city 鄂温克旗市.
describe("a banner's bureau of market supervision", () => {
  it("sits in the banner, the 市 of 市场 being no city", () => {
    expect(agencyRegion("鄂伦春旗市场监督管理局", "")).toEqual({ region: { province: null, city: null, county: "鄂伦春旗", township: null }, level: "county" });
  });
});

// be-128…be-133: a name longer than sixteen characters is read whole, not from a character inside its place.
describe("a long name written in the text", () => {
  it("completes a title that left out its city", () => {
    const page = [
      "发布机构: 公积金 发文日期: 2023-01-06",
      "市住房公积金管理中心温岭分中心2022年政府信息公开工作年度报告",
      "一、总体情况",
      "2022年,为提升规范化水平,台州市住房公积金管理中心温岭分中心认真开展信息公开工作。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["台州市住房公积金管理中心温岭分中心", "台州市", null, null]);
  });
});

// be-061…be-065: 残联 is a body's short name, 残疾人联合会.
describe("a federation of disabled persons named short", () => {
  it("is the federation, not the city government its place names", () => {
    const page = ["本年报根据《中华人民共和国政府信息公开条例》编制。", "一、总体情况", "2023年,池州市残联坚持以人民为中心,全面推进政务公开。", "联系电话:0566-1234567", TABLE].join("\n");
    expect(identity(page)).toEqual(["池州市残疾人联合会", "池州市", null, null]);
  });
});

// bc-009…bc-012: a zone whose stem the tagger reads as no name, in a title under a bare one.
describe("a zone named in a second title line", () => {
  it("is the zone's committee", () => {
    const page = ["2020年信息公开年报", "陆水工业园区2020年政府信息公开工作年度报告", "一、总体情况", "2020年度共通过公示栏等形式发布信息96条。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBe("陆水工业园区管理委员会");
  });
});

// bc-108…bc-112: a 街道 calling itself 街道办事处, its own name only in the office readers are asked to contact.
describe("a 街道办事处 named by its level word alone", () => {
  it("is the one 街道 the text names, placed by the district and city written before it", () => {
    const page = [
      "本报告根据《条例》要求编制。",
      "一、总体情况",
      "2024年,街道办事处深入贯彻落实《条例》,紧紧围绕中心工作推进公开。",
      "3. 本年度街道收到依申请公开申请0件。",
      "如有疑问请联系常州市钟楼区荷花池街道综合办公室。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["荷花池街道办事处", "常州市", "钟楼区", "荷花池街道"]);
  });
});

// bb-110…bb-114: a county's site named "china" and its name (chinaqinglong for 中国青龙).
describe("a host named by china and a place's name", () => {
  it("spells the places of that name", () => {
    const places = addressClues("https://www.chinaqinglong.gov.cn/single/56/1.html").places.flatMap((w) => w.places.map((p) => p.name));
    expect(places).toContain("青龙满族自治县");
  });
});

// bd-118…bd-120: a football stream's ad spliced in where the county's name stood.
describe("a sports stream's ad in a title", () => {
  it("is spam", () => {
    const title = "西甲直播文化和旅游局2022年政府信息公开工作年度报告";
    expect(findSpamSpans(title).map((s) => title.slice(s.start, s.end))).toEqual(["西甲直播"]);
  });
});

// bc-113…bc-116: 办 closing 县地方志办 is tagged a verb; after a level word and a noun it is the office's.
describe("an office named with 办 after its level word and field", () => {
  it("is that office of the county the page's place gives", () => {
    const page = [
      "一、总体情况",
      "根据《条例》规定和省、市、县政府信息公开工作要求,2019年县地方志办在政务公开工作领导小组的指导下推进公开工作。",
      "(一)本年度在政府网站主动公开信息9条。联系电话:0839-1234567。编制了“苍溪县地方志编纂委员会办公室政务公开基本目录”。",
      TABLE,
    ].join("\n");
    expect(report(page).agencyNormalized).toBe("苍溪县地方志办");
  });
});

// bh-007…bh-010: the overview opens with the body's name and the short name it goes on to use.
describe("an overview's subject followed by its short name", () => {
  it("is the report's body", () => {
    const page = [
      "依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。",
      "一、总体情况",
      "2022年,北京市丰台区教育委员会(以下简称区教委)坚持以人民为中心,全面推进政务公开。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["北京市丰台区教育委员会", null, "丰台区", null]);
  });
});

// bm-071…bm-075: a report announcing its body's year of work (信息公开年度工作情况), drafted by its 办公室.
describe("a body announced with its year of work", () => {
  it("is the body announced, not the office that drafted the report", () => {
    const page = [
      "依据《条例》有关要求,现公布2021年度铅山县高新科技产业园管理委员会信息公开年度工作情况。报告由总体情况等部分组成。",
      "一、总体情况",
      "2021年高新区管委会信息公开工作由办公室负责起草,经分管领导把关后公开。",
      TABLE,
    ].join("\n");
    expect(report(page).agencyNormalized).toBe("铅山县高新科技产业园管理委员会");
  });
});

// bp-143…bp-151: the overview's first topic is numbered and the body's name follows it.
describe("a body named after the overview's numbered topic", () => {
  it("is the report's body", () => {
    const page = ["更新时间:", "本年报根据《条例》编制。", "一、总体情况", "(一)主动公开情况。三明市坚持以人民为中心,全面推进政务公开。", TABLE].join("\n");
    expect(identity(page)).toEqual(["三明市人民政府", "三明市", null, null]);
  });
});

// be-039…be-044: the tagger glues a level word to the next character (区大 | 数据 | 发展局).
describe("a body written by its level word and a short name the tagger splits oddly", () => {
  it("keeps the level word and every word after it", () => {
    expect(trimToName("区大数据发展局")?.name).toBe("区大数据发展局");
    expect(trimToName("市生态环境局")?.name).toBe("市生态环境局");
  });
});
