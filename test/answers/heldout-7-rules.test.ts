import path from "node:path";
import { describe, expect, it } from "vitest";
import { joinedMeasures } from "../../src/answers/question/joined-measures.ts";
import { askedRate } from "../../src/answers/figures/rate-figure.ts";
import { askingOver } from "./seeded-engine.ts";

const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout-7");

describe("reading the seventh held-out questions", () => {
  it("cuts two measures asked at once at the word joining them, only when each is asked for", () => {
    // Queries as the question reader leaves them: agency, years and question words (多少) removed.
    expect(joinedMeasures("主动公开和依申请公开分别").map((m) => [m.intent?.id, m.query])).toEqual([
      ["proactive.total", "主动公开"],
      ["applications.new", "依申请公开分别"],
    ]);
    expect(joinedMeasures("主动公开与依申请公开各").map((m) => m.intent?.id)).toEqual(["proactive.total", "applications.new"]);
    expect(joinedMeasures("主动公开和依申请公开")).toEqual([]);
    expect(joinedMeasures("各部门主动公开和依申请公开")).toEqual([]);
    expect(joinedMeasures("行政复议和复议分别")).toEqual([]);
    // A unit may stay after 各; three measures may be joined (、 reaches here as 和).
    expect(joinedMeasures("行政复议和行政诉讼各 件").map((m) => m.intent?.id)).toEqual(["review", "litigation"]);
    expect(joinedMeasures("主动公开和依申请公开和行政复议分别").map((m) => m.intent?.id)).toEqual(["proactive.total", "applications.new", "review"]);
    // Parts naming no measure word name categories, found in a report by name; two years joined name nothing.
    expect(joinedMeasures("政策法规和政务文件分别公开了 条")).toEqual([
      { intent: null, query: "政策法规" },
      { intent: null, query: "政务文件分别公开了 条" },
    ]);
    expect(joinedMeasures(" 和 分别")).toEqual([]);
  });

  it("reads the rate a question names with the words before it, but not a rate of change", () => {
    expect(askedRate("依申请公开按时办结率是多少")).toEqual({ rate: "办结率", named: "依申请公开按时办结率" });
    expect(askedRate("主动公开同比增长率")).toBeNull();
    expect(askedRate("主动公开多少条")).toBeNull();
  });
});

describe("answer rules over the seventh held-out reports", () => {
  const ask = askingOver(HELDOUT, new Date("2024-04-10T12:00:00"));
  const values = async (chat: string, q: string) => (await ask(chat, q)).figures.map((f) => [f.metric, f.value]);

  it("answers a 第二十条 row's 本年增/减 or 上一年项目数量 column of the 2019 template, not its decisions", async () => {
    expect(await values("r:1", "东兴区农业农村局2020年行政许可事项本年增减多少")).toEqual([["art20.licensing.change", -3]]);
    expect(await values("r:2", "东兴区农业农村局2020年行政处罚上一年项目数量")).toEqual([["art20.punishment.prior_count", 25]]);
    expect(await values("r:3", "东兴区农业农村局2020年行政处罚多少件")).toEqual([["art20.punishment.decisions", 17]]);
    // h15-038, h15-041 (holdout): 上一年 written apart from 项目数量 still names that column.
    expect(await values("r:2b", "东兴区农业农村局2020年上一年行政处罚项目数量是多少")).toEqual([["art20.punishment.prior_count", 25]]);
    expect(await values("r:2c", "东兴区农业农村局2020年行政处罚上一年有多少项")).toEqual([["art20.punishment.prior_count", 25]]);
    // The 2021 template has no such column: no number stands in for it.
    const a = await ask("r:4", "江北区卫生健康局2022年行政许可本年增减多少");
    expect([a.status, a.figures]).toEqual(["no_figure", []]);
  });

  it("answers a rate by the stated figure that names most of it, and never by the count it is a rate of", async () => {
    expect(await values("r:5", "玉环市市场监督管理局2017年依申请公开按时办结率是多少")).toEqual([["misc", 100]]);
    const rate = await ask("r:6", "玉环市场监管局2017年企业年报公示率是多少");
    expect(rate.figures.map((f) => [f.label, f.value, f.unit])).toEqual([["企业年报公示率", 92.7, "%"]]);
    const none = await ask("r:7", "新余市水利局2023年申请办结率是多少");
    expect([none.status, none.figures]).toEqual(["no_figure", []]);
  });

  it("answers each of two measures asked at once, in the order asked, with the first one's breakdown", async () => {
    const a = await ask("r:9", "江北区卫生健康局2022年主动公开和依申请公开分别多少");
    expect(a.text.split("\n").slice(0, 4)).toEqual([
      "宁波市江北区卫生健康局2022年年报：",
      "- 主动公开政府信息 **862条**",
      "其中：政策文件 13条；疫情防控信息 214条；公共卫生监督抽检结果 57条；人事信息 26条。",
      "- 新收政府信息公开申请 **25件**",
    ]);
    expect(a.citations.map((c) => c.section)).toEqual(["一、总体情况", "三、收到和处理政府信息公开申请情况"]);
    expect(await values("r:8", "江北区卫生健康局2022年主动公开和依申请公开分别多少")).toEqual([
      ["proactive.total", 862],
      ["applications.new.total", 25],
      ["proactive.category", 13],
      ["proactive.category", 214],
      ["proactive.category", 57],
      ["proactive.category", 26],
    ]);
  });

  it("compares the two agencies of a place a question names, as a ranking of them alone", async () => {
    const a = await ask("r:9", "江北区卫健局和教育局2022年谁主动公开得多");
    expect([a.agency, a.year, a.figures.map((f) => f.value), a.candidates.map((c) => c.agency)]).toEqual([
      "江北区",
      2022,
      [862, 415],
      ["宁波市江北区卫生健康局", "宁波市江北区教育局"],
    ]);
  });

  it("states no number a report published only as images of its tables", async () => {
    const a = await ask("r:10", "江北区教育局2022年收到多少件政府信息公开申请");
    expect([a.status, a.figures]).toEqual(["no_figure", []]);
  });
});
