import { describe, expect, it } from "vitest";
import { askedAnswerType } from "../../../src/answers/question/answer-type.ts";
import { questionText } from "../../../src/answers/question/question-text.ts";
import { answerTextFact } from "../../../src/answers/text-facts/answer-text-fact.ts";
import { reportOfPage } from "../figures/report-of-page.ts";
import { citeSentences } from "../../support/sentence-citation.ts";

// Made-up page: numbered topic headings over the sentences that say what was done.
const PAGE = [
  "示例街道办事处2021年政府信息公开工作年度报告",
  "一、总体情况",
  "(一)主动公开情况",
  "全年主动公开政府信息306条。",
  "(二)政府信息依申请公开情况",
  "全年共收到依申请公开1件,该申请以网络方式提出,目前已撤销办结。",
  "(五)政府信息公开监督保障情况",
  "设立政府信息公开投诉受理监督电话和电子邮箱,接受公众的监督投诉和举报。",
  "二、存在的主要问题及改进情况",
  "(一)公开内容不够全面。",
].join("\n");

const cite = citeSentences("示例街道办事处", 2021);
const ask = (query: string) => {
  const type = askedAnswerType(questionText(query))!;
  return answerTextFact(reportOfPage(PAGE), "示例街道办事处2021年年报", type, query, cite);
};

describe("a topic heading", () => {
  // Holdout i-129, i-130; checked on h6-117 and a2020-030 (a finding written as a numbered line still answers).
  it("answers nothing itself: the sentence under it does, its words counted for that sentence", () => {
    expect(ask("监督保障设了什么渠道").citations[0]?.quote).toBe("设立政府信息公开投诉受理监督电话和电子邮箱,接受公众的监督投诉和举报。");
    expect(ask("那条依申请公开最后怎么处理的").citations[0]?.quote).toBe("全年共收到依申请公开1件,该申请以网络方式提出,目前已撤销办结。");
  });

  it("is told from a numbered finding, which answers", () => {
    expect(ask("什么不够全面").citations[0]?.quote).toBe("(一)公开内容不够全面。");
  });
});
