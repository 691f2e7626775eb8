import { describe, expect, it } from "vitest";
import { findFor, reportOfPage, valuesOf } from "./report-of-page.ts";

// Made-up pages after shapes of the sixteenth fresh set; each rule names the questions it came from.
const page = (...lines: string[]) => reportOfPage(["示例市示例局2024年政府信息公开工作年度报告", "一、总体情况", ...lines].join("\n"));

describe("a total that a colon breaks down", () => {
  // h16-066: 全年共主动公开信息1088条:通过政务网站主动公开信息869条,其中…
  it("is not named by the words of its breakdown: the channel asked answers", () => {
    const detail = page("全年共主动公开信息500条:通过政务网站主动公开信息420条,其中工作动态60条,通知公告30条。");
    expect(valuesOf(findFor(detail, "通过政务网站公开了多少条"))).toEqual([420]);
    expect(valuesOf(findFor(detail, "主动公开了多少条")).slice(0, 1)).toEqual([500]);
  });
});

describe("部 as a measure word", () => {
  // h16-165: 公开规章148部、行政规范性文件463件.
  it("counts 规章 in 部, and 部门 stays a word", () => {
    const detail = page("公开规章48部、行政规范性文件163件。联合5部门开展检查。");
    expect(valuesOf(findFor(detail, "公开了多少部规章"))).toEqual([48]);
    expect(valuesOf(findFor(detail, "公开了多少件行政规范性文件"))).toEqual([163]);
    expect(detail.figures.some((f) => f.unit === "部")).toBe(true);
    expect(detail.figures.some((f) => f.value === 5 && f.unit.startsWith("部"))).toBe(false);
  });
});

describe("a running total asked", () => {
  // h16-270: 截止2009年12月底,水利部已主动公开政府信息8400多条, beside the year's 1192 in the template row.
  it("is answered by the total the report states as running, written 截止 where the question writes 截至", () => {
    const detail = page("2024年,示例局主动公开政府信息192条。其中,政策法规类信息12条,业务类信息180条。", "截止2024年12月底,示例局已主动公开政府信息2400多条。");
    expect(valuesOf(findFor(detail, "截至2024年底累计主动公开多少条"))).toEqual([2400]);
    expect(valuesOf(findFor(detail, "累计主动公开了多少条"))).toEqual([2400]);
    expect(valuesOf(findFor(detail, "主动公开了多少条")).slice(0, 1)).toEqual([192]);
  });
});

describe("收费金额 asked", () => {
  // The 2019 template heads the 行政事业性收费 row 本年收费金额（单位：万元）; section six states the
  // information-processing fees in 元; reports before 2019 state only those.
  it("is the template's 行政事业性收费 where the report has that row, and the fees it states where not", () => {
    const template = page(
      "二、主动公开政府信息情况",
      "第二十条第（八）项",
      "信息内容 | 本年收费金额（单位：万元）",
      "行政事业性收费 | 316",
      "六、其他需要报告的事项",
      "本年度实际收取信息处理费共计400元。",
    );
    expect(valuesOf(findFor(template, "收费金额多少万元"))).toEqual([316]);
    expect(valuesOf(findFor(template, "收取信息处理费多少元"))).toEqual([400]);
    const narrative = page("本年度依申请公开收取费用金额共计120元。");
    expect(valuesOf(findFor(narrative, "收费金额是多少"))).toEqual([120]);
  });
});

describe("a count with an aside in brackets", () => {
  // The first reports on the 2019 template sum up their table in prose: 答复申请805件（含上年度结转申请18件…）.
  it("keeps the words before the bracket to the count before it", () => {
    const detail = page("示例局共受理政府信息公开申请100件，申请数量较去年回落12.3%；答复政府信息公开申请90件（含上年度结转申请8件，另有5件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复。");
    expect(valuesOf(findFor(detail, "答复申请多少件")).slice(0, 1)).toEqual([90]);
    expect(valuesOf(findFor(detail, "上年度结转申请多少件")).slice(0, 1)).toEqual([8]);
  });
});

