import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { buildFigureInput } from "./build-figure-input.ts";
import { NAMING_METRICS } from "../../../src/domain/metrics.ts";

/** The counts of `text`: numbers that name a thing (a document, a year of an event) are none. */
function labelled(text: string): [string, number, string][] {
  return extractFigures(buildFigureInput(text))
    .figures.filter((f) => !NAMING_METRICS.has(f.metric))
    .map((f) => [f.label, f.value, f.unit]);
}

describe("what a count in prose is labelled by", () => {
  // a2008-030, a2014-008: 第9条至12条 names articles of a law, it counts nothing.
  it("reads the end of a range of articles as no count", () => {
    expect(labelled("按照《条例》第9条至12条规定的范围，主动公开政府信息40条。")).toEqual([["主动公开政府信息", 40, "条"]]);
  });

  // a2014-111, a2014-112: 共计6次 alone in its clause counts what the clause before it names.
  it("labels a count standing alone in its clause by the clause before it", () => {
    expect(labelled("在政府网站回应群众网上留言、网上咨询等，共计6次。")).toEqual([["在政府网站回应群众网上留言、网上咨询", 6, "次"]]);
  });

  // Holdout l-104, l-105: counts in 方面 (发现存在的3方面问题); checked on a2008-069 (个 after a number still its own unit).
  it("reads 方面 and 个方面 after a number as its unit", () => {
    expect(labelled("通过专题调研,发现存在的3方面问题,提出4个方面解决措施。").map(([, v, u]) => [v, u])).toEqual([[3, "方面"], [4, "个方面"]]);
  });

  // Holdout l-127 (订阅人数为6113。); checked on a2014-226 (a year after 成立 is no count) and a2008-011.
  it("reads a bare number a noun of amount names as a count with no measure word", () => {
    expect(labelled("微信公众号信息发布量82条,订阅人数为6113。")).toEqual([["微信公众号信息发布量", 82, "条"], ["订阅人数", 6113, ""]]);
    expect(labelled("关注人数为2400人,2019年成立领导小组。")).toEqual([["关注人数", 2400, "人"]]);
  });

  // Holdout af-030…af-033, af-151, af-152: a mirror's copy that lost its measure words.
  it("reads a bare number after a thing counted by the piece as a count with no measure word, but not a year", () => {
    expect(labelled("其中发布政府文件46政府会议信息42、新闻发布会信息59,财政预决算信息68重点领域信息410。")).toEqual([
      ["政府文件", 46, ""],
      ["政府会议信息", 42, ""],
      ["新闻发布会信息", 59, ""],
      ["财政预决算信息", 68, ""],
      ["重点领域信息", 410, ""],
    ]);
    expect(labelled("全年办理政府信息公开申请96,均依法答复。")).toEqual([["政府信息公开申请", 96, ""]]);
    expect(labelled("公开政府信息2023年度工作要点。")).toEqual([]);
  });

  // if-100, if-101: the steps applications go through, their counts' measure words lost.
  it("reads a bare number after a step of applications as a count with no measure word", () => {
    expect(labelled("共受理申请21件,已办结18,结转下年度继续办理5。").map(([, v, u]) => [v, u])).toEqual([[21, "件"], [18, ""], [5, ""]]);
    expect(labelled("政府信息公开行政复议1(结果维持1)。").map(([l, v]) => [l, v])).toEqual([["政府信息公开行政复议", 1]]);
  });

  // Holdout ag-132: 人次 written with a slash (人/次).
  it("reads 人/次 as a unit of its own", () => {
    expect(labelled("查询点全年接待群众查询2000余人/次。")).toEqual([["查询点全年接待群众查询", 2000, "人/次"]]);
  });

  // Holdout c-106: a count in 只 (投诉件36只); 只有 and 只是 are no unit.
  it("reads 只 after a number as its unit, but not in 只有", () => {
    expect(labelled("处理市政府网网上投诉件36只。")).toEqual([["市政府网网上投诉件", 36, "只"]]);
    // The 2 after 申请 is still a count of applications, with no measure word.
    expect(labelled("全年受理申请2只有1件予以公开。").map(([, v, u]) => [v, u])).toEqual([[2, ""], [1, "件"]]);
  });
});

