import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/ingest/parse-file.ts";

function firstReport(text: string) {
  return parseFile({ bytes: new TextEncoder().encode(text), name: "report.txt" }).reports[0]!;
}

describe("the agency of a report", () => {
  it("is cut from its title before the year and 关于", () => {
    const r = firstReport("淮南市财政局关于2019年政府信息公开工作年度报告\n一、总体情况\n2019年，我局主动公开政府信息302条。");
    expect([r.agency, r.agencyNormalized, r.year, r.level]).toEqual(["淮南市财政局", "淮南市财政局", 2019, "city"]);
  });

  it("is read from a title that names the year first", () => {
    const r = firstReport("2021年度丰台区人民政府政府信息公开工作年度报告\n一、总体情况\n2021年，我区主动公开政府信息5000条。");
    expect([r.agency, r.agencyNormalized, r.year, r.level]).toEqual(["丰台区人民政府", "丰台区人民政府", 2021, "county"]);
  });

  it("is the government a title names, not the office publishing its report", () => {
    const r = firstReport([
      "长丰县2021年政府信息公开工作年度报告",
      "发布机构：长丰县人民政府办公室   发布日期：2022-01-25",
      "一、总体情况",
      "2021年，我县全面推进政务公开。",
      "长丰县人民政府办公室",
    ].join("\n"));
    expect([r.agency, r.agencyNormalized, r.published, r.region.county]).toEqual(["长丰县", "长丰县人民政府", "2022-01-25", "长丰县"]);
  });

  it("is the government a title names with its city, not its office naming the district alone", () => {
    const r = firstReport([
      "武汉市江汉区人民政府2017年政府信息公开工作年度报告",
      "索引号：011013440/2018-00012　　发布机构：江汉区人民政府办公室　　发布日期：2018-03-26",
      "一、概述",
      "2017年，江汉区深入推进政务公开。",
    ].join("\n"));
    expect([r.agency, r.agencyNormalized, r.year]).toEqual(["武汉市江汉区人民政府", "武汉市江汉区人民政府", 2017]);
    // Another organ's office is not the title's organ: the publisher stands.
    const other = firstReport("武汉市江汉区人民政府2017年政府信息公开工作年度报告\n发布机构：江汉区教育局办公室\n一、概述\n2017年。");
    expect(other.agency).toBe("江汉区教育局办公室");
  });

  it("completes a name without its place from the one city the report names", () => {
    const r = firstReport([
      "根据《中华人民共和国政府信息公开条例》规定，现公布2020年度市生态环境局政府信息公开工作年度报告。",
      "一、总体情况",
      "2020年，我局在宣城市人民政府门户网站公开信息120条。",
    ].join("\n"));
    expect([r.agency, r.agencyNormalized, r.year]).toEqual(["市生态环境局", "宣城市生态环境局", 2020]);
  });

  it("comes from the self-references and the names in the text when there is no title", () => {
    const r = firstReport("2018年度政府信息公开工作年度报告\n2018年，城关镇认真贯彻《条例》。我镇将继续推进政务公开。\n一、概述\n我镇成立领导小组。");
    expect([r.agency, r.agencyNormalized, r.level]).toEqual(["城关镇", "城关镇人民政府", "township"]);
  });

  it("stays as written and flagged when the report is anonymized", () => {
    const r = firstReport("政府信息公开工作年度报告\n一、概述\n2011年，XX镇按照MM县统一部署推进政府信息公开工作，我镇公开信息348条。");
    expect([r.agency, r.agencyNormalized, r.anonymized, r.region.county]).toEqual(["XX镇", "XX镇", true, null]);
  });
});
