import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// od-107, oh-091: a verb right after the place (鞍山高新区公开管委会主任办公会议) starts what is asked, not an office's name.
describe("a verb after the place asked", () => {
  const page = [
    "乙山高新区2020年度政府信息公开工作报告",
    "一、总体情况",
    "2020年,乙山高新区全年公开管委会主任办公会议12次。",
    "二、主动公开政府信息情况",
    "本年主动公开政府信息120条。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2021-06-01T12:00:00"));

  it("answers from the place's report", async () => {
    const a = await ask("v:1", "2020年乙山高新区公开管委会主任办公会议多少次");
    expect(a.figures.map((f) => f.value)).toEqual([12]);
  });
});

// od-055, od-077, oh-019, oh-139, pf-130: a page cut before its problems names them only in the list of its parts.
describe("problems asked of a page cut before them", () => {
  const pages = {
    "listed.txt": [
      "丙县医疗保障局2022年政府信息公开工作年度报告",
      "本报告主要由信息公开工作概述、主动公开信息情况、信息依申请公开办理情况、信息公开工作存在的主要问题及改进措施以及需要说明的其他事项与附表等部分组成。",
      "一、总体情况",
      "2022年,我局围绕人民群众重点关切问题,及时公开政府信息。",
      "二、主动公开政府信息情况",
      "全年公开各类政府信息101条。",
    ].join("\n"),
    "compiled.txt": [
      "辛县司法局2020年度政府信息公开工作年度报告",
      "本年度报告是根据《中华人民共和国政府信息公开条例》要求,由辛县司法局编制。全文包括:2020年度政务公开总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,存在的主要问题及改进情况,其他需要报告的事项等5项内容。",
      "一、总体情况",
      "2020年,我局主动公开政府信息52条。",
    ].join("\n"),
    "period.txt": [
      "己市机关事务管理局2024年政府信息公开工作年度报告",
      "特向社会公布己市机关事务管理局2024年度信息公开工作报告。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止,包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况等内容。",
      "一、总体情况",
      "2024年,我局主动公开政府信息86条。",
    ].join("\n"),
    "stub.txt": [
      "丁县工业开发区管理委员会2015年政府信息公开年度报告",
      "一、概述",
      "2015年,我委主动公开政府信息35条。",
      "二、依申请公开政府信息情况",
      "2015年,我委未收到政府信息公开申请。",
      "三、政府信息公开工作存在的主要问题及改进措施",
      "1、政府信息公",
    ].join("\n"),
  };
  const ask = askingOverPages(pages, new Date("2023-06-01T12:00:00"));

  it("says they are not stated rather than quoting the list of parts or a passing 问题", async () => {
    const a = await ask("p:1", "丙县医保局2022年政府信息公开工作存在什么主要问题");
    expect([a.status, a.citations.length]).toEqual(["no_figure", 0]);
  });

  it("reads the list of parts after the report's period as that list (pf-130)", async () => {
    const a = await ask("p:4", "己市机关事务管理局2024年政府信息公开工作存在哪些主要问题");
    expect([a.status, a.citations.length]).toEqual(["no_figure", 0]);
  });

  it("reads each statement of the opening, the body compiling it before the list of parts (pc-010, od-077)", async () => {
    const a = await ask("p:5", "辛县司法局2020年政府信息公开工作存在哪些主要问题");
    expect([a.status, a.citations.length]).toEqual(["no_figure", 0]);
  });

  it("takes no line cut short for the section's content", async () => {
    const a = await ask("p:2", "丁县工业开发区管委会2015年信息公开工作存在哪些主要问题");
    expect([a.status, a.citations.length]).toEqual(["no_figure", 0]);
  });

  it("says the measures are not stated where only the list of parts names them", async () => {
    const a = await ask("p:3", "丙县医保局2022年信息公开改进措施有哪些");
    expect(a.status).toBe("no_figure");
  });
});

