import { describe, expect, it } from "vitest";
import { askedAnswerType } from "../../../src/answers/question/answer-type.ts";
import { questionText } from "../../../src/answers/question/question-text.ts";
import { answerTextFact } from "../../../src/answers/text-facts/answer-text-fact.ts";
import { reportOfPage } from "../figures/report-of-page.ts";
import { citeSentences } from "../../support/sentence-citation.ts";

// Made-up page. Holdout ai-018, ai-143: a person asked by post, the report naming several
// people by other posts too, one of its posts written with a blank inside (组 长:).
const PAGE = [
  "示例街道办事处2021年政府信息公开工作年度报告",
  "一、总体情况",
  "特成立了示例街道办事处政务公开工作领导小组。",
  "组 长:黄某某办事处主任",
  "副组长:周某某党群服务中心主任",
  "领导小组下设办公室,周某某同志任政务服务中心办公室负责人。",
  "领导小组设立了以符某调研员为主任的领导小组办公室。",
].join("\n");

const ask = (query: string) => {
  const type = askedAnswerType(questionText(query))!;
  return answerTextFact(reportOfPage(PAGE), "示例街道办事处2021年年报", type, query, citeSentences("示例街道办事处", 2021));
};

describe("a person asked by post", () => {
  it("reads a question ending with the post as asking who", () => {
    expect(askedAnswerType(questionText("信息公开领导小组办公室主任"))?.id).toBe("person");
  });

  it("answers with the sentence naming the very post asked", () => {
    expect(ask("政务公开领导小组组长是谁").citations[0]!.quote).toBe("组 长:黄某某办事处主任");
    expect(ask("领导小组办公室主任").lines[0]).toBe("示例街道办事处2021年年报：「领导小组设立了以符某调研员为主任的领导小组办公室」");
  });
});
