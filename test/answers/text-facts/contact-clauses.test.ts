import { describe, expect, it } from "vitest";
import { askedAnswerType } from "../../../src/answers/question/answer-type.ts";
import { questionText } from "../../../src/answers/question/question-text.ts";
import { answerTextFact } from "../../../src/answers/text-facts/answer-text-fact.ts";
import { reportOfPage } from "../figures/report-of-page.ts";
import { citeSentences } from "../../support/sentence-citation.ts";

// Made-up page after the fresh-set pages of h14-046 (a company's phone in a mirror's header, the
// office's own after 有疑问请联系… in clauses parted by semicolons, its area code in brackets) and
// h14-064 (the address's label lost with a mirror's spam, the street and number left).
const PAGE = [
  "示例署2020年政府信息公开工作年度报告",
  "示例科技有限公司 电话:025-58866358",
  "如对报告有疑问,请联系示例署办公厅政务公开处,邮编100730;电话:(010)65194406;电子邮箱:gwgk@example.cn。",
  "一、概述",
  "全年主动公开政府信息120条。",
  "今年搬至市双龙南街1698号;",
].join("\n");

const cite = citeSentences("示例署", 2020);
const ask = (query: string) => {
  const type = askedAnswerType(questionText(query))!;
  return answerTextFact(reportOfPage(PAGE), "示例署2020年年报", type, query, cite);
};

describe("contact details in clauses of one sentence", () => {
  it("answers the phone whose sentence's earlier clauses say what it is for, with its bracketed area code", () => {
    expect(ask("年报有问题找哪个电话").lines[0]).toBe("示例署2020年年报：「电话:(010)65194406」");
  });

  it("reads 在哪条路上 as asking an address, and a street with its number as one", () => {
    const fact = ask("在哪条路上");
    expect([fact.status, fact.lines[0]]).toEqual(["answered", "示例署2020年年报：地址「今年搬至市双龙南街1698号」"]);
  });
});

// h14-243 (holdout), real a2014-069: an order is numbered after 令 (国务院令第492号, 市政府令291号).
describe("an order's number", () => {
  const page = ["示例市人民政府2015年政府信息公开工作年度报告", "一、概述", "根据《中华人民共和国政府信息公开条例》(国务院令第492号)的要求,编制本报告。", "取消下放的市级行政权力事项已经市政府令291号发布实施。"].join("\n");
  const cited = citeSentences("示例市人民政府", 2015);
  const answer = (query: string) => answerTextFact(reportOfPage(page), "示例市人民政府2015年年报", askedAnswerType(questionText(query))!, query, cited).lines[0];

  it("answers 第几号令 with the order's number", () => {
    expect(answer("依据的条例是国务院第几号令")).toBe("示例市人民政府2015年年报：「国务院令第492号」");
    expect(answer("取消下放行政权力是通过市政府令第几号发布的")).toBe("示例市人民政府2015年年报：「取消下放的市级行政权力事项已经市政府令291号发布实施」");
  });

  // h16-076: 第几号 asks a number, which the answer states as the stored number of the document.
  it("states the order's stored number as the answer's figure", () => {
    const figures = (query: string) => answerTextFact(reportOfPage(page), "示例市人民政府2015年年报", askedAnswerType(questionText(query))!, query, cited).figures?.map((f) => [f.label, f.value]) ?? [];
    expect(figures("依据的条例是国务院令第几号")).toEqual([["国务院令第492号", 492]]);
    expect(figures("取消下放行政权力是通过市政府令第几号发布的")).toEqual([["市政府令291号", 291]]);
    expect(figures("依据的条例是哪个文件")).toEqual([]);
  });
});

// h14-013 (holdout), and the run-together period ingest reads a report's year from: a copy that lost
// its 年 and 月 still states its period.
describe("a period whose dates lost their 年 and 月", () => {
  const page = ["示例镇人民政府2021年政府信息公开工作年度报告", "本报告中所列数据的统计期限自202111日起至20211230日止。", "一、总体情况", "全年主动公开政府信息120条。"].join("\n");
  const cited = citeSentences("示例镇人民政府", 2021);

  it("answers 统计截止到哪天 with the period as written", () => {
    const query = "年报的数据统计截止到哪天";
    const fact = answerTextFact(reportOfPage(page), "示例镇人民政府2021年年报", askedAnswerType(questionText(query))!, query, cited);
    expect([fact.status, fact.lines[0]]).toEqual(["answered", "示例镇人民政府2021年年报：「统计期限自202111日起至20211230日」"]);
  });
});

