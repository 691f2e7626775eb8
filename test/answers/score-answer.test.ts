import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answers/answer.ts";
import type { EvalQuestion } from "../../src/cli/eval/eval-question.ts";
import { numbersOutsideQuotes, scoreAnswer } from "../../src/cli/eval/score-answer.ts";

const question: EvalQuestion = {
  id: "x1",
  question: "官桥镇2022年有没有收到信息公开申请",
  kind: "figure",
  agency: "官桥镇人民政府",
  year: 2022,
  expected: "2",
  unit: "件",
  source: "town.txt",
  quote: "全年收到政府信息公开申请2件",
};

function answerQuoting(quote: string, value = 2): Answer {
  return {
    status: "answered",
    text: `官桥镇人民政府2022年年报：新收政府信息公开申请 **${value}件**。`,
    agency: "官桥镇人民政府",
    year: 2022,
    figures: [{ metric: "applications.new.total", label: "本年新收", value, unit: "件", approximate: false }],
    citations: [{ agency: "官桥镇人民政府", year: 2022, title: "t", source: "town.txt", url: null, section: "", quote, reportId: 1, start: 0, end: quote.length }],
    candidates: [],
    warnings: [],
  };
}

describe("scoreAnswer", () => {
  it("reads the cells of a one-cell-per-line row as separate numbers", () => {
    const quote = "一、本年新收政府信息公开申请数量\n2\n0\n0\n0\n0\n0\n2";
    expect(scoreAnswer(question, answerQuoting(quote))).toEqual({ id: "x1", kind: "figure", ok: true, reasons: [] });
  });

  it("joins a number its line splits with blanks, and finds no number the quote lacks", () => {
    expect(scoreAnswer({ ...question, expected: "2435" }, answerQuoting("全年主动公开政府信息 2 435 条", 2435)).ok).toBe(true);
    expect(scoreAnswer(question, answerQuoting("一、本年新收政府信息公开申请数量\n20\n0")).reasons).toEqual([
      "no quote from town.txt holding 2",
    ]);
  });

  // Real questions a2008-215, a2020-037: a phone number or postcode shown as a verbatim run of the quote.
  it("counts the numbers of a 「run」 verbatim in a cited quote as quoted, and no other run's", () => {
    const quote = "请与办公室联系（邮编：412300，电话：0731-5550123）。";
    expect(numbersOutsideQuotes("某局2019年年报：「电话：0731-5550123」", [quote])).toEqual([]);
    expect(numbersOutsideQuotes("某局2019年年报：「电话：0731-5550999」", [quote])).toEqual([731, 5550999]);
    expect(numbersOutsideQuotes("某局2019年年报：「电话：0731-5550123」")).toEqual([731, 5550123]);
  });
});