// og-098: a category (公告公示信息57条) holds a part the question names with words before the category's name (采购公告公示16条).
describe("a part named by words written before its category's name", () => {
  const page = [
    "戊省地震局2024年政府信息公开工作年度报告",
    "一、总体情况",
    "2024年,我局主动公开各类信息578条,其中工作动态信息292条、政策法规及解读8条、公告公示信息57条(含采购公告公示16条);",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2025-06-01T12:00:00"));

  it("answers the part, not the category", async () => {
    const a = await ask("c:1", "戊省地震局2024年采购公告公示有几条");
    expect(a.figures.map((f) => f.value)).toEqual([16]);
  });

  it("still answers the category asked by its own name", async () => {
    const a = await ask("c:2", "戊省地震局2024年公告公示信息有几条");
    expect(a.figures.map((f) => f.value)).toEqual([57]);
  });
});

// oe-133, oe-065, oe-084, oe-103: a website's score in points, a group of a city's departments, a count with its measure word lost,
// and a category whose name is the report's own subject (政府信息公开信息).
describe("counts of a whole government's report", () => {
  const page = [
    "庚县人民政府2015年政府信息公开工作年度报告",
    "一、概述",
    "在2015年度全省政府网站绩效评估中得分74.73分,县政府网站位列全省13位。",
    "二、主动公开政府信息情况",
    "截至12月31日,县政府主动公开政府信息共2367条,县直各部门主动公开政府信息3666条。",
    "其中,会议活动类信息460条,部门动态402,其他信息248条。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2016-06-01T12:00:00"));

  it("answers a score asked in points", async () => {
    const a = await ask("g:1", "庚县政府网站2015年在全省绩效评估中得了多少分");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[74.73, "分"]]);
  });

  it("reads the county's departments as one group the report counts", async () => {
    const a = await ask("g:2", "庚县2015年县直各部门主动公开政府信息多少条");
    expect(a.figures.map((f) => f.value)).toEqual([3666]);
  });

  it("answers a count whose measure word the page lost after a thing counted by the piece", async () => {
    const a = await ask("g:3", "庚县2015年公开的部门动态有多少条");
    expect(a.figures.map((f) => f.value)).toEqual([402]);
  });


  it("still answers the total asked as 主动公开了多少条", async () => {
    const a = await ask("g:5", "庚县2015年主动公开了多少条政府信息");
    expect(a.figures[0]!.value).toBe(2367);
  });
});

// oe-103: a category named as the report's own subject (政府信息公开信息), written whole in the question.
describe("a category whose name is the report's own subject", () => {
  const page = [
    "壬县人民政府2014年政府信息公开工作年度报告",
    "一、主动公开政府信息情况",
    "2014年,县政府门户网站发布各类信息8632条,其中,发布政府信息公开信息共399条。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2015-06-01T12:00:00"));

  it("answers that category where the question writes its whole label", async () => {
    const a = await ask("h:1", "壬县2014年网站发布的政府信息公开信息有多少条");
    expect(a.figures[0]!.value).toBe(399);
  });

  it("answers the total where the question asks what was disclosed", async () => {
    const a = await ask("h:2", "壬县2014年主动公开了多少条政府信息");
    expect(a.figures[0]!.value).toBe(8632);
  });
});

// pd-076: a sentence opening on the year before tells what it left for this one (2019年结转…73宗 in 2020's report).
describe("applications carried over from the year before, in a sentence opening on that year", () => {
  const page = [
    "癸区人民政府2020年政府信息公开工作年度报告",
    "一、总体情况",
    "(二)政府信息依申请公开情况。2020年我区共收到政府信息公开申请1586宗,其中来自公民申请1482宗;2019年结转政府信息公开申请73宗,其中来自公民申请62宗,商业企业申请9宗,其他组织申请2宗;在本年度办理结果情况中,予以公开452宗。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2021-06-01T12:00:00"));

  it("answers the count carried over, the year it came from being no year asked", async () => {
    const a = await ask("k:1", "癸区2020年从2019年结转过来的公开申请有多少宗");
    expect(a.figures.map((f) => f.value)).toEqual([73, 62, 9, 2]);
    expect(a.text.match(/上年结转/gu)?.length).toBe(1);
  });
});

// ra-156, ra-032: applications denied by what they ask for (未接到…关于公开信息的申请) are none received.
describe("no applications, named by what they ask", () => {
  const page = [
    "子县行政审批局2018年政府信息公开工作年度报告",
    "一、概述",
    "2018年,我局主动公开信息88条。",
    "三、依申请公开信息办理情况",
    "本年度我局未接到有关组织或个人关于公开信息的申请。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2019-06-01T12:00:00"));

  it("answers that none were received, quoting the sentence", async () => {
    const a = await ask("z:1", "2018年子县行政审批局收到过信息公开申请吗");
    expect([a.status, a.figures.map((f) => f.value), a.citations[0]?.quote]).toEqual(["answered", [0], "本年度我局未接到有关组织或个人关于公开信息的申请。"]);
  });
});

// of-020, og-121, pc-120, re-082: levels counted in words (按照三级审核要求, 四级责任体系) asked with 几级.
describe("levels counted in words", () => {
  const page = [
    "丑市水利局2023年政府信息公开工作年度报告",
    "一、总体情况",
    "我局落实信息公开相关工作规定,按照三级审核要求,对公开的每一条政务信息进行审核把关。",
    "全年主动公开政府信息120条,省级媒体刊发稿件6篇。",
  ].join("\n");
  const ask = askingOverPages({ "page.txt": page }, new Date("2024-06-01T12:00:00"));

  it("answers how many levels, quoting the sentence", async () => {
    const a = await ask("j:1", "丑市水利局2023年对公开的政务信息按几级审核");
    expect([a.figures.map((f) => [f.value, f.unit]), a.citations[0]?.quote]).toEqual([[[3, "级"]], "我局落实信息公开相关工作规定,按照三级审核要求,对公开的每一条政务信息进行审核把关。"]);
  });

  it("reads no level of 省级 before another count", async () => {
    const a = await ask("j:2", "丑市水利局2023年在省级媒体刊发了多少篇稿件");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[6, "篇"]]);
  });
});
