import path from "node:path";
import { describe, expect, it } from "vitest";
import { headingNames, nameEnding, subjectNames } from "../../src/ingest/agency-clues.ts";
import { autonomousShortForms } from "../../src/domain/autonomous-place.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";
import { parentPlace } from "../../src/answers/text-facts/parent-place.ts";
import { questionText } from "../../src/answers/question/question-text.ts";
import { askingOver } from "./seeded-engine.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/holdout-16");

// h16-193 to h16-198: a district site's banner and date widget over a 街道's report.
describe("a site's banner over a report's first sentence", () => {
  it("is no heading: the line under it is a sentence of the body, not the report's title", () => {
    const banner = splitLines("天津市河北区人民政府\n2019年12月3日星期二\n本年度报告根据《中华人民共和国政府信息公开条例》编制。全文包括总体情况等六部分。");
    expect(headingNames(banner)).toEqual([]);
    expect(headingNames(splitLines("抚宁区人民政府办公室\n2025年政府信息公开工作年度报告\n一、总体情况"))).toEqual(["抚宁区人民政府办公室"]);
  });

  it("reads the body an overview opens with when its party committee is named with it", () => {
    expect(subjectNames(splitLines("一、总体情况\n2025年,新开河街道党工委、办事处按照区委、区政府的统一部署,认真贯彻"))).toEqual(["新开河街道办事处"]);
    expect(subjectNames(splitLines("一、总体情况\n2021年,兴隆镇党委、政府高度重视政务公开工作"))).toEqual(["兴隆镇政府"]);
  });
});

// h16-027 (是哪个县的), h16-198 (属于天津哪个区): the places above an agency, from its region.
describe("the places above a report's agency", () => {
  const region = { province: "河北省", city: "保定市", county: "阜平县", township: "天生桥镇" };

  it("runs from the province down to the level asked", () => {
    expect([parentPlace(region, "是哪个县的"), parentPlace(region, "属于哪个市"), parentPlace(region, "在哪个省")]).toEqual([
      { chain: "河北省保定市阜平县", asked: "阜平县" },
      { chain: "河北省保定市", asked: "保定市" },
      { chain: "河北省", asked: "河北省" },
    ]);
    expect(parentPlace({ province: "天津市", city: null, county: "河北区", township: "新开河街道" }, "属于天津哪个区")).toEqual({ chain: "天津市河北区", asked: "河北区" });
    expect(parentPlace({ province: "天津市", city: null, county: "河北区", township: null }, "属于哪个市")).toBeNull();
  });
});

describe("answer rules over pages shaped like the sixteenth and seventeenth fresh sets", () => {
  const ask = askingOver(FIXTURES, new Date("2025-06-01T12:00:00"));

  // The city commission's name opens with 天津; the 街道 lies within 天津 too, and the question names both.
  it("takes a 街道's report for the 街道 its overview names, under a district's banner, and places it by the text's parents", async () => {
    const received = await ask("h:1", "天津望海楼街道2024年收到多少件依申请");
    expect([received.status, received.agency, received.figures[0]?.value]).toEqual(["answered", "望海楼街道办事处", 17]);
    const above = await ask("h:2", "望海楼街道属于天津哪个区");
    expect([above.status, above.text.split("\n")[1]]).toEqual(["answered", "望海楼街道办事处2024年年报：属于「天津市河北区」"]);
  });

  it("answers a question naming a unit of an agency, written in its report, from that report", async () => {
    const phone = await ask("h:3", "富蕴县电子政务服务中心电话");
    expect(phone.status).toBe("answered");
    expect(phone.text.split("\n").slice(0, 3)).toEqual([
      "“富蕴县电子政务服务中心”是富蕴县人民政府年报中写到的部门，按该年报回答。",
      "未指明年份，按收录的最新一年（2013年）回答。",
      "富蕴县人民政府2013年年报：「电话:0906-8712345」",
    ]);
    // A body filing its own reports, named nowhere or only in passing, is not held.
    const bureau = await ask("h:4", "富蕴县教育局2013年主动公开多少条");
    expect(bureau.status).toBe("not_found");
  });

  it("names a province's department found only in its site's address by the province's form of it", async () => {
    const total = await ask("h:5", "湖北省人社厅2021年主动公开多少条");
    expect([total.agency, total.figures[0]?.value]).toEqual(["湖北省人力资源和社会保障厅", 820]);
  });

  // h16-125, h16-133: a banner named for its people alone, asked by its short name and its office.
  it("reads 鄂温克旗 as 鄂温克族自治旗, its 政府办 as the government whose report it compiles, and 给乡镇 as no place", async () => {
    const office = await ask("h:6", "鄂温克旗政府办2019年主动公开多少条");
    expect([office.agency, office.figures[0]?.value]).toEqual(["鄂温克族自治旗人民政府", 612]);
    const training = await ask("h:7", "鄂温克旗给乡镇培训了几次保密法");
    expect([training.agency, training.figures[0]?.value]).toEqual(["鄂温克族自治旗人民政府", 2]);
  });

  // h16-290: 海门区 is held nowhere; the held 通州区 of the same city is not what is asked.
  it("says a district held nowhere, written between its city and a kind, is not held", async () => {
    const other = await ask("h:8", "南通市海门区司法局2021年主动公开多少条");
    expect([other.status, other.figures]).toEqual(["not_found", []]);
    const held = await ask("h:9", "南通市通州区司法局2021年主动公开多少条");
    expect(held.figures[0]?.value).toBe(35);
  });

  // h18-126 to h18-136: 县乡村振兴局 and 县市场监督管理局 are a level word and a kind that opens with a level's character.
  it("places a bureau named by its level alone in the county its text names, not the province's bureau it mentions", async () => {
    const total = await ask("h:10", "汶川县市场监管局2021年公开政府信息多少条");
    expect([total.agency, total.figures[0]?.value]).toEqual(["汶川县市场监督管理局", 86]);
  });
});

describe("names of a level and a kind opening with a level's character", () => {
  it("keep the level word for the place to be found", () => {
    expect(["县乡村振兴局", "县市场监督管理局", "青川县乡村振兴局"].map(nameEnding)).toEqual(["县乡村振兴局", "县市场监督管理局", "青川县乡村振兴局"]);
  });
});

// h18-277 to h18-283: 博州 for 博尔塔拉蒙古自治州.
describe("an autonomous prefecture with a long stem", () => {
  it("goes by its first character and 州", () => {
    expect(autonomousShortForms("博尔塔拉蒙古自治州")).toContain("博州");
    expect(autonomousShortForms("昌吉回族自治州")).not.toContain("昌州");
  });
});

// h19-068 (交道口街道(东城区)), h19-172 (庐山区(九江)): a place in brackets after the name it places.
describe("a place in brackets after a name", () => {
  it("is read before the name, and an aside naming no place stays as it was", () => {
    expect(questionText("交道口街道(东城区)2019年微博发了多少条?")).toBe("东城区交道口街道2019年微博发了多少条");
    expect(questionText("庐山区（九江）2014年年报由几部分组成")).toBe("九江庐山区2014年年报由几部分组成");
    expect(questionText("示例局办公室电话(2010年报)")).toBe("示例局办公室电话2010年报");
    expect(questionText("信息公开指南(试行)是哪年发布的")).toBe("信息公开指南试行是哪年发布的");
  });
});
