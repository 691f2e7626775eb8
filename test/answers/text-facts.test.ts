import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answers/answer.ts";
import { askedAnswerType } from "../../src/answers/question/answer-type.ts";
import { questionText } from "../../src/answers/question/question-text.ts";
import { closingDate } from "../../src/answers/text-facts/closing-date.ts";
import { inventedNumbers, unfoundQuotes } from "./answer-properties.ts";
import { seededEngine, type SeededEngine } from "./seeded-engine.ts";

const CORPUS = path.resolve(import.meta.dirname, "../fixtures/text-facts");
const CONTACTS = "如对本报告有任何疑问，请与岚溪县水务局办公室联系（地址：岚溪县青石路36号，邮编：412300，电话：0731-5550123，传真：0731-5550124，电子邮箱：lxslj@163.com）。";

const typeOf = (question: string) => askedAnswerType(questionText(question))?.id ?? null;

describe("the kind of answer a question asks", () => {
  // h6-117, a2008-160, a2008-167: which towns or departments asks their names, though it names a measure (信息量).
  it("reads 哪些乡镇 and 地市有哪些 as asking a list of names whatever measure they name", () => {
    const asked = (q: string) => askedAnswerType(questionText(q));
    expect(["主动公开信息量较大的乡镇有哪些", "申请量最多的是哪些部门", "主动公开了哪些信息"].map((q) => [asked(q)?.id, asked(q)?.strong])).toEqual([
      ["list", true],
      ["list", true],
      ["list", false],
    ]);
  });

  // Real questions a2008-215, a2020-030, a2008-216, a2014-082, a2008-128, a2020-037, a2008-217, a2020-036.
  it("reads contact details from their cue words", () => {
    expect(["办公室电话是多少", "有疑问打什么电话", "传真号码", "电子邮箱是什么", "网址是什么", "邮编是多少", "地址在哪", "在哪办公"].map(typeOf)).toEqual([
      "phone",
      "phone",
      "fax",
      "email",
      "web",
      "postcode",
      "address",
      "address",
    ]);
  });

  // Real questions a2014-079, a2020-155, a2014-105, a2008-218, a2008-083, a2008-103, a2008-188, a2014-104, a2020-126, a2020-128.
  it("reads persons, authors, dates, periods, document numbers and named accounts", () => {
    expect(["领导小组组长是谁", "局长叫什么", "年报是谁编的", "年报哪天发布的", "统计期限截止到哪天", "从哪天开始开展信息公开", "年报的文号", "方案是岚政办发几号", "微信公众号叫什么", "用哪个APP发布信息"].map(typeOf)).toEqual([
      "person",
      "person",
      "author",
      "issued",
      "period",
      "date",
      "own_doc_number",
      "doc_number",
      "named",
      "named",
    ]);
  });

  // Holdout s-055 (统计数据的时间范围); checked on a2008-083 and a2020-040, asked as 统计期限.
  it("reads 时间范围 and 统计周期 as asking the statistics period", () => {
    expect(["年报统计数据的时间范围", "年报的统计周期是什么"].map(typeOf)).toEqual(["period", "period"]);
  });

  // Holdout h-113 (落款时间, a signature giving the month alone); checked on h6-095 (落款日期, the day written too).
  it("reads 落款时间 as asking the date a report is signed with, a month alone included", () => {
    expect(["年报落款时间", "年报落款日期是哪天"].map(typeOf)).toEqual(["issued", "issued"]);
    const sentence = (text: string) => ({ text, start: 0, end: text.length, sectionIndex: 0, lead: "", subject: "" });
    expect(closingDate([sentence("全年主动公开信息120条。"), sentence("2017年3月")])?.date).toBe("2017年3月");
    expect(closingDate([sentence("2016年1月至12月,全年主动公开信息120条。")])).toBe(null);
  });

  // h14-070 (holdout): 按…哪个文编的 asks the document's number a report was compiled by, not who compiled it.
  it("reads 哪个文编的 as asking a document's number and 谁编的 as asking its compiler", () => {
    expect(["年报按国办公开办函哪个文编的", "年报是谁编的", "年报编的是哪年的"].map(typeOf)).toEqual(["doc_number", "author", "author"]);
  });

  // h8-214, h8-157 (which document or 函 a report follows), h8-268 (the number of the notice publishing the report).
  it("reads 哪个文件 and 哪个函 as a document, and the publishing notice's 文号 as the report's own", () => {
    expect(["依据湖北省哪个文件", "是按区里哪个函编制的", "公布2009年信息公开年报的通知文号是什么"].map(typeOf)).toEqual(["document", "document", "own_doc_number"]);
  });

  // Real questions a2014-019, a2008-212, a2008-135, a2008-014; a street's number (a2008-183) is an address.
  it("takes the longest cue, so a street's 几号 is an address and a bare 什么 a free phrase", () => {
    expect(["有没有建立保密审查制度", "公开内容包括哪些", "跟哪家网站合作", "和谁合作", "在青石路几号"].map(typeOf)).toEqual(["yes_no", "list", "named", "phrase", "address"]);
  });
});

