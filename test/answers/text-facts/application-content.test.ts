import { describe, expect, it } from "vitest";
import { askedAnswerType } from "../../../src/answers/question/answer-type.ts";
import { questionText } from "../../../src/answers/question/question-text.ts";
import { answerTextFact } from "../../../src/answers/text-facts/answer-text-fact.ts";
import { reportOfPage } from "../figures/report-of-page.ts";
import { citeSentences } from "../../support/sentence-citation.ts";

// Made-up pages. Holdout af-015, af-022 and ae-082: what the one application of a year asked for,
// in quotes after 提出, after 申请内容为, or in the sentence after the count, which opens with 涉及.
const answerOf = (lines: string[], query: string): string => {
  const type = askedAnswerType(questionText(query))!;
  return answerTextFact(reportOfPage(["示例局2020年政府信息公开工作年度报告", ...lines].join("\n")), "示例局2020年年报", type, query, citeSentences("示例局", 2020)).lines[0]!;
};

describe("what an application asked for", () => {
  it("is read as its own kind of answer, whatever count the question also names", () => {
    expect(["那件信息公开申请要的是什么信息", "收到的申请涉及什么内容", "申请内容是什么"].map((q) => askedAnswerType(questionText(q))?.id)).toEqual(["request", "request", "request"]);
  });

  it("is the sentence that quotes or states it, not one that says 涉及 of something else", () => {
    const page = [
      "一、总体情况",
      "公示内容主要涉及森林资源管护、集体林地公示公告等。",
      "(二)依申请公开政府信息情况",
      "2020年,收到政府信息公开申请1件。涉及“本市林木面积、森林蓄积量”等相关信息,已在法定时限内予以答复。",
    ];
    expect(answerOf(page, "收到的申请涉及什么内容")).toBe("示例局2020年年报：「涉及“本市林木面积、森林蓄积量”等相关信息」");
    const stated = ["一、总体情况", "全年收到依申请公开申请1件,申请内容为要求公开举报案件的处罚结果及处罚依据。", "全年发布信息120条。"];
    expect(answerOf(stated, "收到的那件申请的是什么内容")).toBe("示例局2020年年报：「申请内容为要求公开举报案件的处罚结果及处罚依据」");
    const quoted = ["一、总体情况", "2020年共收到1件申请,群众通过网上申请的方式,提出“关于本市常住人口2020年上半年的变动情况,包括迁入和迁出”的信息公开申请,本单位予以答复。"];
    expect(answerOf(quoted, "那件信息公开申请要的是什么信息")).toBe("示例局2020年年报：「“关于本市常住人口2020年上半年的变动情况,包括迁入和迁出”」");
  });
});
