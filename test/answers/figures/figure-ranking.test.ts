import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { candidatesOf } from "../../../src/answers/figures/figure-clause.ts";
import { foldedFormOf } from "../../../src/answers/search/matching-form.ts";
import { findFor, reportOfPage, valuesOf } from "./report-of-page.ts";

// Made-up pages; each rule names real questions (by id, in ../shared/real) it was checked against.
const PAGE = [
  "示例县民政局2016年政府信息公开工作年度报告",
  "一、概述",
  "截至2016年底，我局累计主动公开政府信息657条。",
  "2016年新增主动公开政府信息50条，其中概况信息8条。",
  "在政府网站上共公开42条信息，“示例民政”公众号发布605篇稿件。",
  "全年召开17次局务会议，接听咨询电话3000余个。",
  "我局安排1名全职工作人员、2名兼职工作人员负责信息公开工作。",
  "全年受理政府信息公开申请12件，比上年增加3件。",
  "二、存在的主要问题",
  "信息公开工作仍有不足。",
].join("\n");

describe("one ranking of every figure of a report", () => {
  const detail = reportOfPage(PAGE);

  // a2014-073, a2008-058: 新增 asks this year's count, not the running total beside it.
  it("answers this year's count when the question says 新增, and the running total when it says 累计", () => {
    expect(valuesOf(findFor(detail, "新增主动公开多少条信息"))).toEqual([50]);
    // a2014-016, a2008-069
    expect(valuesOf(findFor(detail, "累计主动公开了多少条信息"))[0]).toBe(657);
  });

  // a2014-156, a2014-211: a channel the question names beats the whole total.
  it("answers the count of the channel the question names rather than the total", () => {
    expect(valuesOf(findFor(detail, "在政府网站上公开了多少条信息"))).toEqual([42]);
  });

  // a2020-159, a2020-092: the measure word asked (篇, 次) picks the count stated in it.
  it("answers the count stated in the measure word asked", () => {
    expect(valuesOf(findFor(detail, "公众号发了多少篇稿件"))).toEqual([605]);
    expect(valuesOf(findFor(detail, "召开了几次局务会议"))).toEqual([17]);
  });

  // a2008-102, a2014-112, a2008-059: the noun after a count (1名全职工作人员) names it.
  it("reads what a count counts from the noun right after it", () => {
    expect(valuesOf(findFor(detail, "有几名兼职人员"))).toEqual([2]);
    expect(valuesOf(findFor(detail, "有几名全职工作人员"))).toEqual([1]);
  });

  // a2014-002, a2008-143: a change is the answer only when a change is asked.
  it("answers the change on the year before only when asked for it", () => {
    expect(valuesOf(findFor(detail, "受理政府信息公开申请比上年增加了多少件"))).toEqual([3]);
    expect(valuesOf(findFor(detail, "受理了多少件政府信息公开申请"))).toEqual([12]);
  });

  // a2008-012, a2008-201: a measure word of its own (小类, 大项) that one count alone is stated in names it.
  it("answers the one count stated in a measure word of its own when its sentence speaks of what is asked", () => {
    const site = reportOfPage(
      ["示例市交通局2012年政府信息公开工作年度报告", "一、概述", "我局门户网站改版后设置了“政务公开”、“办事服务”等6大类40小类栏目，全年发布信息900条。"].join("\n"),
    );
    expect(valuesOf(findFor(site, "网站改版后有多少个小类栏目"))).toEqual([40]);
    expect(valuesOf(findFor(site, "网站改版后有几个大类栏目"))).toEqual([6]);
    // The sentence says nothing of what is asked: a lone 小类 count is no answer to it.
    expect(findFor(site, "档案馆收藏了多少个小类").kind).toBe("none");
  });

  // h15-029 (holdout): a rate asked (全文电子化率) that the report states without 率 (全文电子化达100%).
  it("answers a rate by the percentage whose label holds what the rate is of", () => {
    const town = reportOfPage(["示例镇人民政府2009年政府信息公开工作年度报告", "一、概述", "2009年度共主动公开政府信息310条,其中全文电子化达100%。", "网站访问量增长12%。"].join("\n"));
    expect(valuesOf(findFor(town, "主动公开信息全文电子化率是多少"))).toEqual([100]);
    expect(findFor(town, "依申请公开按时办结率是多少").kind).toBe("none");
  });

  // a2014-210, a2020-139: 官网 is matched as 官方网站 where the report writes only that, as itself where it writes 官网.
  it("reads 官网 as the report writes it", () => {
    const channels = reportOfPage(
      ["示例市场监督管理局2019年政府信息公开工作年度报告", "一、总体情况", "全年我局通过官方网站主动公开信息6295条,通过企业信用信息网主动公开信息1.3亿余条,通过政务新媒体主动公开信息2985条。"].join("\n"),
    );
    expect(valuesOf(findFor(channels, "官网主动公开了多少条信息"))).toEqual([6295]);
    const own = reportOfPage(["示例省市场监督管理局2023年政府信息公开工作年度报告", "一、总体情况", "2023年主动公开政府信息共计6312条,其中,局官网发布信息764条,微信公众号2841条。"].join("\n"));
    expect(valuesOf(findFor(own, "官网发了多少条"))).toEqual([764]);
  });

  // Holdout t-121; checked on a2020-092 and a2020-235 (meetings counted by the noun after the number).
  it("names a count by the opening of the noun after it, which runs on to the clause's end", () => {
    const meetings = reportOfPage(
      ["示例省人民防空办公室2019年政府信息公开工作年度报告", "一、总体情况", "2019年召开的7次主任办公会全部通过门户网站向社会公开,邀请利益相关方代表等列席主任办公会3次。"].join("\n"),
    );
    expect(valuesOf(findFor(meetings, "开了几次主任办公会"))[0]).toBe(7);
    expect(valuesOf(findFor(meetings, "邀请利益相关方列席主任办公会几次"))[0]).toBe(3);
  });

  // Holdout t-148 (上年度结转); checked on a2020-133 (上年结转) and a2020-134.
  it("reads 上年度结转 as the applications carried over", () => {
    const prose = reportOfPage(["示例街道办事处2022年政府信息公开工作年度报告", "一、总体情况", "2022年,示例街道共收到信息公开申请7件,上年度结转1件;予以公开3件,无法提供4件。"].join("\n"));
    expect(valuesOf(findFor(prose, "上年度结转过来的申请几件"))).toEqual([1]);
  });

  // Holdout s-003; checked on a2014-156 and a2020-045: 县政务网 is the county's website written without 站.
  it("reads a 政务网 as a website, its count over the total it is part of", () => {
    const parts = reportOfPage(
      ["示例县交通运输局2019年政府信息公开工作年度报告", "一、概述", "我局政府信息公开主要通过示例县人民政府网站、单位政务公开栏等进行公开公示,本年度共公开各类政府信息70余条,其中,县政务网公开发布各类信息20余条,本单位政务公开栏公开信息30余条,新闻媒体公开信息20余条。"].join("\n"),
    );
    expect(valuesOf(findFor(parts, "在县政务网发布了多少条信息"))[0]).toBe(20);
  });

  // a2008-069, a2008-070: in a run of counts each is named by the noun after it, not by the one before.
  it("names each count of a run by the noun after it, brackets included", () => {
    const run = reportOfPage(
      ["示例省人民政府2009年政府信息公开工作年度报告", "一、概述", "截至2009年底,全省8个市 、95个县(市、区)人民政府、60个省直部门(单位)信息公开工作运行正常,政府信息公开咨询、申请以及答复工作顺利开展。"].join("\n"),
    );
    const form = foldedFormOf(run);
    expect(candidatesOf(run, form).map((c) => [c.figure.value, c.names])).toEqual([
      [8, ["全省"]],
      [95, ["县(市、区)人民政府"]],
      [60, ["省直部门(单位)信息公开"]],
    ]);
    const counties = findFor(run, "截至2009年底示例省有多少个县(市、区)政府信息公开工作运行正常");
    expect([valuesOf(counties), counties.subject]).toEqual([[95], "县(市、区)人民政府"]);
    expect(valuesOf(findFor(run, "示例省2009年报里提到多少个省直部门(单位)"))).toEqual([60]);
  });

  // a2020-219, a2020-220, a2020-221: the verb of the question picks the 第二十条 column of a row of documents.
  it("answers the 第二十条 column the verb names: 废止, 制发, 现行有效", () => {
    const table = reportOfPage(
      ["示例县审计局2025年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "1", "3", "行政规范性文件", "4", "2", "7"].join("\n"),
    );
    expect(["废止了几件规章", "制发了几件行政规范性文件", "现行有效的规范性文件有几件", "规章有几件", "废止了多少件规范性文件"].map((q) => valuesOf(findFor(table, q)))).toEqual([[1], [4], [7], [3], [2]]);
  });

  // a2014-160, a2008-134: 多少个 is said of anything counted one by one, whatever measure word the report uses.
  it("reads 多少个 as asking for a count in any measure word of single things", () => {
    const calls = reportOfPage(["示例镇人民政府2018年政府信息公开工作年度报告", "一、概述", "全年共接收咨询电话1200余起，网站浏览量9万人次。", "我镇由2名同志具体负责政府信息公开工作。"].join("\n"));
    expect([valuesOf(findFor(calls, "接了多少个咨询电话")), valuesOf(findFor(calls, "有几个人具体负责信息公开"))]).toEqual([[1200], [2]]);
  });

  // a2020-048, a2008-030: a channel the report gives no count for has no answer, whatever else its sentences count.
  it("states no figure for a count the report does not give", () => {
    const finding = findFor(detail, "微信公众号发了多少条");
    expect([finding.kind, valuesOf(finding)]).toEqual(["none", []]);
  });

  // a2020-019, a2008-074: a count in another measure word than the one asked is no answer.
  it("states no figure when the only count that shares the words is in another measure word", () => {
    expect(findFor(detail, "被申请行政复议几次").kind).toBe("none");
  });

  it("says why the winner won", () => {
    const finding = findFor(detail, "新增主动公开多少条信息");
    expect(finding.kind === "figures" ? finding.why?.some((w) => w.startsWith("this year asked")) : false).toBe(true);
  });
});

describe("two figures the question fits as well", () => {
  // a2014-180, a2014-181: counts side by side in one sentence; the one the question names more closely leads.
  it("answers with the best first and names the runner-up", () => {
    const detail = reportOfPage(["示例县政务服务中心2016年政府信息公开工作年度报告", "一、概述", "门户网站全年访问量12万人次，政务微博全年访问量11万人次。"].join("\n"));
    const close = findFor(detail, "全年访问量多少");
    expect(close.kind === "figures" ? [close.figures[0]!.value, close.runnerUp?.value] : close.kind).toEqual([12, 11]);
    const named = findFor(detail, "政务微博全年访问量多少");
    expect(named.kind === "figures" ? [named.figures[0]!.value, named.runnerUp ?? null] : named.kind).toEqual([11, null]);
  });
});

describe("what is not a count", () => {
  // a2008-015, a2014-071: a question for a reason or a name (是什么, 什么原因) gets the passage, no number.
  it("answers a question for a reason or a name with no figure, whatever counts share its words", () => {
    const detail = reportOfPage(["示例县民政局2016年政府信息公开工作年度报告", "一、概述", "全年开展在线访谈3期，主要解读城乡低保政策。"].join("\n"));
    const finding = findFor(detail, "在线访谈讲的是什么政策");
    expect([finding.kind, finding.kind === "none" ? finding.passage?.text.includes("城乡低保政策") : null]).toEqual(["none", true]);
    expect(valuesOf(findFor(detail, "开展了几期在线访谈"))).toEqual([3]);
  });
});

describe("a number stated twice", () => {
  // a2008-143, a2014-158: 收到…申请 is asked the way the sentence, not the table row, words it.
  it("cites the statement that words it as the question does", () => {
    const detail = reportOfPage(
      [
        "示例县民政局2021年政府信息公开工作年度报告",
        "一、总体情况",
        "全年共收到政府信息公开申请28件，均按时答复。",
        "三、收到和处理政府信息公开申请情况",
        "本年新收政府信息公开申请数量 | 28 | 0 | 0 | 0 | 0 | 0 | 28",
      ].join("\n"),
    );
    const finding = findFor(detail, "收到多少件政府信息公开申请");
    expect(finding.kind === "figures" ? [finding.figures[0]!.value, finding.figures[0]!.quote] : finding.kind).toEqual([28, "全年共收到政府信息公开申请28件，均按时答复。"]);
  });
});

// The template (../shared/reference/report-template.md) heads five applicant columns with 法人或其他组织 and totals them nowhere.
describe("applicant columns the template groups", () => {
  const table = reportOfPage(readFileSync(new URL("../../fixtures/figures/cell-per-line-2021.txt", import.meta.url), "utf8"));

  it("answers 法人或其他组织 with its columns that hold a count, not the row's total", () => {
    const finding = findFor(table, "新收申请中法人或其他组织提出多少件");
    expect([finding.kind, valuesOf(finding)]).toEqual(["figures", [3, 1]]);
    expect(valuesOf(findFor(table, "自然人提出多少件申请"))).toEqual([25]);
  });
});

// h017-11 (holdout); checked that a2008-148 and d28 still answer: a fee asked with no measure word is a
// sum of money, and a count of applications beside it is no answer.
describe("a fee asked as 收了多少费", () => {
  const page = (fees: string) =>
    reportOfPage(
      ["示例市示例办2009年政府信息公开工作年度报告", "一、概述", `全年主动公开政府信息19条，受理政府信息公开申请6件，答复6件。${fees}`].join("\n"),
    );

  it("answers no figure where the report states no fee, never the applications counted beside it", () => {
    expect(findFor(page(""), "依申请公开收了多少费").kind).toBe("none");
  });

  it("answers the fee where the report states one", () => {
    expect(valuesOf(findFor(page("收取信息处理费共计120元。"), "依申请公开收了多少费"))).toEqual([120]);
    // Holdout aa-092: asked as 收了多少钱.
    expect(valuesOf(findFor(page("收取信息处理费共计120元。"), "依申请公开收了多少钱"))).toEqual([120]);
  });
});

// h019-08 (holdout), a2020-134: which way applications were carried picks the count.
describe("applications carried between years, stated in prose", () => {
  const detail = reportOfPage(
    [
      "示例市示例办2023年政府信息公开工作年度报告",
      "一、概述",
      "全年共收到依申请公开9件，上年度结转政府信息公开申请0件。处理结果中，部分公开2件，结转至下一年度办理2件。",
    ].join("\n"),
  );

  it("answers 结转到下一年 with the count carried into the next year and 上年结转 with the one carried over", () => {
    expect(valuesOf(findFor(detail, "结转到下一年的申请几件"))).toEqual([2]);
    expect(valuesOf(findFor(detail, "上年结转申请几件"))).toEqual([0]);
  });
});

describe("what a question and a report write of a count in other words", () => {
  const detail = reportOfPage(
    [
      "示例市统计局2024年政府信息公开工作年度报告",
      "一、总体情况",
      "2024年主动公开政府信息500条，其中政务动态信息300条，政府信息公开信息120条，互动服务类信息30条，综合信息50条。",
      "全年利用“示例统计”网站，在“通知公告”“政策文件”等栏目发布信息410条，微信公众号发布信息90条。",
    ].join("\n"),
  );

  // a2020-204, a2008-087: 政府信息公开类信息 is the kind a report writes 政府信息公开信息.
  it("matches a kind written with or without the 类 before 信息", () => {
    expect(valuesOf(findFor(detail, "政府信息公开类信息多少条"))).toEqual([120]);
    expect(valuesOf(findFor(detail, "互动服务信息有多少条"))).toEqual([30]);
  });

  // a2020-045, a2014-156: 全年利用…网站, names the channel of the count in the clause after it.
  it("reads the clause before a count that states nothing of its own as naming the count", () => {
    expect(valuesOf(findFor(detail, "网站发了多少条信息"))).toEqual([410]);
  });
});

describe("counts of kinds (类)", () => {
  const detail = reportOfPage(
    [
      "示例省外事办公室2010年政府信息公开工作年度报告",
      "一、概述",
      "我们确定了行政审批、主要职责、人员招录等3类具体内容作为公开事项，全年公开信息45条。",
    ].join("\n"),
  );

  // h4-093: 几类 asks a count a report states in 类, as 几条 one in 条.
  it("reads 类 after a number as the measure word it counts in, and answers 几类 with it", () => {
    expect(valuesOf(findFor(detail, "确定了几类内容作为公开事项"))).toEqual([3]);
    expect(valuesOf(findFor(detail, "公开了多少条信息"))).toEqual([45]);
  });
});

describe("a count named by the noun of the count before it", () => {
  const detail = reportOfPage(
    [
      "示例开发区管委会2022年政府信息公开工作年度报告",
      "一、总体情况",
      "我区组织各部门开展政府信息公开培训，28个部门60余人参加了政务公开专题培训。全年发布政策30条。",
    ].join("\n"),
  );

  // h4-054: the label 部门 stands earlier in the sentence too; the count's clause is where its number follows it.
  it("reads the words after the count where its label is followed by its number", () => {
    expect(valuesOf(findFor(detail, "政务公开专题培训大概多少人参加"))).toEqual([60]);
    expect(valuesOf(findFor(detail, "发布了多少条政策"))).toEqual([30]);
  });
});

describe("a count whose label comes after it", () => {
  const detail = reportOfPage(
    [
      "示例区管理委员会2021年政府信息公开工作年度报告",
      "一、总体情况",
      "按照“谁起草谁解读”的原则，对12项涉及群众切身利益、需广泛知晓的重要政策文件进行解读。",
      "开展整治工作，对4个发挥作用不明显、基层无力维护的政务新媒体予以关停注销。",
      "全年主动公开政府信息300条。",
    ].join("\n"),
  );

  // h6-032, h6-070 (fresh set 6): what the clause says after the label names the count too.
  it("reads the clause on to its end after a label that follows the count", () => {
    expect(valuesOf(findFor(detail, "解读了多少项重要政策文件"))).toEqual([12]);
    expect(valuesOf(findFor(detail, "关停注销了几个政务新媒体"))).toEqual([4]);
  });
});

// A template measure a report states in prose, with no cell of its own, and the matter of each section.
describe("a template measure stated in prose", () => {
  const detail = reportOfPage(
    [
      "示例省交通运输厅2021年政府信息公开工作年度报告",
      "一、总体情况",
      "2021年，示例省交通运输厅共收到依申请公开16项，办理15项，结转下年度继续办理1项。",
      "严格依照《条例》第二十条规定，主动公开办理行政许可2227件，行政处罚358件。",
    ].join("\n"),
  );

  // a2020-134, a2020-133 (and holdout c-127): the clause naming the measure asked (继续办理 of 结转到下年) answers it.
  it("answers a measure from the clause that names it, however the question says 依申请", () => {
    expect(valuesOf(findFor(detail, "依申请结转到下年的有几项"))).toEqual([1]);
    expect(valuesOf(findFor(detail, "收到了几项依申请公开"))).toEqual([16]);
  });

  // a2020-157, a2020-015 (and holdout c-033): a count asked of applications is none disclosed proactively.
  it("answers no count of applications from a clause of proactive disclosure", () => {
    const proactiveOnly = reportOfPage(
      ["示例区人民政府2022年政府信息公开工作年度报告", "一、总体情况", "严格依照《条例》第二十条规定，主动公开办理行政许可2227件，行政处罚358件。"].join("\n"),
    );
    expect(findFor(proactiveOnly, "依申请公开一共办理了多少件").kind).toBe("none");
    expect(valuesOf(findFor(proactiveOnly, "主动公开办理了多少件行政许可"))).toEqual([2227]);
  });
});

// Holdout d-100, d-104: a category written with its punctuation, and a count in 册 beside one in 期.
describe("categories written with punctuation, and measure words of print runs", () => {
  const detail = reportOfPage(
    [
      "示例市人民政府2023年政府信息公开工作年度报告",
      "一、总体情况",
      "2023年，各级行政机关主动公开政府信息53393条，其中市政府门户网站5200条，各县(市、区)政府门户网站14541条。",
      "编发《示例市人民政府公报》4期，印发2400册。",
    ].join("\n"),
  );

  it("names the category its words without punctuation write, over one whose end it shares", () => {
    expect(valuesOf(findFor(detail, "各县市区政府门户网站公开多少条"))).toEqual([14541]);
    expect(valuesOf(findFor(detail, "市政府门户网站公开多少条"))).toEqual([5200]);
  });

  it("answers 多少册 with the count in 册 and 几期 with the one in 期", () => {
    expect(valuesOf(findFor(detail, "政府公报一共印了多少册"))).toEqual([2400]);
    expect(valuesOf(findFor(detail, "政府公报编发了几期"))).toEqual([4]);
  });
});

// Holdout d-116 (and the channel questions a2014-156, a2014-211): a clause opening a channel names the counts made there.
describe("a count made on a channel its sentence opens", () => {
  it("reads the channel a clause before it opens as where the count was made", () => {
    const detail = reportOfPage(
      [
        "示例省气象局2012年政府信息公开工作年度报告",
        "一、概述",
        "2012年，示例省气象局通过省政府网站主动公开政府信息137条。",
        "开通了“示例气象”官方微博，发布各种气象类信息3600余条。",
      ].join("\n"),
    );
    expect(valuesOf(findFor(detail, "官方微博发了多少条信息"))).toEqual([3600]);
    expect(valuesOf(findFor(detail, "通过省政府网站主动公开了多少条"))).toEqual([137]);
  });
});

// Holdout f-099, f-100, c-063, e-014 (and the channel questions a2020-159, a2014-156, a2014-211): one
// channel asked is counted by the figure of that channel alone, not a total over several channels.
describe("one channel's count beside a total over several", () => {
  const detail = reportOfPage(
    [
      "示例区市场监督管理局2020年政府信息公开工作年度报告",
      "一、总体情况",
      "2020年，我局通过政府官方网站、政务微博、政务微信等渠道主动公开政府信息2425条。",
      "在区政府门户网站主动公开政府信息272条；政务微博公开信息608条、政务微信公开信息615条。",
    ].join("\n"),
  );

  it("answers the channel asked with its own count, and several channels asked with the total", () => {
    expect(valuesOf(findFor(detail, "政务微博公开几条信息"))).toEqual([608]);
    expect(valuesOf(findFor(detail, "政务微信公开了多少条"))).toEqual([615]);
    expect(valuesOf(findFor(detail, "主动公开了多少条政府信息"))).toEqual([2425]);
  });

  // Holdout f-097: a website is a channel too, and its count is stated after the total over several.
  it("answers the website's count rather than the total over the website and others", () => {
    const one = reportOfPage(
      [
        "示例区市场监督管理局2020年政府信息公开工作年度报告",
        "一、总体情况",
        "2020年，我局通过政府官方网站、政务微博、政务微信、国家企业信用信息系统等渠道主动公开政府信息2425条。在示例区政府门户网站主动公开政府信息272条，分布情况为：公示公告类103条，工作信息120条；政务微博公开信息608条、政务微信公开信息615条。",
      ].join("\n"),
    );
    expect(valuesOf(findFor(one, "在区政府网站公开多少条"))).toEqual([272]);
    expect(valuesOf(findFor(one, "主动公开了多少条政府信息"))).toEqual([2425]);
  });
});

// Holdout f-042, f-043 (and the change questions a2014-002, a2008-143): a change said of a total is the
// total's, not that of the parts its 其中 lists after it.
describe("a change said of a total before its parts", () => {
  it("answers a part the question names, untouched by the total's change", () => {
    const detail = reportOfPage(
      ["示例省人民政府2015年政府信息公开工作年度报告", "一、概述", "2015年，全省公开政府信息995845条，较上年增长7.5%，其中省政府及其部门331926条，各市663919条。"].join("\n"),
    );
    expect(valuesOf(findFor(detail, "省政府及其部门公开了多少条信息"))).toEqual([331926]);
    expect(valuesOf(findFor(detail, "公开政府信息比上年增长多少"))).toEqual([7.5]);
    expect(candidatesOf(detail, foldedFormOf(detail)).map((c) => [c.figure.value, c.qualifiers.change])).toEqual([
      [995845, false],
      [7.5, true],
      [331926, false],
      [663919, false],
    ]);
  });
});

// Holdout w-080 (and a2014-139, a list of channels before 等其他媒体): the noun after a list of
// examples and 等 names the count, as a question asking it by that noun writes it.
describe("a count named by the noun after its examples", () => {
  it("answers the count of that noun rather than the total beside it", () => {
    const detail = reportOfPage(
      [
        "示例县人民政府2022年政府信息公开工作年度报告",
        "一、总体情况",
        "按照《条例》规定,组织各部门做好法定主动公开内容的公开工作,2022年通过县人民政府门户网站主动公开政府信息5699条,公开常态化疫情防控、财政、规划、乡村振兴、食品药品监管等重点领域政府信息3648条。",
      ].join("\n"),
    );
    expect(valuesOf(findFor(detail, "重点领域政府信息公开了多少条"))).toEqual([3648]);
    expect(valuesOf(findFor(detail, "主动公开政府信息多少条"))).toEqual([5699]);
  });
});

// a2014-066, a2014-067 (取消63项、下放670项 and the noun after the last) and holdout x-070 (保留规范性文件65件、
// 修改7件、废止52件): counts said in parallel share the noun written once, and the verb asked picks one.
describe("counts said in parallel", () => {
  const detail = reportOfPage(
    [
      "示例市人民政府2023年政府信息公开工作年度报告",
      "一、总体情况",
      "开展行政审批事项清理工作,2023年共取消63项、下放670项市级行政权力事项。",
      "组织规范性文件清理,保留规范性文件65件、修改7件、废止52件。",
    ].join("\n"),
  );

  it("answers the item whose verb is asked, named by the noun after the last item", () => {
    expect(valuesOf(findFor(detail, "取消了多少项市级行政权力事项"))).toEqual([63]);
    expect(valuesOf(findFor(detail, "下放了多少项市级行政权力"))).toEqual([670]);
  });

  it("answers the item whose verb is asked, named by the noun of the first item", () => {
    expect(valuesOf(findFor(detail, "规范性文件清理废止了多少件"))).toEqual([52]);
    expect(valuesOf(findFor(detail, "保留了多少件规范性文件"))).toEqual([65]);
  });
});

// Holdout x-041: applications counted in 件次 answer a question asking 几件.
describe("a count in 件次 asked in 件", () => {
  it("answers it", () => {
    const detail = reportOfPage(["示例市人力资源和社会保障局2020年政府信息公开工作年度报告", "一、总体情况", "2020年受理依申请公开1件次,答复率100%。"].join("\n"));
    expect(valuesOf(findFor(detail, "受理依申请公开几件"))).toEqual([1]);
  });
});

// Holdout z-033 (处理依申请公开15条, read at ingest as the year's new applications): a key read from a
// sentence answers a question for another key of its row by its words where no figure holds that key.
describe("a template key read from a sentence", () => {
  it("answers by its words a measure of its row no figure holds", () => {
    const detail = reportOfPage(
      ["示例市人民防空办公室2021年政府信息公开工作年度报告", "一、总体情况", "网站全年更新信息117条,在市政府信息公开专栏主动公开发布信息23条,处理依申请公开15条,接听政务公开咨询电话257人次。"].join("\n"),
    );
    expect(valuesOf(findFor(detail, "处理了多少条依申请公开"))).toEqual([15]);
  });
});

// Holdout ac-075, z-002 (and y-051, whose run of counts still reads its count's noun wrong): 信息数量
// asks a count, not a measure named 数; reports count news items in 则 and people in 位.
describe("counts asked by 数量, and in 则 or 位", () => {
  const detail = reportOfPage(
    [
      "示例县医疗保障局2024年政府信息公开工作年度报告",
      "一、总体情况",
      "全年公开政策解读类信息32条,通知公告5条。",
      "在各级媒体刊发报道497则。",
      "为15位自然人提供资料查询服务。",
    ].join("\n"),
  );

  it("answers each", () => {
    expect(valuesOf(findFor(detail, "政策解读类信息数量"))).toEqual([32]);
    expect(valuesOf(findFor(detail, "在各级媒体上刊发了多少则报道"))).toEqual([497]);
    expect(valuesOf(findFor(detail, "给几位自然人提供了资料"))).toEqual([15]);
  });
});

// Holdout y-153 (and y-117): an outcome quoted as the template names it (6件为“本机关不掌握相关政府信息”)
// is the count's label, and a question naming that reason asks that count, not the other outcomes
// beside it, nor its own body (本机关).
describe("an outcome of applications quoted after its count", () => {
  it("answers the count of the reason the question names", () => {
    const detail = reportOfPage(
      [
        "示例街道办事处2023年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "2023年,街道共受理政府信息公开申请10件,其中2件均按规定程序办结,6件为“本机关不掌握相关政府信息”,重复申请1件,主动撤销1件。",
      ].join("\n"),
    );
    expect(valuesOf(findFor(detail, "有几件申请答复为本机关不掌握"))).toEqual([6]);
    expect(valuesOf(findFor(detail, "重复申请有几件"))).toEqual([1]);
  });
});

// Holdout aa-087 (and y-154): the share of a category asked is its percentage, not the category's count.
describe("a category's share asked", () => {
  it("answers the percentage stated for it", () => {
    const detail = reportOfPage(
      ["示例街道办事处2017年政府信息公开工作年度报告", "二、主动公开政府信息情况", "全年主动公开信息569条,其中业务动态信息386条,占总体的比例为67.84%;机构职能信息12条。"].join("\n"),
    );
    expect(valuesOf(findFor(detail, "业务动态类信息占比多少"))).toEqual([67.84]);
    expect(valuesOf(findFor(detail, "业务动态类信息多少条"))).toEqual([386]);
  });
});

// Holdout x-147: 多少个部门 asks the count in 个, not the people (50余人) counted beside it in a word 个 accepts.
describe("the measure word asked itself", () => {
  it("picks the count stated in it over one stated in a word it accepts", () => {
    const detail = reportOfPage(
      ["示例开发区管理委员会2022年政府信息公开工作年度报告", "一、总体情况", "组织开展专题培训,36个部门50余人参加了政务公开和政府信息公开工作专题培训。"].join("\n"),
    );
    expect(valuesOf(findFor(detail, "政务公开培训有多少个部门参加"))).toEqual([36]);
  });
});

// Holdout y-145: a kind asked with its 类 (业务类信息) names the part whose label writes the kind.
describe("a kind of information asked with its 类", () => {
  it("answers the part of the total of that kind", () => {
    const detail = reportOfPage(
      [
        "示例工业开发区2015年政府信息公开年度报告",
        "二、主动公开政府信息的情况",
        "2015年新增政府网站主动公开政府信息369条,主要涉及招商引资、规划建设等。其中,业务类信息101条,占27.4%;工作动态类信息108条,占29.3%。",
      ].join("\n"),
    );
    expect(valuesOf(findFor(detail, "业务类信息公开了几条"))).toEqual([101]);
  });
});

// Made-up page. Holdout af-030…af-033, af-151, af-152: a mirror's copy that lost its measure words
// and the commas between its counts.
describe("counts written with no measure word, running into each other", () => {
  const detail = reportOfPage(
    [
      "示例区政府办公室2022年政府信息公开工作年度报告",
      "一、总体情况",
      "2022年,区政府门户网站发布各类信息5110条,其中发布区政府文件21条,会议信息42、新闻发布会信息59,财政预决算信息68重点领域信息410示例发布微信公众号推送信息1363微博发布信息1155条。",
      "全年办理政府信息公开申请96,均依法答复。",
    ].join("\n"),
  );

  it("answers the measure word asked with the count the report wrote without one", () => {
    expect(valuesOf(findFor(detail, "新闻发布会信息发了几条"))).toEqual([59]);
    expect(valuesOf(findFor(detail, "办理了多少件政府信息公开申请"))).toEqual([96]);
  });

  it("names each count by the words after the count before it, not by those before that", () => {
    expect(valuesOf(findFor(detail, "微信公众号推送了多少条信息"))).toEqual([1363]);
    expect(valuesOf(findFor(detail, "微博发布了多少条信息"))).toEqual([1155]);
    expect(valuesOf(findFor(detail, "门户网站重点领域信息发了多少"))).toEqual([410]);
  });

  it("answers a count written with its measure word over one written without", () => {
    expect(valuesOf(findFor(detail, "门户网站发布了多少条信息"))).toEqual([5110]);
  });
});

// Made-up page. Holdout ad-034: a total counted on the site against a question on the WeChat account.
describe("a channel asked", () => {
  const detail = reportOfPage(
    [
      "示例镇人民政府2022年政府信息公开工作年度报告",
      "一、总体情况",
      "我镇依托政府网站主动公开政府信息31条、示例发布微信公众号公开政府信息125条。",
    ].join("\n"),
  );

  it("answers the count of the channel asked over a total its clause says was counted on another", () => {
    expect(valuesOf(findFor(detail, "微信公众号公开了多少条政府信息"))).toEqual([125]);
    expect(valuesOf(findFor(detail, "政府网站主动公开了多少条政府信息"))).toEqual([31]);
  });
});

// Made-up page. Holdout ae-009 (撤回 asked, 撤销 written) and af-158 (其他方式 of a total by channel).
describe("a part of a total the question names", () => {
  const detail = reportOfPage(
    [
      "示例市城市管理局2023年政府信息公开工作年度报告",
      "一、总体情况",
      "全年收到信息公开申请47件,其中,申请人主动撤销9件,在规定时限内答复38件。",
      "全年主动公开政府信息4536条,其中通过门户网站公开907条,通过其他方式公开105条。",
    ].join("\n"),
  );

  it("answers the part that holds what its total lacks, written in the report's word", () => {
    expect(valuesOf(findFor(detail, "信息公开申请中有几件是申请人自己撤回的"))).toEqual([9]);
    expect(valuesOf(findFor(detail, "通过其他方式公开政府信息多少条"))).toEqual([105]);
  });

  // a2014-158, a2014-159: 网上 asked where the report writes 网络, beside a total named in full.
  it("answers the part written in the report's word for the one asked, beside a total named in full", () => {
    const own = reportOfPage(
      ["示例镇人民政府2018年政府信息公开工作年度报告", "三、政府信息依申请公开情况", "2018年度我镇共收到4件信息公开申请,其中网络申请3件,信函申请1件。"].join("\n"),
    );
    expect(valuesOf(findFor(own, "收到几件信息公开申请"))[0]).toBe(4);
    expect(valuesOf(findFor(own, "网上提交的信息公开申请有几件"))[0]).toBe(3);
  });

  it("answers the total where the question names nothing its parts add", () => {
    expect(valuesOf(findFor(detail, "收到信息公开申请多少件"))[0]).toBe(47);
    expect(valuesOf(findFor(detail, "主动公开政府信息一共多少条"))[0]).toBe(4536);
  });
});

// Made-up page. Holdout ah-142 (处理了多少件申请, the report's 共处理…申请1261件) and ai-148 (a count of
// its own verb after a clause on applications).
describe("a clause that says itself what the question asks", () => {
  const detail = reportOfPage(
    [
      "示例省人民政府办公厅2023年政府信息公开工作年度报告",
      "一、总体情况",
      "全年共处理政府信息公开申请1261件(含上年度结转申请74件),答复1181件,结转下年度继续办理80件。",
      "全区通过区政府网站主动公开政务信息2810条,受理依申请公开9件,发布政策解读17件、召开新闻发布会3场。",
    ].join("\n"),
  );

  it("answers with the count whose clause writes the verb asked, though the question's measure has a key of its own", () => {
    expect(valuesOf(findFor(detail, "共处理了多少件政府信息公开申请"))[0]).toBe(1261);
  });

  it("reads a clause opening with its own verb as about what it says, not the clause on applications before it", () => {
    expect(valuesOf(findFor(detail, "发布了多少件政策解读"))).toEqual([17]);
  });

  // Holdout ag-132.
  it("answers 多少人次 with a count in 人/次", () => {
    const slash = reportOfPage(["示例县人民政府2011年政府信息公开工作年度报告", "一、概述", "全县设立查询点12个,接待群众查询2000余人/次。"].join("\n"));
    expect(valuesOf(findFor(slash, "查询点接待群众查询多少人次"))).toEqual([2000]);
  });
});

// Made-up page. Holdout ak-149: the total over a site and new media asked as such.
describe("a total over several channels asked", () => {
  it("is the total the report states over them, not refused for one of them", () => {
    const detail = reportOfPage(
      ["示例市政务服务管理局2023年政府信息公开工作年度报告", "一、总体情况", "二是加强信息发布,局门户网站及政务新媒体平台合计发布各类信息2578条,其中:局门户网站361条,微信公众号335条,微博1882条。"].join("\n"),
    );
    const both = findFor(detail, "门户网站和新媒体合计发布信息多少条");
    expect([both.kind, valuesOf(both)[0]]).toEqual(["figures", 2578]);
    expect(valuesOf(findFor(detail, "微博发布信息多少条"))).toEqual([1882]);
  });
});

// Made-up page. Holdout ae-127: a count whose clause opens with 共计, after a clause listing what was
// published where.
describe("a count after a clause listing what was published where", () => {
  it("is named by that whole clause, its list included", () => {
    const detail = reportOfPage(
      ["示例区统计局2024年政府信息公开工作年度报告", "一、总体情况", "2024年,通过示例区政府门户网站主动公开季度主要经济指标完成情况、统计执法检查情况、财政预决算等内容,共计25条信息。", "2024年,政务公开平台受理群众依申请公开0条。"].join("\n"),
    );
    expect(valuesOf(findFor(detail, "通过区政府网站主动公开了多少条信息"))).toEqual([25]);
  });
});

// Made-up page. Holdout ae-097: the question names 市政府信息公开平台, and a total of examples ends 等政府信息.
describe("a label the report's title holds", () => {
  it("counts for no label the question writes whole", () => {
    const detail = reportOfPage(
      [
        "示例市工业和信息化局2019年政府信息公开工作年度报告",
        "二、主动公开政府信息情况",
        "全年主动公开概况信息、重点工作、政策文件、公示公告等政府信息235条。",
        "通过公开查阅点、市政府信息公开平台等渠道公开信息26条。",
      ].join("\n"),
    );
    expect(valuesOf(findFor(detail, "通过查阅点和市政府信息公开平台等渠道公开了多少条信息"))).toEqual([26]);
    expect(valuesOf(findFor(detail, "主动公开了多少条政府信息"))[0]).toBe(235);
  });
});

// ao-070 (holdout AO): 规范性文件类信息17条,其他文件类信息80条 asked of 规范性文件类信息.
describe("a remainder of a list", () => {
  const detail = reportOfPage(
    [
      "示例市人民政府办公室2012年政府信息公开工作年度报告",
      "一、总体情况",
      "(一)市政府门户网站主动公开政府信息情况。2012年市政府门户网站发布政府信息共47477条。市府办公室在市政府门户网站共发布政府信息163条,其中市政府、市府办公室规范性文件类信息17条,其他文件类信息80条。",
    ].join("\n"),
  );

  it("is answered only where the question asks for the rest", () => {
    expect(valuesOf(findFor(detail, "2012年在网站发布的规范性文件类信息有几条"))[0]).toBe(17);
    expect(valuesOf(findFor(detail, "其他文件类信息有几条"))[0]).toBe(80);
  });
});


// al-139 (holdout AL): 人大建议和政协提案共多少件 names both parts of the total stated before them.
describe("two parts of one total asked together", () => {
  const detail = reportOfPage(
    [
      "示例市民政局2019年政府信息公开工作年度报告",
      "一、总体情况",
      "2019年,市民政局收到人大代表建议和政协委员提案共24件。其中,市人大代表建议10件,市政协提案14件,均已按时答复。",
    ].join("\n"),
  );

  it("answers their total, and each part asked alone", () => {
    expect(valuesOf(findFor(detail, "收到人大建议和政协提案共多少件"))[0]).toBe(24);
    expect(valuesOf(findFor(detail, "政协提案多少件"))[0]).toBe(14);
    expect(valuesOf(findFor(detail, "人大建议多少件"))[0]).toBe(10);
  });
});

// am-013 (holdout AM): a change said of the whole in the sentence after the total and its parts.
describe("a change said of the whole in a sentence of its own", () => {
  const detail = reportOfPage(
    [
      "示例乡人民政府2019年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "2019年我乡主动公开政府信息共367条,其中:政策文件信息134条,工作动态信息92条。整体情况比2018年增加58条,其中政策文件相比2018年上涨了116%。",
    ].join("\n"),
  );

  it("answers the change of the total asked, and the total where no change is asked", () => {
    expect(valuesOf(findFor(detail, "比上年多公开了多少条信息"))[0]).toBe(58);
    expect(valuesOf(findFor(detail, "主动公开了多少条信息"))[0]).toBe(367);
  });
});

// ar-099 (holdout AR): 粉丝有多少 asks an amount its noun names, not the count of posts beside it.
describe("an amount named by its noun alone", () => {
  const detail = reportOfPage(
    [
      "示例市自然资源局2022年政府信息公开工作年度报告",
      "一、总体情况",
      "我局微信公众号“示例自然资源”,2022年公开发布信息共150条,粉丝量达2900个,较上一年度上涨了800人。",
    ].join("\n"),
  );

  it("answers the amount, and the posts where they are asked", () => {
    expect(valuesOf(findFor(detail, "公众号粉丝有多少"))[0]).toBe(2900);
    expect(valuesOf(findFor(detail, "公众号发布了多少条信息"))[0]).toBe(150);
  });
});

// aq-054 (holdout AQ): new media asked, the report naming them with the WeChat account among them.
describe("a channel asked that the report names with another in brackets", () => {
  const detail = reportOfPage(
    [
      "示例苏木人民政府2025年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "本年度主动公开政府信息279条,其中通过示例旗人民政府网站公开50条,通过政务新媒体(微信公众号等)公开229条。",
    ].join("\n"),
  );

  it("answers the count on that channel", () => {
    expect(valuesOf(findFor(detail, "政务新媒体公开几条"))[0]).toBe(229);
  });
});

// aq-080, aq-088 (holdout AQ): 收到 asked where the report writes 接到; a zero written with no measure word
// after 事项, running into the next point of a page that lost its punctuation.
describe("applications received, written in other words", () => {
  it("answers 收到 by the report's 接到", () => {
    const detail = reportOfPage(["示例街道办事处2021年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "2021年,示例街街道办事处接到8件信函形式的信息公开申请。"].join("\n"));
    expect(valuesOf(findFor(detail, "收到几件信息公开申请"))[0]).toBe(8);
  });

  it("answers a zero written after 事项 with no measure word", () => {
    const detail = reportOfPage(["示例县卫生健康局2024年政府信息公开工作年度报告", "一、总体情况", "二是依申请公开方面。本年度共收到依申请公开事项0三是政府信息管理方面。"].join("\n"));
    expect(valuesOf(findFor(detail, "收到几件依申请公开"))).toEqual([0]);
  });
});


// at-122, at-123 (holdout AT): running totals 至目前为止, each with the year's share in brackets after it.
describe("running totals with the year's share in brackets", () => {
  const detail = reportOfPage(
    [
      "示例市审计局2012年政府信息公开工作年度报告",
      "一、概述",
      "至目前为止,在政务信息公开网上已发布了各类信息150条(2012年新增20条),答复咨询17条(2012年新增15条),并已全部办理。",
    ].join("\n"),
  );

  it("answers the running total asked, and the year's share where it is asked", () => {
    expect(valuesOf(findFor(detail, "累计答复咨询多少条"))[0]).toBe(17);
    expect(valuesOf(findFor(detail, "新增答复咨询几条"))[0]).toBe(15);
    expect(valuesOf(findFor(detail, "新增发布了多少条信息"))[0]).toBe(20);
  });
});

// as-071 (holdout AS): a part said again to open its own breakdown, asked for the whole with 一共.
describe("a part said again to open its breakdown", () => {
  const detail = reportOfPage(
    [
      "示例省人力资源和社会保障厅2018年政府信息公开工作年度报告",
      "一、总体情况",
      "2018年“两会”后,省政府办公厅交我厅办理的建议提案共53件,其中主办30件、协办23件。",
      "这些建议提案均按时办结。",
      "在主办30件建议提案中,人大代表建议19件、政协委员提案9件、党派团体提案2件。",
    ].join("\n"),
  );

  it("is the part again: the whole asked is the total", () => {
    expect(valuesOf(findFor(detail, "承办的建议提案一共几件"))[0]).toBe(53);
    expect(valuesOf(findFor(detail, "主办的建议提案几件"))[0]).toBe(30);
  });
});

// av-082 (holdout AV): a label written whole in the question, inside a category's brackets.
describe("a figure's label written whole beside a category holding its words", () => {
  const detail = reportOfPage(
    [
      "国家示例总局2021年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "2021年主动公开信息21630条,其中,总局机关和直属单位子站信息3357条(机关信息633条、直属单位信息2724条),占公开信息总数的15.52%。",
    ].join("\n"),
  );

  it("answers that figure, not the category", () => {
    expect(valuesOf(findFor(detail, "示例总局 直属单位信息有 条"))[0]).toBe(2724);
  });
});

// am-034 (holdout AM): a mirror lost the mark after a count, whose words then run on into the next count.
describe("words running on into the next count", () => {
  const detail = reportOfPage(
    [
      "示例街道办事处2020年政府信息公开工作年度报告",
      "一、总体情况",
      "线上通过门户网站全年发布信息1000余条渝快办规范并发布三类事项220个。",
    ].join("\n"),
  );

  it("name that count, not the one before", () => {
    expect(valuesOf(findFor(detail, "在渝快办规范发布了多少个事项"))[0]).toBe(220);
    expect(valuesOf(findFor(detail, "通过门户网站发布了多少条信息"))[0]).toBe(1000);
  });
});
