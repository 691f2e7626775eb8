import { describe, expect, it } from "vitest";
import { findFor, reportOfPage, valuesOf } from "./report-of-page.ts";

// Made-up pages; each rule names the questions (by id, in ../holdout6) it was checked against.
const PAGE = [
  "示例区管理委员会2022年政府信息公开工作年度报告",
  "一、总体情况",
  "（一）主动公开方面 示例区持续推进基础信息公开，2022年全区共主动公开政府信息3200条。",
  "主动公开政府信息的主要类别有：机构职能类信息20条，政策文件类信息5条，行政许可类信息13条，为民办实事类信息49条。",
  "五是加强政务新媒体管理，注销3个无人维护的政务新媒体，新开设2个政务新媒体。",
  "全年受理政府信息公开申请12件，均已按时处理。",
  "（三）咨询情况 全年有约900人次通过各种方式向我局各部门咨询办税信息有关事务，其中现场咨询300人次，电话咨询600人次。",
  "二、存在的主要问题",
  "信息公开工作仍有不足。",
].join("\n");

describe("a figure near what is asked that does not answer it", () => {
  const detail = reportOfPage(PAGE);

  // h6-048, h6-130: a count that holds none of the words the question adds to its measure is no answer.
  it("states no figure when the count holds none of the question's own words", () => {
    const finding = findFor(detail, "发布了多少篇政策解读");
    expect([finding.kind, valuesOf(finding)]).toEqual(["none", []]);
    const licence = findFor(detail, "行政许可处理决定数量是多少");
    expect([licence.kind, valuesOf(licence)]).toEqual(["none", []]);
  });

  // h6-155: one chance pair of characters (事信 of 从事信息) shared with a label names nothing.
  it("states no figure when the only word shared is a chance pair of characters", () => {
    const finding = findFor(detail, "从事信息公开工作的专职人员有几个");
    expect([finding.kind, valuesOf(finding)]).toEqual(["none", []]);
  });

  // Holdout p-143 (a narrow application result asked of a report stating only totals), checked on
  // a2014-040 and a2020-075, whose prose counts hold the question's own word (答复, 信访).
  it("answers no narrow application result with a count that shares only 申请 with it", () => {
    const totals = reportOfPage(["示例区人民政府办公室2023年政府信息公开工作年度报告", "一、总体情况", "（二）依申请公开方面。2023年共受理依申请公开33件,其中本年新收33件,上年结转0件,结转至下年办理0件。"].join("\n"));
    const finding = findFor(totals, "予以公开的申请有几件");
    expect([finding.kind, valuesOf(finding)]).toEqual(["none", []]);
    expect(valuesOf(findFor(totals, "本年新收了几件申请"))).toEqual([33]);
  });

  // h6-061: what the year added or removed is no answer to what stands at the year's end.
  it("answers no year-end total with the counts opened or closed in the year", () => {
    const finding = findFor(detail, "底共有多少个政务新媒体");
    expect([finding.kind, valuesOf(finding)]).toEqual(["none", []]);
    expect(valuesOf(findFor(detail, "新开设了多少个政务新媒体"))).toEqual([2]);
  });

  // h6-098: the words after a count, to its clause's end, say what it counts; a 其中 part is not
  // named by the clause before 其中.
  it("answers the total a sentence counts in the words after its number, not its first part", () => {
    expect(valuesOf(findFor(detail, "有多少人次咨询办税信息"))[0]).toBe(900);
    expect(valuesOf(findFor(detail, "电话咨询多少人次"))[0]).toBe(600);
  });
});

// Holdout s-089 (a page cut in a run of counts by channel), checked on a2014-157 and a2020-076,
// whose pages end in a finished sentence.
describe("a page cut in the clause that held the count asked", () => {
  const cut = reportOfPage(
    ["示例经开区管理委员会2021年政府信息公开工作年度报告", "一、总体情况", "2021年,通过官方网站公开信息360条,微博公开信息65条,通过政民互动平台栏目回应公众"].join("\n"),
  );

  it("states no figure for the words after the last number, and answers the counts before them", () => {
    const finding = findFor(cut, "通过政民互动平台回应公众多少条");
    expect([finding.kind, valuesOf(finding)]).toEqual(["none", []]);
    expect(valuesOf(findFor(cut, "微博公开了多少条"))[0]).toBe(65);
  });
});

// Holdout t-084; checked on a2008-012 (多少个小类栏目 against 68小类栏目) and a2014-186 (几个方面部署).
describe("a noun counted that the count's own noun does not share", () => {
  const page = reportOfPage(["示例镇人民政府2016年政府信息公开工作年度报告", "一、概述", "2016年,政府信息依申请公开系统共收到1宗信息。"].join("\n"));

  it("states no figure for 人大建议 with a count of 信息, and answers the count of 信息", () => {
    const finding = findFor(page, "政府系统共收到多少件人大建议");
    expect([finding.kind, valuesOf(finding)]).toEqual(["none", []]);
    expect(valuesOf(findFor(page, "依申请公开系统共收到几宗信息"))).toEqual([1]);
  });
});

describe("a noun of amount asked", () => {
  // h22-074 (holdout); checked on a2008-013 (浏览量 stated answers) and a2020-057.
  it("states no figure when no count's clause says what the noun measures (访问量 against 70家政府网站)", () => {
    const detail = reportOfPage(["示例市人民政府办公厅2019年政府信息公开工作年度报告", "一、总体情况", "每季度对本市处于正常运行状态的70家政府网站开展全面检查。", "全年政府门户网站访问量达1200万人次。"].join("\n"));
    expect(valuesOf(findFor(detail, "政府网站访问量"))).toEqual([1200]);
    const silent = reportOfPage(["示例市人民政府办公厅2019年政府信息公开工作年度报告", "一、总体情况", "每季度对本市处于正常运行状态的70家政府网站开展全面检查。"].join("\n"));
    expect(findFor(silent, "政府网站访问量").kind).toBe("none");
    expect(valuesOf(findFor(silent, "检查了多少家政府网站"))).toEqual([70]);
  });
});

describe("a part of the report a cut page does not reach", () => {
  // Holdout h-090, l-037 (pages cut before their problems); checked on a2014-097 and e-062 (problems written under another heading still answer).
  it("is not stated where no section holds it and no passage writes its marking words", () => {
    const cut = reportOfPage(["示例镇2020年政府信息公开工作年度报告", "一、总体情况", "全年主动公开政府信息125条,微信公众号公开92条。", "三、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请0件。"].join("\n"));
    const finding = findFor(cut, "存在的主要问题是啥");
    expect([finding.kind, finding.kind === "none" ? finding.part : undefined]).toEqual(["none", true]);
    const lost = reportOfPage(["示例镇2020年政府信息公开工作年度报告", "一、总体情况", "全年主动公开政府信息125条。", "(二)存在的主要问题", "信息公开的及时性有待提高。"].join("\n"));
    expect(findFor(lost, "存在的主要问题是啥").kind).toBe("passage");
  });
});
