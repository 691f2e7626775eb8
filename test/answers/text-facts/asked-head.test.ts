import { describe, expect, it } from "vitest";
import { askedAnswerType } from "../../../src/answers/question/answer-type.ts";
import { questionText } from "../../../src/answers/question/question-text.ts";
import { answerTextFact } from "../../../src/answers/text-facts/answer-text-fact.ts";
import { questionTerms } from "../../../src/answers/text-facts/question-terms.ts";
import { reportOfPage } from "../figures/report-of-page.ts";
import { citeSentences } from "../../support/sentence-citation.ts";

// Made-up page after real a2008-160 (部门 and 地市 listed in clauses of one sentence parted by a
// semicolon) and a2020-018 (哪个 asked mid-question, before a noun phrase and a verb).
const PAGE = [
  "示例省人民政府2011年政府信息公开工作年度报告",
  "一、主动公开情况",
  "主动公开信息量较大的部门主要有省政府办公厅、气象局、科技厅等单位;地市主要有甲市、乙市、丙市。",
  "省政府通过门户网站主动公开规范性文件39项。",
].join("\n");

const cite = citeSentences("示例省人民政府", 2011);
const ask = (question: string) => answerTextFact(reportOfPage(PAGE), "示例省人民政府2011年年报", askedAnswerType(questionText(question))!, question, cite).lines[0];

describe("the noun a question asks which of", () => {
  it("is read after 哪些 at the end, or before 有哪些", () => {
    const head = (q: string) => questionTerms(q).words.find((t) => t.head)?.word ?? null;
    expect([head("信息量较大的地市有哪些?"), head("信息量较大的有哪些部门"), head("通过哪个网上平台回应群众诉求"), head("有哪些")]).toEqual(["地市", "部门", null, null]);
  });

  it("tells apart the clauses of one sentence that share the rest of the question", () => {
    expect(ask("主动公开信息量比较大的地市有哪些")).toBe("示例省人民政府2011年年报：「地市主要有甲市、乙市、丙市」");
    expect(ask("主动公开信息量比较大的部门有哪些")).toBe("示例省人民政府2011年年报：「主动公开信息量较大的部门主要有省政府办公厅、气象局、科技厅等单位」");
  });
});
