import { describe, expect, it } from "vitest";
import { askedAnswerType } from "../../../src/answers/question/answer-type.ts";
import { questionText } from "../../../src/answers/question/question-text.ts";
import { answerTextFact } from "../../../src/answers/text-facts/answer-text-fact.ts";
import { reportOfPage } from "../figures/report-of-page.ts";
import { citeSentences } from "../../support/sentence-citation.ts";

// Made-up page: the office's address names no street, only a place and a building.
const PAGE = [
  "示例区管理委员会2016年政府信息公开工作年度报告",
  "如对本报告有任何疑问，请与示例区政府信息公开工作办公室联系（地址：示例区东岭镇竹山口现场指挥部；邮编：350000；电话：23165000）。",
  "一、概述",
  "全年主动公开政府信息120条。",
].join("\n");

const cite = citeSentences("示例区管理委员会", 2016);

describe("an address its label introduces", () => {
  // h6-138, h6-035 (a2008-217 writes a street): whatever 地址： introduces is the address;
  // 办公室在哪 is asked of an address with the report's year after it too.
  it("answers with what follows 地址： though it names no street", () => {
    for (const query of ["政府信息公开工作办公室在哪里办公", "政府信息公开工作办公室在哪2016年报"]) {
      const type = askedAnswerType(questionText(query))!;
      const fact = answerTextFact(reportOfPage(PAGE), "示例区管理委员会2016年年报", type, query, cite);
      expect([type.id, fact.status, fact.lines[0]]).toEqual(["address", "answered", "示例区管理委员会2016年年报：「地址：示例区东岭镇竹山口现场指挥部」"]);
    }
  });
});
