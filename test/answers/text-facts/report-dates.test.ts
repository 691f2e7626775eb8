import { describe, expect, it } from "vitest";
import { askedAnswerType } from "../../../src/answers/question/answer-type.ts";
import { questionText } from "../../../src/answers/question/question-text.ts";

// md-074, lb-113: the date of a report asked by what it is the date of (年报日期, 报告更新时间), no question word.
describe("a report's date asked by its name", () => {
  it("is a date question", () => {
    const asked = ["永川区大数据局2019年年报日期", "东湖生态环境分局2023年报更新时间", "长江镇2023年年报日期是多少", "年报是哪个时间出的"];
    expect(asked.map((q) => askedAnswerType(questionText(q))?.id)).toEqual(["date", "date", "date", "date"]);
  });
});
