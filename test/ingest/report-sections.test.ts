import { describe, expect, it } from "vitest";
import { findSections } from "../../src/ingest/report-sections.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";

function sectionsOf(text: string) {
  const lines = splitLines(text);
  return findSections(lines, 0, text.length).map((s) => [s.kind, s.heading]);
}

describe("findSections", () => {
  it("takes only top-level headings in order, whatever their punctuation", () => {
    const text = ["引言文字。", "一 概 述", "(一)加强领导", "一是健全制度。", "二.主动公开政府信息情况", "1、公开目录", "三、存在的主要问题和改进措施", "一、再次编号的列表项"].join("\n");
    expect(sectionsOf(text)).toEqual([
      ["preamble", ""],
      ["overview", "一 概 述"],
      ["proactive", "二.主动公开政府信息情况"],
      ["problems", "三、存在的主要问题和改进措施"],
    ]);
  });

  it("does not take template table rows for headings, even one cell per line", () => {
    const text = ["一、总体情况", "三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", "0", "四、结转下年度继续办理", "0", "四、政府信息公开行政复议、行政诉讼情况"].join("\n");
    expect(sectionsOf(text).map(([k]) => k)).toEqual(["overview", "applications", "review_litigation"]);
  });

  it("takes 第一部分 headings", () => {
    const text = ["第一部分　概述", "第二部分 主动公开政府信息情况", "第四部分　收费及减免情况", "第五部分  存在的问题和改进措施"].join("\n");
    expect(sectionsOf(text)).toEqual([
      ["overview", "第一部分　概述"],
      ["proactive", "第二部分 主动公开政府信息情况"],
      ["fees", "第四部分　收费及减免情况"],
      ["problems", "第五部分  存在的问题和改进措施"],
    ]);
  });

  it("cuts a heading that runs into its first sentence", () => {
    const text = "一、概述\n二、因政府信息公开申请行政复议、提起行政诉讼的情况 2011年,我镇没有因政府信息公开申请行政复议。";
    expect(sectionsOf(text).at(-1)).toEqual(["review_litigation", "二、因政府信息公开申请行政复议、提起行政诉讼的情况"]);
  });

  it("takes bare heading lines in template order when a report numbers none, not the table cells among them", () => {
    const text = [
      "本报告由某局编制。",
      "总体情况",
      "主动公开。全年主动公开信息628条。",
      "主动公开政府信息情况",
      "行政事业性收费",
      "/",
      "收到和处理政府信息公开申请情况",
      "政府信息公开行政复议、行政诉讼情况",
      "行政复议",
      "存在的主要问题及改进情况",
      "其他需要报告的事项",
    ].join("\n");
    expect(sectionsOf(text)).toEqual([
      ["preamble", ""],
      ["overview", "总体情况"],
      ["proactive", "主动公开政府信息情况"],
      ["applications", "收到和处理政府信息公开申请情况"],
      ["review_litigation", "政府信息公开行政复议、行政诉讼情况"],
      ["problems", "存在的主要问题及改进情况"],
      ["other", "其他需要报告的事项"],
    ]);
  });

  // Real questions h013-03, h013-05: a flipbook's later page opens at its 四、; a2014-136 and d07 keep their sections.
  it("takes the numbered headings of a later page of a report, opening past 二, when they name parts of the template", () => {
    const text = ["Page 6 - 某局2022年政府信息公开工作年度报告", "四、政府信息公开行政复议、行政诉讼情况", "本年度未发生行政复议。", "五、存在的主要问题及改进情况", "一是培训不足。"].join("\n");
    expect(sectionsOf(text)).toEqual([
      ["preamble", ""],
      ["review_litigation", "四、政府信息公开行政复议、行政诉讼情况"],
      ["problems", "五、存在的主要问题及改进情况"],
    ]);
    // A lone numbered line, or one naming no part, starts no section of its own.
    expect(sectionsOf(["前言。", "三、加强培训", "四、完善制度"].join("\n"))).toEqual([["preamble", ""]]);
    expect(sectionsOf(["前言。", "五、存在的主要问题及改进情况", "一是培训不足。"].join("\n"))).toEqual([["preamble", ""]]);
  });

  it("takes no bare lines for headings when there are fewer than three", () => {
    expect(sectionsOf(["主动公开政府信息情况", "全年公开信息12条。", "存在的主要问题"].join("\n"))).toEqual([["preamble", ""]]);
  });
});
