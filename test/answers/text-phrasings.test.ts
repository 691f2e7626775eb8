import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answers/answer.ts";
import { askedAnswerType } from "../../src/answers/question/answer-type.ts";
import { measureUnits } from "../../src/answers/question/metric-intent.ts";
import { questionText } from "../../src/answers/question/question-text.ts";
import { eitherOptions } from "../../src/answers/text-facts/either-or.ts";
import { shapeMatches } from "../../src/answers/text-facts/fact-patterns.ts";
import { inventedNumbers, unfoundQuotes } from "./answer-properties.ts";
import { buildCatalogIndex } from "../../src/answers/catalog/catalog-index.ts";
import { understand } from "../../src/answers/question/understand-question.ts";
import { askedTextFact } from "../../src/answers/text-facts/asked-text-fact.ts";
import { seededEngine, type SeededEngine } from "./seeded-engine.ts";

const CORPUS = path.resolve(import.meta.dirname, "../fixtures/text-phrasings");

const typeOf = (question: string) => askedAnswerType(questionText(question))?.id ?? null;

describe("the kind of answer a colloquial question asks", () => {
  // Holdout aa-029: which leader is in charge asks a person.
  it("reads 由哪位领导主管 as asking a person", () => {
    expect(["信息公开工作由哪位领导主管", "由哪个同志分管"].map(typeOf)).toEqual(["person", "person"]);
  });

  // Real questions h003-03, h014-05, a2020-036: where an office works, however asked, is its address;
  // where a report is published (a2008-219) is not.
  it("reads 在哪儿办公 and an office's bare 在哪里 as an address", () => {
    expect(["县政府办在哪儿办公", "区外事办在哪里", "市财政局在哪办公", "年报全文在哪里公布", "年报在哪里"].map(typeOf)).toEqual(["address", "address", "address", "place", "phrase"]);
    // Holdout w-054: where an office is, asked as 在什么地方.
    expect(["区民政局办公室在什么地方", "年报在什么地方公布"].map(typeOf)).toEqual(["address", "place"]);
  });

  // Real questions h013-04, h026-05, h015-05, h016-04, h016-06, h025-03 (and a2008-188, a2014-104 kept as they were).
  it("reads either-or, ordinal, website-name, publishing-document and 哪天公开 questions", () => {
    expect(["业务骨干是专职还是兼职", "开展的是第几届政务公开日活动", "市政府网站叫什么名字", "年报是用哪个文件公布的", "年报是哪天公开的", "年报的文号是多少", "方案是锦政办发几号", "局长叫什么名字"].map(typeOf)).toEqual([
      "either",
      "ordinal",
      "named",
      "own_doc_number",
      "issued",
      "own_doc_number",
      "doc_number",
      "person",
    ]);
    // Holdout e-052: the notice's own number asked with 是啥 between.
    expect(["公布2009年信息公开年报的通知是啥文号", "印发年报的通知的文号"].map(typeOf)).toEqual(["own_doc_number", "own_doc_number"]);
    expect(["福州统计局19年的年报啥时候发的", "北京市统计局2012年年报啥时候出的"].map(typeOf)).toEqual(["issued", "issued"]);
    // Holdout g-012 (啥 for 什么); checked on a2020-030 and a2014-077 (the contact questions keep their types).
    expect(["信息公开坚持的原则是啥", "办公电话是啥", "地址是啥"].map(typeOf)).toEqual(["phrase", "phone", "address"]);
    // Holdout g-093 (a site's rank asked 排第几, no counter word); checked on h026-05 (第几届).
    expect(["网站在绩效评估里排第几", "排名第几", "排在第几"].map(typeOf)).toEqual(["ordinal", "ordinal", "ordinal"]);
    // A change asked either way stays a figure question.
    expect(["比上年增加还是减少", "申请多了还是少了"].map(typeOf)).toEqual([null, null]);
  });

  // Fresh-set questions h16-203, h17-052 (a building, a room), h17-170, h17-035 (the office to contact),
  // h16-026 (the ways applications come in), h17-234, h16-157 (documents and forms named).
  it("reads a building or room as an address, the section to contact as an office, ways as a list, and forms as documents", () => {
    expect(["街道办在哪栋楼办公", "办公室在几号楼几室", "有问题联系哪个股室", "有问题找哪个部门", "开设了哪些依申请公开渠道", "依据了湖南省哪些规定", "发布信息前要填什么表"].map(typeOf)).toEqual([
      "address",
      "address",
      "office",
      "office",
      "list",
      "document",
      "document",
    ]);
    // h18-230: a page header's 信息索取号 is its index number.
    expect(["年报的信息索取号是多少", "年报的索引号是多少"].map(typeOf)).toEqual(["index_number", "index_number"]);
    expect(shapeMatches("office", "如对本报告有任何疑问,请联系两英镇党政综合办公室,联系电话:0754-85571729").map((m) => m.text)).toEqual(["两英镇党政综合办公室"]);
  });

  it("takes 第几次 for which one, not how many", () => {
    expect([measureUnits("开展的是第几次活动"), measureUnits("开展了几次活动")]).toEqual([null, ["次", "场"]]);
    // Holdout ac-140: 多少万条 asks 条, counted in ten thousands.
    expect([measureUnits("大约公开多少万条"), measureUnits("收费多少万元")]).toEqual([["条"], ["万元"]]);
  });

  // h11-052: the short name a report gives a body, never the 《条例》 it shortens the regulations to.
  it("takes the short name a report gives, not a document's", () => {
    const short = (text: string) => shapeMatches("short_name", text).map((m) => m.text);
    expect([short("国家统计局某调查总队(以下简称某总队)"), short("(以下简称《条例》)")]).toEqual([["某总队"], []]);
  });

  // h11-149 (a township's share of information put online), h8-265: a share is asked in percent; a growth is a change.
  it("reads a share asked as a percentage, but not a growth", () => {
    expect([measureUnits("网上公开信息占比多少"), measureUnits("业务动态类信息所占比例是多少"), measureUnits("比上年增长了百分之几")]).toEqual([["%"], ["%"], null]);
  });

  it("reads the two alternatives of an either-or question", () => {
    expect([eitherOptions("业务骨干是专职还是兼职？"), eitherOptions("公开方式是线上还是线下呢"), eitherOptions("有几件")]).toEqual([["专职", "兼职"], ["线上", "线下"], []]);
  });
});

