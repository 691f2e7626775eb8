import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inventedNumbers, unfoundQuotes } from "./answer-properties.ts";
import { seededEngine, type SeededEngine } from "./seeded-engine.ts";

describe("several measures asked in one question", () => {
  let seeded: SeededEngine;
  beforeAll(async () => {
    seeded = await seededEngine(new Date("2022-06-01T12:00:00"));
  });
  afterAll(() => seeded.close());

  const REVIEW_AND_LITIGATION = [
    "凉州区科学技术局2021年年报：",
    "- 行政复议 **0件**",
    "- 行政诉讼（未经复议直接起诉） **0件**；行政诉讼（复议后起诉） **0件**",
  ];

  it("answers each measure joined by 和 or 、 with 各 on its own line, from one report", async () => {
    for (const q of ["凉州区科技局2021年行政复议和行政诉讼各多少件", "凉州区科技局2021年行政复议、行政诉讼各多少件"]) {
      const a = await seeded.engine.ask(`m:${q}`, q);
      // The citation lines (出处, "> ") are as the citation renders them; one table row cites both.
      const own = a.text.split("\n").filter((l) => !/^(?:出处：|> |表中「)/.test(l));
      expect({ q, status: a.status, text: own, sections: a.citations.map((c) => c.section), metrics: a.figures.map((f) => f.metric) }).toEqual({
        q,
        status: "answered",
        text: REVIEW_AND_LITIGATION,
        sections: ["四、因政府信息公开申请行政复议、提起行政诉讼的情况"],
        metrics: ["review.total", "litigation_direct.total", "litigation_after_review.total"],
      });
    }
  });

  it("answers three measures asked with 分别, each cited, with no number that is not a stored figure", async () => {
    const a = await seeded.engine.ask("m:3", "凉州区科技局2021年主动公开、依申请公开和行政复议分别多少");
    expect(a.text.split("\n").filter((l) => l.startsWith("- "))).toEqual([
      "- 主动公开政府信息 **13条**",
      "- 新收政府信息公开申请 **0件**",
      "- 行政复议 **0件**",
    ]);
    expect(a.citations.map((c) => c.section)).toEqual([
      "二、主动公开政府信息情况",
      "三、政府信息依申请公开办理情况",
      "四、因政府信息公开申请行政复议、提起行政诉讼的情况",
    ]);
    expect([await inventedNumbers(a, seeded.source), await unfoundQuotes(a, seeded.source)]).toEqual([[], []]);
  });

  it("answers the measures a follow-up names itself, with what the previous question filled in", async () => {
    await seeded.engine.ask("m:4", "凉州区科技局2021年公开了多少条信息");
    const a = await seeded.engine.ask("m:4", "那行政复议和行政诉讼各多少件");
    const own = a.text.split("\n").filter((l) => !/^(?:出处：|> |表中「)/.test(l));
    expect(own).toEqual(["按上一问的凉州区科学技术局2021年回答。", ...REVIEW_AND_LITIGATION]);
  });

  it("answers categories of proactive disclosure asked together, each by its own name", async () => {
    const a = await seeded.engine.ask("m:5", "凉州区科技局2021年政策法规和政务文件分别公开了多少条");
    expect(a.text.split("\n").filter((l) => !/^(?:出处：|> |表中「)/.test(l))).toEqual([
      "凉州区科学技术局2021年年报：",
      "- 政策法规 **2条**",
      "- 政务文件 **2条**",
    ]);
    expect(await inventedNumbers(a, seeded.source)).toEqual([]);
  });

  it("answers categories a 其中 follow-up asks for together, from the previous question's report", async () => {
    await seeded.engine.ask("m:6", "凉州区科技局2021年公开了多少条信息");
    const a = await seeded.engine.ask("m:6", "其中政策法规和政务文件分别多少条");
    expect(a.text.split("\n").filter((l) => !/^(?:出处：|> |表中「)/.test(l))).toEqual([
      "按上一问的凉州区科学技术局2021年回答。",
      "凉州区科学技术局2021年年报：",
      "- 政策法规 **2条**",
      "- 政务文件 **2条**",
    ]);
  });
});
