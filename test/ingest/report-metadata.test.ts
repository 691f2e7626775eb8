import { describe, expect, it } from "vitest";
import { METADATA_LINE, findIndexNumber, findPublishedLine } from "../../src/ingest/report-metadata.ts";
import { splitLines, type TextLine } from "../../src/ingest/text-lines.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";

const findPublished = (lines: readonly TextLine[], year: number) => findPublishedLine(lines, year)?.date ?? null;

describe("header fields", () => {
  // aq-094 (holdout AQ): the date alone opening the line of the page's fields, kept as no debris.
  it("reads a date opening the header line before the page's other fields", () => {
    const page = ["示例乡2021年政府信息公开工作年度报告", "2022-01-28 发布机构:示例乡 浏览次数:30 字体:[大 中 小]", "一、总体情况", "2021年,我乡主动公开政府信息12条。"].join("\n");
    expect(parseFile({ bytes: new TextEncoder().encode(page), name: "page.txt" }).reports[0]!.published).toBe("2022-01-28");
    expect(findPublished(splitLines("2022年1月28日 发布于门户网站"), 2021)).toBe(null);
  });

  it("reads a header table whose cells hold a label with its colon and then the value", () => {
    const lines = splitLines(["索引号： | 11620723013941209X/2023-00031 | 发布机构： | 临泽县人民政府办公室", "主题分类： | 政务公开 | 发布日期： | 2023-01-30"].join("\n"));
    expect(findIndexNumber(lines)).toBe("11620723013941209X/2023-00031");
    expect(findPublished(lines, 2022)).toBe("2023-01-30");
  });

  // kg-038, kg-136: a label run into its value, and a label alone on its line over its value.
  it("reads an index number glued to its label, or on the line under it, and a date under its label", () => {
    expect(findIndexNumber(splitLines("发布机构:市生态环境局\n体裁分类:其他年度报告       文号:       索引号000357499/2023-388"))).toBe("000357499/2023-388");
    const lines = splitLines(["索 引 号:", "005692130/2018-00013", "主题分类:", "环境保护", "发布日期:", "2018年02月21日"].join("\n"));
    expect(findIndexNumber(lines)).toBe("005692130/2018-00013");
    expect(findPublished(lines, 2017)).toBe("2018-02-21");
  });

  // md-103, md-143: a bulleted label over its value; a date alone in brackets under the title.
  it("reads a bulleted label's value on the next line, and a bracketed date line under the title", () => {
    expect(findIndexNumber(splitLines(["登录 | 注册", "  • 部门信息公开工作年度报告", "  • 索引号", "    000014348/2023-00132", "  • 发布机构"].join("\n")))).toBe("000014348/2023-00132");
    expect(findPublished(splitLines(["示例镇2023年政府信息公开工作", "年度报告", "(2024年1月18日)", "一、总体情况"].join("\n")), 2023)).toBe("2024-01-18");
  });

  it("reads the date from a header row naming its fields over a row of their values", () => {
    const lines = splitLines(["索引号 | 发布机构 | 生成日期 |", "11620723013941209X/2024-00018 | 临泽县人民政府办公室 | 2024-01-26 |"].join("\n"));
    expect(findIndexNumber(lines)).toBe("11620723013941209X/2024-00018");
    expect(findPublished(lines, 2023)).toBe("2024-01-26");
    // A posting date years after the covered year is a mirror's, not the report's.
    expect(findPublished(lines, 2019)).toBe(null);
  });

  // Holdout g-079, h-060: a header giving the day the document was drawn up (公文生成日期) above the
  // day the page was posted (时间:…); checked on a2008-218 and a2020-033, whose pages give one date.
  it("reads the posting date over the day the document was drawn up, unless the posting is a mirror's", () => {
    const lines = splitLines(["• 索 引 号:QZ10121-2500-2015-00001", "• 公文生成日期:2015-01-05", "甲县审计局2014年政府信息公开工作年度报告", "时间:2015-01-07 15:12"].join("\n"));
    expect(findPublished(lines, 2014)).toBe("2015-01-07");
    const mirrored = splitLines(["• 公文生成日期:2015-01-05", "甲县审计局2014年政府信息公开工作年度报告", "时间:2021-06-30 09:12"].join("\n"));
    expect(findPublished(mirrored, 2014)).toBe("2015-01-05");
  });

  it("reads the header below a site's menus, down to the first section, and no period of the figures", () => {
    const menus = ["首页", "政务公开", "政务服务", "政民互动", "走进湖里", "无障碍", "长者模式", "English", "当前位置:首页>政务公开", "• 索 引 号:XM02123-0101-2023-00001", "• 公文生成日期:2023-01-06"];
    const lines = splitLines([...menus, "甲局2022年政府信息公开工作年度报告", "统计时间:2022年1月1日至2022年12月31日", "时间:2023-01-11 11:18", "一、总体情况", "时间:2023-05-01"].join("\n"));
    expect(findPublished(lines, 2022)).toBe("2023-01-11");
  });

  // Holdout e-042: a site that labels the posting date 发表时间.
  it("reads 发表时间 as the date a page was posted", () => {
    expect(findPublished(splitLines("信息来源:统计局 | 发表时间:2020-01-08 | 字体:【】【】【"), 2019)).toBe("2020-01-08");
  });
});