describe("the shapes of addresses, dates and ordinals", () => {
  const shapes = (type: Parameters<typeof shapeMatches>[0], text: string) => shapeMatches(type, text).map((m) => m.text);

  // Real questions h028-04, a2020-036, a2014-115.
  it("takes a street number without its 号, but not a count after a road", () => {
    expect([shapes("address", "位于光路93；"), shapes("address", "新修道路12条，硬化街道3公里"), shapes("address", "位于东升路68号")]).toEqual([["路93"], [], ["路68号"]]);
  });

  // h8 pages: a labelled address ends in a building (198幢) or a floor after its street number.
  it("takes the whole of what 地址： introduces, street or not", () => {
    expect([shapes("address", "地址：某县城关街道光路93；"), shapes("address", "(地址:某市新市北路某新村198幢;"), shapes("address", "地址:某县某镇迎宾大道118号 管委会4/5楼;")]).toEqual([
      ["某县城关街道光路93"],
      ["某市新市北路某新村198幢"],
      ["某县某镇迎宾大道118号 管委会4/5楼"],
    ]);
  });

  // Real questions h016-06, a2008-218.
  it("takes a date in Chinese numerals", () => {
    expect(shapes("issued", "二〇一〇年一月十九日")).toEqual(["二〇一〇年一月十九日"]);
  });

  // Real questions h026-05, a2014-069 (第几号 stays a document's number).
  it("takes 第十五届 and 第3次 as ordinals", () => {
    expect(shapes("ordinal", "开展第十五届政务公开日活动，第3次专题培训，市政府令第291号")).toEqual(["第十五届", "第3次"]);
  });
});