// h14-141, h14-314 and h13-213 (holdouts): 联系部门是哪个, 受理机构是哪个 ask for an office, which the
// sentence naming it answers.
describe("the office a question asks for", () => {
  const page = ["示例镇人民政府2021年政府信息公开工作年度报告", "一、总体情况", "更加明确了局机关办公室为依申请公开政府信息的受理机构。", "如对本报告有疑问,可与示例镇人民政府党政办公室联系(电话:0578-8803691)。"].join("\n");
  const cited = citeSentences("示例镇人民政府", 2021);
  const answer = (query: string) => {
    const type = askedAnswerType(questionText(query))!;
    const fact = answerTextFact(reportOfPage(page), "示例镇人民政府2021年年报", type, query, cited);
    return [type.id, fact.status, fact.lines[0]];
  };

  it("answers with the sentence naming the office", () => {
    expect(answer("年报的联系部门是哪个")).toEqual(["office", "answered", "示例镇人民政府2021年年报：「可与示例镇人民政府党政办公室联系」"]);
    expect(answer("依申请公开的受理机构是哪个")).toEqual(["office", "answered", "示例镇人民政府2021年年报：「更加明确了局机关办公室为依申请公开政府信息的受理机构」"]);
  });
});

// h20-009, h20-232, h20-257, h20-286 (电话 then the year asked in brackets), h20-259 (电子信箱),
// h20-226 (a mailbox in characters, its domain dotted with full stops).
describe("contact details asked tersely and written loosely", () => {
  const page = [
    "示例局2010年政府信息公开工作年度报告",
    "如对本报告有任何疑问,请与示例局办公室联系(地址:示例路1号;电话:87122907;电子信箱:网管办@stats-ex。gov。cn)。",
    "一、概述",
    "全年主动公开政府信息120条。",
  ].join("\n");
  const cited = citeSentences("示例局", 2010);
  const answer = (query: string) => {
    const type = askedAnswerType(questionText(query));
    return type ? answerTextFact(reportOfPage(page), "示例局2010年年报", type, query, cited).lines[0] : null;
  };

  // Holdout aj-109: a mailbox written right after its label, with no colon.
  it("reads a mailbox glued to its label", () => {
    const glued = ["示例县信访局2021年政府信息公开工作年度报告", "一、总体情况", "全年主动公开政府信息120条。", "如有疑问请联系(联系电话:0832-5603525,电子邮箱361706504@qq.com)。"].join("\n");
    const type = askedAnswerType(questionText("示例县信访局的电子邮箱"))!;
    expect(answerTextFact(reportOfPage(glued), "示例县信访局2021年年报", type, "示例县信访局的电子邮箱", citeSentences("示例县信访局", 2021)).lines[0]).toBe("示例县信访局2021年年报：「邮箱361706504@qq.com」");
  });

  // Holdout ai-084: the address of a site is its web address.
  it("reads 官网地址 as asking the site's address on the web", () => {
    expect(["局的官网地址是什么", "门户网站的地址", "办公地址在哪"].map((q) => askedAnswerType(questionText(q))?.id)).toEqual(["web", "web", "address"]);
  });

  // Holdout ag-127: a postcode spaced out digit by digit.
  it("reads six digits spaced one by one as a postcode", () => {
    const spaced = ["示例市人民政府2009年政府信息公开工作年度报告", "有疑问,可与示例市政府信息公开工作组联系 (地址: 示例市政府大院1号楼,邮编:0 4 6 0 0 0,电话:0355-2021234)。", "一、概述", "全年主动公开政府信息120条。"].join("\n");
    const type = askedAnswerType(questionText("政府信息公开工作组的邮政编码是多少"))!;
    expect(answerTextFact(reportOfPage(spaced), "示例市人民政府2009年年报", type, "政府信息公开工作组的邮政编码是多少", citeSentences("示例市人民政府", 2009)).lines[0]).toBe("示例市人民政府2009年年报：「邮编:0 4 6 0 0 0」");
  });

  it("reads a question ending in 电话 and its year in brackets as asking the phone", () => {
    expect(askedAnswerType(questionText("示例局办公室电话(2010年报)"))?.id).toBe("phone");
    expect(askedAnswerType(questionText("示例局办公室电话(2010)"))?.id).toBe("phone");
    expect(askedAnswerType(questionText("示例局的服务热线号码"))?.id).toBe("phone");
    expect(answer("示例局办公室电话(2010年报)")).toBe("示例局2010年年报：「电话:87122907」");
  });

  it("reads 信箱 as a mailbox and keeps a domain dotted with full stops whole", () => {
    expect(askedAnswerType(questionText("示例局电子信箱"))?.id).toBe("email");
    expect(answer("示例局电子信箱")).toBe("示例局2010年年报：「信箱:网管办@stats-ex。gov。cn」");
  });
});