describe("the index number of a header", () => {
  // Real questions g009-09 (a row of label and value cells whose next row holds other labels), g016-09 and g022-05 (索 引 号).
  it("reads it from the cell after its label and after a spaced-out label", () => {
    const row = splitLines(["索引号 | 003318201/2022-00107 | 发布机构 | 某省商务厅 | |", "公开方式 | 主动公开 | 公开范围 | 面向全社会 | |"].join("\n"));
    expect(findIndexNumber(row)).toBe("003318201/2022-00107");
    expect(findIndexNumber(splitLines("• 索 引 号:15/2021-0042117\n• 发布机构:某县水务局"))).toBe("15/2021-0042117");
  });

  // Held-out question h5-203: the label and its code set apart by spaces alone, the next field's label after it.
  it("reads it from a header line whose fields stand apart by spaces alone", () => {
    const lines = splitLines(["标      题 某省林业厅2021年政府信息公开工作年度报告", "索引号 000012345/2022-00011 文      号", "发布机构 某省林业厅 发布日期 2022-01-20"].join("\n"));
    expect(findIndexNumber(lines)).toBe("000012345/2022-00011");
    // A bare number after the label is no index number: it may belong to the next field.
    expect(findIndexNumber(splitLines("索引号 2022 文 号"))).toBe(null);
  });
});

describe("header fields and the report text after them", () => {
  const passagesOf = (page: string) => parseFile({ bytes: new TextEncoder().encode(page), name: "page.txt" }).reports[0]!.passages.map((p) => p.text);

  // Real questions a2014-028 and a2014-030 ask for the contacts of an opening paragraph that follows a header table.
  it("keeps a paragraph right after a header line as report text, and the value row under a header row out", () => {
    const header = ["标 题 | 示例省2014年政府信息公开工作年度报告 | ||", "发布机构 | 示例省人民政府办公厅 | 发布日期 | 2015-03-30 |"];
    const opening = "本报告由示例省人民政府办公厅编制，如有疑问，请与示例省政府信息公开办公室联系（电话0871-6318240）。";
    expect(passagesOf([...header, opening, "一、概述", "2014年，示例省主动公开政府信息3000条。"].join("\n"))).toEqual([
      "标 题 | 示例省2014年政府信息公开工作年度报告 | ||",
      "发布机构 | 示例省人民政府办公厅 | 发布日期 | 2015-03-30 |",
      opening,
      "2014年，示例省主动公开政府信息3000条。",
    ]);
    // Real questions h025-03, a2008-218: a mirror's posting date years later is no publication date, but its line stays text.
    const mirror = ["索引号: | 0001/2016-00012 | 公开方式: | 主动公开 |", "文号: | 公开日期: | 2016-05-18 09:30 | |", "示例镇2011年政府信息公开工作年度报告", "2011年，示例镇主动公开政府信息35条。"];
    const report = parseFile({ bytes: new TextEncoder().encode(mirror.join("\n")), name: "page.txt" }).reports[0]!;
    expect([report.published, report.passages.map((p) => p.text)]).toEqual([null, ["文号: | 公开日期: | 2016-05-18 09:30 | |", "2011年，示例镇主动公开政府信息35条。"]]);
    const valueRow = ["索引号 | 发布机构 | 生成日期 |", "0001/2015-00018 | 示例县人民政府办公室 | 2015-01-26 |", "示例县2014年政府信息公开工作年度报告", "2014年，示例县主动公开政府信息300条。"];
    expect(passagesOf(valueRow.join("\n"))).toEqual(["0001/2015-00018 | 示例县人民政府办公室 | 2015-01-26 |", "2014年，示例县主动公开政府信息300条。"]);
  });
});

describe("header field lines", () => {
  it("takes a line opening with a field's label for the page's header, and a body sentence for report text", () => {
    expect(METADATA_LINE.test("发布单位:示例县统计局")).toBe(true);
    expect(METADATA_LINE.test("有效性: | 有效 |")).toBe(true);
    expect(METADATA_LINE.test("关键词:政府信息公开 公开载体")).toBe(true);
    // Labels a sentence may open with head a field only before their colon or cell.
    expect(METADATA_LINE.test("来源于群众的意见建议12件")).toBe(false);
    expect(METADATA_LINE.test("公开形式多样,共设置栏目8个")).toBe(false);
    expect(METADATA_LINE.test("公开形式:主动公开")).toBe(true);
  });

  it("keeps a header line's label out of the report's passages", () => {
    const page = ["示例县统计局2021年政府信息公开工作年度报告", "关键词:统计 信息公开", "一、总体情况", "2021年,我局主动公开政府信息12条。"].join("\n");
    const report = parseFile({ bytes: new TextEncoder().encode(page), name: "page.txt" }).reports[0]!;
    expect(report.passages.map((p) => p.text)).toEqual(["2021年,我局主动公开政府信息12条。"]);
  });
});