describe("text facts in colloquial phrasings, answered verbatim", () => {
  let seeded: SeededEngine;
  beforeAll(async () => {
    seeded = await seededEngine(new Date("2023-06-01T12:00:00"), CORPUS);
  });
  afterAll(() => seeded.close());

  const answers: Answer[] = [];
  async function ask(question: string): Promise<Answer> {
    const answer = await seeded.engine.ask(`p:${answers.length}`, question);
    answers.push(answer);
    return answer;
  }
  const head = (a: Answer) => a.text.split("\n").filter((l) => !l.startsWith("未指明年份"))[0];

  // Real questions h003-03, h014-05, h028-04 (a street number without 号), a2020-036.
  it("gives the address an office is asked where it works, even one whose number has no 号", async () => {
    const a = await ask("澄水县政府在哪儿办公");
    expect([a.status, head(a)]).toEqual(["answered", "澄水县人民政府2015年年报：「地址：澄水县河光路27」"]);
    expect(head(await ask("澄水县2015年年报地址是哪"))).toBe("澄水县人民政府2015年年报：「地址：澄水县河光路27」");
    const none = await ask("柏岭区信访局在哪里");
    expect([none.status, none.figures]).toEqual(["no_figure", []]);
  });

  // Real questions h013-03, h013-05: a later page of a report, opening at its 四、.
  it("quotes problems and measures of a page that opens at a later section, the measures after the passage answering the problems", async () => {
    const problems = await ask("柏岭区信访局2022年信息公开存在什么问题");
    expect(problems.citations.map((c) => c.quote).join("")).toContain("一是队伍建设有待加强");
    expect(problems.citations.map((c) => c.quote).join("")).not.toContain("培训");
    const measures = await ask("柏岭区信访局2022年打算怎么改进信息公开工作");
    expect(measures.citations.map((c) => c.quote).join("")).toContain("一是加大业务培训力度");
    expect(measures.citations.map((c) => c.quote).join("")).not.toContain("队伍建设");
  });

  // Real question h013-04; an alternative the report never writes is not stated.
  it("answers an either-or question with the sentence writing one of its alternatives", async () => {
    const a = await ask("柏岭区信访局信息公开工作人员是专职还是兼职");
    expect([a.status, head(a), a.figures]).toEqual(["answered", "柏岭区信访局2022年年报：「政府信息公开工作人员以兼职为主」", []]);
    const never = await ask("柏岭区信访局信息公开培训是线上还是线下");
    expect([never.status, never.figures]).toEqual(["no_figure", []]);
  });

  // Real questions h026-05, h015-05.
  it("answers which edition with the ordinal, and a website's name with its quoted name", async () => {
    expect(head(await ask("澄水县2015年开展的是第几届政务公开周活动"))).toBe("澄水县人民政府2015年年报：「我县组织各部门开展第九届“政务公开周”活动」");
    const never = await ask("澄水县2015年开展的是第几次政务公开培训");
    expect([never.status, never.figures]).toEqual(["no_figure", []]);
    expect(head(await ask("澄水县政府网站叫什么名字"))).toBe("澄水县人民政府2015年年报：「“澄水之窗”网站是我县政府信息公开的第一平台」");
  });

  // Real questions h016-04, a2008-188.
  it("gives the number of the notice that publishes the report, not one it cites", async () => {
    const a = await ask("澄水县2015年年报是用哪个文件公布的");
    expect([head(a), a.citations[0]?.quote]).toEqual(["澄水县人民政府2015年年报：文号「澄政办发〔2016〕5号」", "（澄政办发〔2016〕5号）"]);
  });

  // Real questions h016-06, h025-03, a2008-218.
  it("dates the report by a Chinese-numeral closing date over the statistics period, and by a mirror page's 公開日期", async () => {
    const closing = await ask("澄水县2015年年报是哪天公布的");
    expect(head(closing)).toBe("澄水县人民政府2015年年报：发布日期「二〇一六年一月二十日」");
    const mirror = await ask("石梁镇2011年年报是哪天公开的");
    expect([head(mirror), mirror.citations[0]?.quote]).toEqual(["石梁镇人民政府2011年年报：「公開日期: | 2016-05-18」", "文號: | 公開日期: | 2016-05-18 09:30 | |"]);
  });

  it("writes no number that is not quoted or a stored figure, and quotes only the source", async () => {
    expect(answers.length).toBeGreaterThan(8);
    for (const a of answers) {
      expect({ text: a.text, invented: await inventedNumbers(a, seeded.source), unfound: await unfoundQuotes(a, seeded.source) }).toEqual({ text: a.text, invented: [], unfound: [] });
    }
  });
});

// h20-053 (工作机制是怎样的): how a thing is done is asked as a phrase; 怎么样 alone asks nothing in particular.
describe("how a thing is done", () => {
  it("asks a phrase of the report, and a bare 怎么样 does not", () => {
    expect([typeOf("示例局信息公开工作机制是怎样的"), typeOf("示例局信息公开工作怎么抓的"), typeOf("示例局如何受理申请")]).toEqual(["phrase", "phrase", "phrase"]);
    expect(typeOf("示例局2013年怎么样")).toBeNull();
  });
});

// Holdout e-112, e-114 (and the calls asked of a hotline, a2014-160): a count or a rate asked of a channel
// named like a contact (县长信箱, 咨询电话) is a figure question; its number or address alone is a text fact.
describe("a count asked of a channel named like a contact", () => {
  const index = buildCatalogIndex(1, []);
  const now = new Date("2026-01-01T00:00:00Z");
  const asked = (q: string) => askedTextFact(understand(q, null, index, now))?.id ?? null;

  it("asks the figure when it receives or answers a number of things, or a rate", () => {
    expect(["县长信箱收到多少留言", "县长信箱答复率多少", "咨询电话接听了多少个"].map(asked)).toEqual([null, null, null]);
    expect(["县长信箱是多少", "咨询电话多少"].map(asked)).toEqual(["email", "phone"]);
  });
});
