import { describe, expect, it } from "vitest";
import { scoreAgencyClues } from "../../src/ingest/agency-scoring.ts";
import { gapsLeftOut } from "../../src/text/short-names.ts";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";

// od-021…od-028: the contact sentence sets the body's name apart with spaces.
describe("a contact name set apart by spaces", () => {
  it("is the body filing the report", () => {
    const page = [
      "2011年政府信息公开工作年度报告",
      "特向社会公布2011年度崂山景区政府信息公开工作年度报告。如对本报告有任何疑问,请与 崂山风景名胜区管理委员会 联系(地址:海口路1号)。",
      TABLE,
    ].join("\n");
    expect(report(page).agencyNormalized).toBe("崂山风景名胜区管理委员会");
  });
});

// od-001…od-006: a zone's committee calls itself 我委; its name opens the first sentence, its place there only.
describe("a zone's committee saying 我委", () => {
  it("is named by the sentence naming it with its place", () => {
    const page = [
      "2010年政府信息公开工作年度报告",
      "德阳高新区管委会2010年年报根据《条例》规定进行编制。",
      "一、概述",
      "2010年,高新区管委会政府信息公开工作深入推进。我委专门成立了领导小组。",
      TABLE,
    ].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.region.city]).toEqual(["德阳高新区管理委员会", "德阳市"]);
  });
});

// od-116…od-124: a committee named by its zone's word alone, on the portal of the city it is in.
describe("a zone's word alone opening a name", () => {
  it("is placed by the one government portal the report names", () => {
    const page = [
      "2020年政府信息公开工作年度报告",
      "报告可在绵竹市人民政府门户(http://www.example.gov.cn)下载。如对本报告有任何疑问,请与经济开发区管委会党政办公室联系。",
      "一、总体情况",
      "经济开发区管委会严格按照《中华人民共和国政府信息公开条例》推进政府信息公开工作。",
      TABLE,
    ].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.region.county]).toEqual(["绵竹市经济开发区管理委员会", "绵竹市"]);
  });
});

// ob-061…ob-070: 省人民政府网站省民政厅 holds the department's name with one run spliced in, no shortening of it.
describe("a name with one run of words spliced into it", () => {
  it("is no fuller form of the body the title names", () => {
    const clues = [
      { name: "甘肃省民政厅", source: "title" },
      { name: "甘肃省民政厅", source: "subject" },
      { name: "甘肃省人民政府网站省民政厅", source: "self_reference" },
    ] as const;
    expect(scoreAgencyClues(clues, "厅")?.name).toBe("甘肃省民政厅");
  });

  it("counts the fewest runs a short form leaves out", () => {
    expect(gapsLeftOut("海南省民政厅", "海南省人民政府网站省民政厅")).toBe(1);
    expect(gapsLeftOut("台儿庄区文广局", "台儿庄区文化广电新闻出版局")).toBe(2);
    expect(gapsLeftOut("民政局", "财政局")).toBe(Infinity);
  });
});

// ob-135…ob-141: a report announcing its own year, its body named after the year, over a period copied from last year's.
describe("a report announcing its year with its body's name", () => {
  it("covers the year it announces", () => {
    const page = [
      "根据《中华人民共和国政府信息公开条例》要求,特向社会公布2011年甘肃省财政厅政府信息公开工作年度报告。数据统计期限为2010年1月1日至2010年12月31日。",
      "一、概述",
      "2011年,省财政厅全面落实《政府信息公开条例》。",
      TABLE,
    ].join("\n");
    expect(report(page).year).toBe(2011);
  });
});

// ph-141…ph-151: mz.gov.cn spells 梅州市 as a city's initials, and 绵竹市 as a county's; the page writes 绵竹市's portal.
describe("two letters before gov.cn the page writes as a county", () => {
  const page = [
    "一、总体情况",
    "2021年,市农业农村局认真贯彻落实政府信息公开工作要求。2021年,我局主动公开信息478条。",
    "市农业农村局政府信息公开主要通过绵竹市人民政府门户网站进行公开。",
    TABLE,
  ].join("\n");

  it("are that county's initials", () => {
    const r = report(page, "https://www.mz.gov.cn/gk/zfxxgk/zfxxgknb/2021/fjbm/1545122.htm");
    expect([r.agencyNormalized, r.region.city]).toEqual(["绵竹市农业农村局", "德阳市"]);
  });

  it("stay a city's initials where the page writes no county they spell", () => {
    const r = report(page.replace("绵竹市人民政府门户网站", "政府门户网站"), "https://www.mz.gov.cn/gk/zfxxgk/zfxxgknb/2021/fjbm/1545122.htm");
    expect(r.agencyNormalized).toBe("梅州市农业农村局");
  });
});

// qe-001…qe-010: a page filed in another department's folder (/fgw_97992/) names its own site by its body's name in quotes.
describe("a body's own site named in quotes", () => {
  it("names the body over the folder the portal files it under", () => {
    const page = [
      "根据《中华人民共和国政府信息公开条例》,特向社会公布2018年度本级(机关)信息公开年度报告。本报告电子版可在“长春市人民政府法制办公室”门户网站下载。如对本报告有任何疑问,请与市政府法制办信息公开领导小组办公室联系。",
      TABLE,
    ].join("\n");
    expect(report(page, "http://zwgk.changchun.gov.cn/zcbm/fgw_97992/ndbg/201903/t20190328_2092057.html").agencyNormalized).toBe("长春市人民政府法制办公室");
  });
});

// qc-045…qc-055: a mirror's address spelling the report's title by initials after its year (dls2016ndzfxxgkgzbg).
describe("a report's title spelled by initials in its address", () => {
  it("dates a page whose text names no year", () => {
    const page = ["二、主动公开政府信息情况", "(一)公开数量。我市各级政府及部门主动公开政府信息374544条。", "三、收到和处理政府信息公开申请情况", "共收到申请6件。"].join("\n");
    expect(report(page, "https://m.example-wiki.com/baike/dls2016ndzfxxgkgzbg6511098").year).toBe(2016);
  });
});

// qf-011…qf-020: a county's bureau named by the county's stem (武进地税局) is stored with its county written whole, as questions write it.
describe("a bureau named by its county's stem", () => {
  it("is stored with the county written whole", () => {
    const page = ["武进地税局2017年政府信息公开工作年度报告", "一、概述", "2017年,我局主动公开信息350条。", TABLE].join("\n");
    const r = report(page);
    expect([r.agencyNormalized, r.region.county]).toEqual(["武进区地税局", "武进区"]);
  });

  it("leaves a scenic area named after its county as it is", () => {
    const page = ["峨眉山景区管委会2021年政府信息公开工作年度报告", "一、总体情况", "2021年,我委主动公开信息86条。", TABLE].join("\n");
    expect(report(page).agencyNormalized).toBe("峨眉山景区管理委员会");
  });
});