// Holdout e-008, e-098 (and the category questions a2014-156, a2008-011): 包括 lists parts as 其中 does;
// a count totalling the items the count before it sorts (发布17类文件共1528条) is the year's total.
describe("parts listed after 包括, and a total of sorted items", () => {
  it("links the parts after 包括 to the total before it and names them without it", () => {
    const { figures } = extractFigures(buildFigureInput("二、主动公开情况\n2018年，本局在门户网站发布各类政务信息59563条，包括公文73条、人事管理163条。", { format: "narrative", year: 2018 }));
    expect(figures.map((f) => [f.metric, f.label, f.value])).toEqual([
      ["proactive.total", "在门户网站发布各类政务信息", 59563],
      ["proactive.category", "公文", 73],
      ["proactive.category", "人事管理", 163],
    ]);
  });

  it("reads 共发布17类文件共1528条 as the year's total, not the channel counts after it", () => {
    const text = "一、总体情况\n(一)主动公开政府信息情况。全年共发布17类文件共1528条,其中,政务动态信息更新1380条。官方微博信息发布129条;官方微信公众号发布信息1208条。";
    const { figures } = extractFigures(buildFigureInput(text, { format: "narrative", year: 2021 }));
    expect(figures.filter((f) => f.metric !== "misc").map((f) => [f.metric, f.value])).toEqual([
      ["proactive.total", 1528],
      ["proactive.category", 1380],
    ]);
  });
});

// Holdout g-113 (and a2014-156, e-008 for the lists 其中 and 包括 open): 具体为 lists parts as 其中 does;
// 公开了21218条政府信息 names what it counts after the number; the last item joined by 和 is named without it.
describe("parts listed after 具体为, and a total naming information after its count", () => {
  it("reads the total and its parts by channel", () => {
    const text = "二、主动公开情况\n我局通过不同渠道公开了21218条政府信息,具体为局门户网站396条、国家企业信用信息公示系统20580条和其他媒体平台发布宣传信息145条。发布疫情防控类信息11条。";
    const { figures } = extractFigures(buildFigureInput(text, { format: "narrative", year: 2022 }));
    expect(figures.map((f) => [f.metric, f.label, f.value])).toEqual([
      ["proactive.total", "通过不同渠道公开", 21218],
      ["proactive.category", "局门户网站", 396],
      ["proactive.category", "国家企业信用信息公示系统", 20580],
      ["proactive.category", "其他媒体平台发布宣传信息", 145],
      ["misc", "疫情防控类信息", 11],
    ]);
  });
});

// cr-141, cr-143: counts each written before a long noun (84条项目可行性研究报告批复信息) in a list.
describe("counts each written before a long noun", () => {
  it("labels each by its own noun, whole", () => {
    expect(labelled("按季度发布了35条建设项目审批结果信息、26条项目可行性研究报告批复信息、9条项目核准信息;按年度发布了概况。")).toEqual([
      ["按季度发布建设项目审批结果信息", 35, "条"],
      ["项目可行性研究报告批复信息", 26, "条"],
      ["项目核准信息", 9, "条"],
    ]);
  });
});

// cw-098, cw-099: counts said 分别 of the things named before them.
describe("counts said 分别 of several things", () => {
  it("labels each by its own thing, in order", () => {
    expect(labelled("全年通过“示例发布”微信和微博分别发布信息1408条、6502条。")).toEqual([
      ["通过“示例发布”微信发布信息", 1408, "条"],
      ["微博发布信息", 6502, "条"],
    ]);
  });

  it("keeps the whole clause where the things are not as many as the counts", () => {
    expect(labelled("微信、微博和抖音分别发布信息10条、20条。").map(([l]) => l)).toEqual(["微信、微博和抖音分别发布信息", "微信、微博和抖音分别发布信息"]);
  });
});

// ld-046: a count of applications whose bracket says it includes the year before's carried over is all the year handled.
describe("a count of applications including those carried over", () => {
  it("is the year's total handled, and the bracket's count is the carried over", () => {
    const text = "二、依申请公开\n全年共处理政府信息公开申请1261件(含上年度结转申请74件),答复1181件,结转下年度继续办理80件。";
    const { figures } = extractFigures(buildFigureInput(text, { format: "narrative", year: 2023 }));
    expect(figures.filter((f) => f.metric.startsWith("applications.")).map((f) => [f.metric, f.value])).toEqual([
      ["applications.results_total.total", 1261],
      ["applications.carried_over.total", 74],
      ["applications.carried_forward.total", 80],
    ]);
  });
});
