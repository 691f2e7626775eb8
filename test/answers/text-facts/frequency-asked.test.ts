import { describe, expect, it } from "vitest";
import { askedAnswerType } from "../../../src/answers/question/answer-type.ts";
import { questionText } from "../../../src/answers/question/question-text.ts";
import { answerTextFact } from "../../../src/answers/text-facts/answer-text-fact.ts";
import { reportOfPage } from "../figures/report-of-page.ts";
import { citeSentences } from "../../support/sentence-citation.ts";

// Made-up page. Holdout ag-142: how often something is published, written 按月 rather than 每月.
const PAGE = [
  "示例省财政厅2013年政府信息公开工作年度报告",
  "二、政府信息主动公开情况",
  "全年主动公开政府信息120条。",
  "基本实现按月公开财政收支月度执行情况。",
  "门户网站每周更新工作动态。",
].join("\n");

const ask = (query: string) => {
  const type = askedAnswerType(questionText(query))!;
  return answerTextFact(reportOfPage(PAGE), "示例省财政厅2013年年报", type, query, citeSentences("示例省财政厅", 2013)).lines[0];
};

describe("how often a thing is published", () => {
  it("reads 多久…一次 as asking a frequency", () => {
    expect(askedAnswerType(questionText("财政收支执行情况多久公开一次"))?.id).toBe("frequency");
  });

  it("answers with the sentence saying 按月 or 每周 of what is asked", () => {
    expect(ask("财政收支执行情况多久公开一次")).toBe("示例省财政厅2013年年报：频次「基本实现按月公开财政收支月度执行情况」");
    expect(ask("工作动态多久更新一次")).toBe("示例省财政厅2013年年报：「门户网站每周更新工作动态」");
  });
});