describe("a group the template totals nowhere", () => {
  const table = [
    "三、收到和处理政府信息公开申请情况",
    "| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计",
    "三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 4 | 0 | 0 | 0 | 0 | 0 | 4",
    "2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2",
    "（五）不予处理 | 1.信访举报投诉类申请 | 14 | 1 |  |  |  |  | ",
    "2.重复申请 | 3 | 0 | 0 | 0 | 0 | 0 | 3",
  ];
  it("is answered by the sentence stating its total, where one does", () => {
    const detail = page("本年度不予公开9件，占5%。", ...table);
    expect(valuesOf(findFor(detail, "不予公开多少件")).slice(0, 1)).toEqual([9]);
  });
  it("is answered by its rows where no sentence totals it", () => {
    const detail = page("本年度办理申请情况见下表。", ...table);
    expect(valuesOf(findFor(detail, "不予公开多少件"))).toEqual([4, 2]);
  });
  it("answers a row whose 总计 cell is blank with the cells it fills", () => {
    const detail = page("本年度办理申请情况见下表。", ...table);
    expect(valuesOf(findFor(detail, "信访举报投诉类申请多少件"))).toEqual([14]);
  });
  // Holdout g-108 (a page cut inside the row of new applications); the blank cell above (h21) still answers.
  it("states no total of a row the page is cut in", () => {
    const detail = page("本年度办理申请情况见下表。", ...table.slice(0, 2), "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0");
    expect(findFor(detail, "本年新收政府信息公开申请总计是多少").kind).toBe("none");
  });
});

// h21-127: 结转到2026年的申请 asks the row 结转下年度继续办理, whose label leaves 申请 unsaid.
describe("applications carried to the next year, asked by that year", () => {
  it("is the table's carried-forward cell, not the applications received", () => {
    const detail = page(
      "全区共收到政府信息公开申请154件。",
      "三、收到和处理政府信息公开申请情况",
      "| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计",
      "四、结转下年度继续办理 | 6 | 0 | 0 | 0 | 0 | 0 | 6",
    );
    // The question's years are taken out before its measure is read: 结转到2025年的 leaves 结转到 的.
    expect(valuesOf(findFor(detail, "结转到 的申请有几件")).slice(0, 1)).toEqual([6]);
    expect(valuesOf(findFor(detail, "收到多少件申请")).slice(0, 1)).toEqual([154]);
  });
});

describe("a category's name written on into another figure's label", () => {
  // Holdout i-127; checked on a2014-156 and e-008 (a category asked by its name alone still answers).
  it("names the figure whose label the question writes, not the category (其他方式 is not 其他信息)", () => {
    const detail = page("全年主动公开政府信息306条,其中工作动态信息178条,其他信息128条。通过政府网站公开政府信息数216条,其他方式公开政府信息数299条。");
    expect(valuesOf(findFor(detail, "其他方式公开政府信息多少条"))).toEqual([299]);
    expect(valuesOf(findFor(detail, "其他信息多少条"))).toEqual([128]);
  });
});

describe("a kind written 类的信息", () => {
  // Holdout j-113 and a2008-062 (业务工作类 asked of 业务工作类的信息); checked on h5-180 and a2014-156.
  it("is asked as 类信息 or without the mark", () => {
    const detail = page("全年主动公开政府信息74条,其中政府文件类的信息63条,重要会议类的信息4条,报告类的信息2条。");
    expect(valuesOf(findFor(detail, "报告类信息几条"))).toEqual([2]);
    expect(valuesOf(findFor(detail, "重要会议信息多少条"))).toEqual([4]);
    expect(valuesOf(findFor(detail, "报告类有多少条"))).toEqual([2]);
  });
});

describe("a proactive total whose label names what was disclosed", () => {
  // Holdout j-016; checked on a2020-152 and a2020-153 (行政许可 asked of a report with the template's row).
  it("answers a measure its label names, as prose, not as another template cell", () => {
    const detail = page("全年通过网上办事平台等公开行政许可和其他对外管理服务事项办理结果类信息824,019条。");
    expect(valuesOf(findFor(detail, "公开行政许可等办理结果类信息多少条"))).toEqual([824019]);
  });
});