describe("text facts answered from a report's sentences", () => {
  let seeded: SeededEngine;
  beforeAll(async () => {
    seeded = await seededEngine(new Date("2021-06-01T12:00:00"), CORPUS);
  });
  afterAll(() => seeded.close());

  const answers: Answer[] = [];
  async function ask(question: string): Promise<Answer> {
    const answer = await seeded.engine.ask(`t:${answers.length}`, question);
    answers.push(answer);
    return answer;
  }
  const head = (a: Answer) => a.text.split("\n")[0];

  // Real questions a2008-215, a2008-216, a2008-217, a2020-037, a2014-082 (one bracketed run of
  // contact details), a2020-163 (a phone question once answered with a count).
  it("shows the contact detail asked with its own label, the one of the run it stands after", async () => {
    const phone = await ask("岚溪县水务局2019年信息公开电话是多少");
    expect([phone.status, head(phone), phone.figures, phone.citations.map((c) => c.quote)]).toEqual([
      "answered",
      "岚溪县水务局2019年年报：「电话：0731-5550123」",
      [],
      [CONTACTS],
    ]);
    expect(head(await ask("岚溪水务局2019年传真号码"))).toBe("岚溪县水务局2019年年报：「传真：0731-5550124」");
    expect(head(await ask("岚溪县水务局2019年邮编是多少"))).toBe("岚溪县水务局2019年年报：「邮编：412300」");
    expect(head(await ask("岚溪县水务局2019年邮箱是什么"))).toBe("岚溪县水务局2019年年报：「邮箱：lxslj@163.com」");
    expect(head(await ask("岚溪县水务局2019年地址在哪"))).toBe("岚溪县水务局2019年年报：「地址：岚溪县青石路36号」");
  });

  // Real questions a2008-215, a2008-216 asked in one chat, then of the year before.
  it("asks a follow-up's fact again of the year it names", async () => {
    await seeded.engine.ask("t:follow", "岚溪县水务局2019年信息公开电话是多少");
    const before = await seeded.engine.ask("t:follow", "那2018年呢");
    answers.push(before);
    expect([before.text.split("\n").slice(0, 2), before.citations[0]?.source]).toEqual([
      ["按上一问的岚溪县水务局回答。", "岚溪县水务局2018年年报：「电话（传真）：0731-5550100」"],
      "lanxi-water-2018.txt",
    ]);
  });

  // Real questions a2008-080 (a contact run cut at semicolons), a2008-182 (电话(传真) before one number).
  it("takes the number after a pair of labels for either, in the piece of a contact run that holds it", async () => {
    const fax = await ask("岚溪县水务局2018年传真号码");
    expect([head(fax), fax.citations[0]?.quote]).toEqual(["岚溪县水务局2018年年报：「电话（传真）：0731-5550100」", "电话（传真）：0731-5550100）。"]);
  });

  // Real questions a2008-128, a2014-083.
  it("gives a web address the sentence writes", async () => {
    const a = await ask("岚溪县水务局2019年网址是什么");
    expect([head(a), a.citations[0]?.quote]).toEqual(["岚溪县水务局2019年年报：「www.lanxi.gov.cn」", "本报告全文在岚溪县人民政府门户网站（www.lanxi.gov.cn）公布。"]);
  });

  // Real questions a2014-079, a2014-080, a2008-187.
  it("names the person of a post by the sentence that gives the post", async () => {
    const a = await ask("岚溪县水务局2019年政务公开领导小组组长是谁");
    expect([head(a), a.citations[0]?.quote]).toEqual([
      "岚溪县水务局2019年年报：「我局成立了由局长周明远任组长、副局长李红梅任副组长的政务公开领导小组」",
      "2019年，我局成立了由局长周明远任组长、副局长李红梅任副组长的政务公开领导小组。",
    ]);
  });

  // h8 questions of a township page: the person is named by the duty their clause gives them,
  // among several persons of one sentence.
  it("names the person whose own clause holds the duty asked", async () => {
    expect(head(await ask("岚溪县水务局2019年谁负责信息公开的监督和校对"))).toBe("岚溪县水务局2019年年报：「安排办公室副主任陈立新担任监督和校对工作」");
    expect(typeOf("信息公开谁分管")).toBe("person");
    // h12-053: 发邮件到哪 asks the e-mail address.
    expect(typeOf("年报有疑问发邮件到哪")).toBe("email");
    // h12-258: a hotline's number is a phone number, not a count.
    expect(typeOf("举报投诉热线是多少")).toBe("phone");
  });

  // h11-046, h11-131, h11-092: a question naming a measure (主动公开) but asking 哪个, not how many.
  it("answers 哪个 of a measure named with the sentence, not the measure's count", async () => {
    const a = await ask("岚溪县水务局2019年为主动公开信息制定了哪个规程");
    expect([head(a), a.figures]).toEqual(["岚溪县水务局2019年年报：「制定了《岚溪县水务局政府信息公开工作规程》」", []]);
    expect((await ask("岚溪县水务局2019年主动公开了多少条")).figures.map((f) => f.value)).toEqual([126, 18]);
  });

  // Holdout x-106: which body to consult about the report is the one readers are asked to contact.
  it("answers which body to consult with the office readers are asked to contact", async () => {
    expect(head(await ask("岚溪县水务局2019年年报是向哪个单位咨询"))).toBe("岚溪县水务局2019年年报：「请与岚溪县水务局办公室联系」");
  });

  // Real questions a2014-105, a2008-207.
  it("names who compiled the report", async () => {
    expect(head(await ask("岚溪县水务局2019年年报是谁编的"))).toBe("岚溪县水务局2019年年报：「本报告由岚溪县水务局办公室编制」");
  });

  // Real questions a2008-083, a2020-040, a2008-027.
  it("gives the whole statistics period after its label", async () => {
    expect(head(await ask("岚溪县水务局2019年报的统计期限截止到哪天"))).toBe("岚溪县水务局2019年年报：「统计期限自2019年1月1日起至2019年12月31日」");
  });

  // Real questions a2008-218, a2014-031, a2020-148, a2008-066, a2014-206 (header dates), and a signature date.
  it("dates the report by its page header, else by the date line it is signed with", async () => {
    // The header line dating the page is kept as a passage, so its date is quoted as written.
    const header = await ask("岚溪县水务局2019年年报哪天发布的");
    expect([head(header), header.citations[0]?.quote]).toEqual(["岚溪县水务局2019年年报：「发布时间：2020-02-14」", "发布时间：2020-02-14 来源：岚溪县水务局"]);
    const signed = await ask("青石镇2020年年报哪天发布的");
    expect([head(signed), signed.citations[0]?.quote]).toEqual(["青石镇人民政府2020年年报：发布日期「2021年1月20日」", "2021年1月20日"]);
  });

  // h6-095: 落款日期 asks the date the report closes with, never the page header's date (发布 of a2008-218 still asks the header).
  it("answers 落款日期 with the date the report is signed with, not the header's", async () => {
    const signed = await ask("岚溪县水务局2019年年报落款日期是哪天");
    expect([head(signed), signed.citations[0]?.quote]).toEqual(["岚溪县水务局2019年年报：落款日期「二〇二〇年二月十日」", "二〇二〇年二月十日"]);
  });

  // Real questions a2014-103, a2014-104, a2008-188.
  it("gives the document number in the sentence", async () => {
    expect(head(await ask("岚溪县水务局2019年信息公开工作规程的文号"))).toBe("岚溪县水务局2019年年报：「岚水发〔2019〕12号」");
  });

  // Real questions a2020-126, a2020-128, a2020-180.
  it("answers which account with the sentence that names it", async () => {
    expect(head(await ask("岚溪县水务局2019年用哪个公众号发布信息"))).toBe("岚溪县水务局2019年年报：「我局通过“岚溪水务”微信公众号和政务公开栏发布工作动态」");
  });

  // Holdout o-128, o-142: the name set beside the thing asked, not another name in a sentence sharing its words.
  it("names an account by the name beside the words the question asks it of", async () => {
    expect(head(await ask("岚溪县水务局2019年的微信公众平台叫啥"))).toBe("岚溪县水务局2019年年报：「局微信公众平台“岚溪水利”每周更新」");
  });

  // Holdout o-108: 由谁牵头 is answered by the body that leads, an office as well as a person.
  it("answers who leads a task with the office the report says leads it", async () => {
    expect(head(await ask("岚溪县水务局2019年政务公开工作由谁牵头"))).toBe("岚溪县水务局2019年年报：「政务公开日常工作由局办公室牵头」");
  });

  // Holdout s-075: a sentence opening 组长由… speaks of the group the sentence before set up.
  it("answers who heads a group from the sentence after the one naming the group", async () => {
    expect(head(await ask("岚溪县水务局2019年政务公开监督小组组长是谁"))).toBe("岚溪县水务局2019年年报：「组长由纪检组长吴海涛担任」");
  });

  // Real questions a2014-019, a2008-212, a2014-117.
  it("says yes to a rule the report writes, and not stated to one it never names", async () => {
    expect(head(await ask("岚溪县水务局2019年有没有建立信息发布审核制度"))).toBe("岚溪县水务局2019年年报：有。「我局建立了信息发布审核制度」");
    const other = await ask("岚溪县水务局2019年有没有建立新闻发言人制度");
    expect([other.status, head(other)]).toEqual(["no_figure", "岚溪县水务局2019年年报没有载明所问的内容。"]);
  });

  // Real questions a2014-011, a2008-168: a yes/no fact the report writes as not done is a no.
  it("says no where the sentence that writes what is asked says it was not done", async () => {
    const a = await ask("青石镇2020年有没有开展政务公开培训");
    expect([a.status, head(a)]).toEqual(["answered", "青石镇人民政府2020年年报：没有。「我镇没有开展政务公开培训」"]);
  });

  // Real questions a2014-006, a2014-117: a channel asked yes or no, which no count of the report names.
  it("asks the text whether a channel is used when no figure answers a yes/no question", async () => {
    expect(head(await ask("岚溪县水务局2019年有没有用微信公开政府信息"))).toBe("岚溪县水务局2019年年报：有。「我局通过“岚溪水务”微信公众号和政务公开栏发布工作动态」");
    const never = await ask("岚溪县水务局2019年有没有用抖音公开政府信息");
    expect([never.status, head(never)]).toEqual(["no_figure", "岚溪县水务局2019年年报没有载明通过抖音主动公开政府信息的数字。"]);
  });

  // Real questions a2020-163, a2014-077: a report without the detail says so, and makes up none.
  it("says a detail the report does not give is not stated", async () => {
    const a = await ask("青石镇2020年信息公开电话是多少");
    expect([a.status, a.text, a.figures]).toEqual(["no_figure", "青石镇人民政府2020年年报没有载明联系电话。", []]);
  });

  // Real questions a2008-148, a2014-147: counts and yes/no counts stay figure questions.
  it("keeps counts, and yes/no questions about a count, as figure questions", async () => {
    expect((await ask("岚溪县水务局2019年收到几件申请")).figures.map((f) => f.value)).toEqual([3]);
    expect(head(await ask("岚溪县水务局2019年有没有收到信息公开申请"))).toBe("岚溪县水务局2019年年报：新收政府信息公开申请——有，**3件**。");
    expect(head(await ask("青石镇2020年有没有收到信息公开申请"))).toBe("青石镇人民政府2020年年报：新收政府信息公开申请——没有（**0件**）。");
  });

  it("writes no number that is not quoted or a stored figure, and quotes only the source", async () => {
    expect(answers.length).toBeGreaterThan(10);
    for (const a of answers) {
      expect({ text: a.text, invented: await inventedNumbers(a, seeded.source), unfound: await unfoundQuotes(a, seeded.source) }).toEqual({ text: a.text, invented: [], unfound: [] });
    }
  });
});
