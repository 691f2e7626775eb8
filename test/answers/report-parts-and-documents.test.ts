import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answers/answer.ts";
import { askedAnswerType } from "../../src/answers/question/answer-type.ts";
import { questionText } from "../../src/answers/question/question-text.ts";
import { shapeMatches } from "../../src/answers/text-facts/fact-patterns.ts";
import { inventedNumbers, unfoundQuotes } from "./answer-properties.ts";
import { seededEngine, type SeededEngine } from "./seeded-engine.ts";

const CORPUS = path.resolve(import.meta.dirname, "../fixtures/report-parts-and-documents");

const typeOf = (question: string) => askedAnswerType(questionText(question))?.id ?? null;
const shapes = (type: Parameters<typeof shapeMatches>[0], text: string) => shapeMatches(type, text).map((m) => m.text);

describe("the kind of answer asked of a report's make-up, its header and the documents it names", () => {
  // Real questions g005-02, g008-07, g012-01, g010-05; h011-03, g007-03 (部分公开 counts) stay figures.
  it("reads 几个部分 as the parts a report has, not 部分公开 as one", () => {
    expect(["年报分几个部分", "年报由几部分组成", "年报包括几部分内容", "部分公开几件"].map(typeOf)).toEqual(["parts", "parts", "parts", null]);
  });

  // Real questions g007-07, g022-04, g016-08 (dates); g009-09, g022-05, g016-09 (index numbers); g019-04, g004-08 (articles).
  it("reads 啥时候发布, 公文生成日期, 公开日期, 索引号 and 第几条", () => {
    expect(["年度报告啥时候发布的", "年报公文生成日期", "年报公开日期", "年报的索引号是多少", "年报是依据条例第几条制作的"].map(typeOf)).toEqual(["issued", "issued", "issued", "index_number", "ordinal"]);
  });

  // Real questions g007-08, g011-03, a2008-241, h014-06, h011-09; g014-05 (哪个条例) is no document asked.
  it("reads which rules, plan or system as a named document", () => {
    expect(["编制了什么信息公开制度", "对哪个方案搞了预公开", "依据的是哪个市的年报制度"].map(typeOf)).toEqual(["document", "document", "document"]);
    expect(typeOf("年报是根据哪个条例编的")).not.toBe("document");
    // Holdout ad-109: the kind of document before what is asked of it.
    expect(["年报依据的省里文件是什么", "执行的办法叫什么", "依据的省级规章是哪个"].map(typeOf)).toEqual(["document", "document", "document"]);
    // Holdout ag-058: the body that compiled the report.
    expect(["年报是哪个机构编制的", "由什么单位负责编写"].map(typeOf)).toEqual(["author", "author"]);
  });

  // Real questions g023-03, g023-04; h015-05 (网站叫什么名字) stays a name, h012-06 and g012-02 (什么原则) stay phrases.
  it("reads a website asked which one as its address, and a former name", () => {
    expect(["交通运输局网站是哪个", "网站叫什么名字", "交通运输局原来叫什么", "信息公开坚持什么原则"].map(typeOf)).toEqual(["web", "named", "former_name", "phrase"]);
  });

  it("takes the shapes of parts, articles, index numbers, documents and former names", () => {
    expect(shapes("parts", "等七个部分。报告由五部分组成")).toEqual(["七个部分", "五部分"]);
    expect(shapes("ordinal", "条例第四十九条、第五十条规定")).toEqual(["第四十九条", "第五十条"]);
    expect(shapes("index_number", "索 引 号:QZ10107-2500-2019-00002")).toEqual(["QZ10107-2500-2019-00002"]);
    expect(shapes("document", "贯彻《中华人民共和国政府信息公开条例》和《某市政府信息公开暂行规定》，落实“三审三校”制度")).toEqual(["《某市政府信息公开暂行规定》", "“三审三校”"]);
    expect(shapes("former_name", "某市交通运输局(原某市交通委员会,以下同)，坚持原则")).toEqual(["原某市交通委员会"]);
  });
});

describe("answers on a report's make-up, its header and the documents it names", () => {
  let seeded: SeededEngine;
  beforeAll(async () => {
    seeded = await seededEngine(new Date("2022-06-01T12:00:00"), CORPUS);
  });
  afterAll(() => seeded.close());

  const answers: Answer[] = [];
  async function ask(question: string): Promise<Answer> {
    const answer = await seeded.engine.ask(`d:${answers.length}`, question);
    answers.push(answer);
    return answer;
  }
  const head = (a: Answer) => a.text.split("\n").filter((l) => !l.startsWith("未指明年份"))[0];

  // Real questions g005-02, g008-07, g012-01.
  it("gives the number of parts a report says it has", async () => {
    const a = await ask("青溪县水务局2020年报分几个部分?");
    expect([a.status, head(a), a.figures.map((f) => [f.value, f.unit])]).toEqual(["answered", "青溪县水务局2020年年报：「五个部分」", [[5, "个部分"]]]);
    expect(head(await ask("岚西省商务厅2021年报包括几个部分"))).toMatch(/^岚西省商务厅2021年年报：「.*四个部分」$/u);
  });

  // h8-198: the list of parts names 行政复议和行政诉讼情况, yet its count says nothing of cases.
  it("never answers another measure with the number of parts", async () => {
    const a = await ask("青山镇2019年因信息公开被复议或起诉过吗");
    expect([a.status, a.figures]).toEqual(["no_figure", []]);
  });

  // Real questions g022-04, g007-07, g016-08.
  it("gives a labelled header date, however the question names it", async () => {
    expect(head(await ask("青溪县水务局2020年报公文生成日期"))).toBe("青溪县水务局2020年年报：「生成日期:2021-01-05」");
    expect(head(await ask("岚西省商务厅2021年度报告啥时候发布的"))).toContain("发布时间:2022年01月26日");
  });

  // Real questions g009-09, g016-09, g022-05.
  it("gives the index number of a spaced-out label and of a header table's cells", async () => {
    expect(head(await ask("青溪县水务局2020年报索引号"))).toContain("15/2021-0042117");
    expect(head(await ask("岚西省商务厅2021年报的索引号是多少"))).toContain("003318201/2022-00107");
  });

  // Real questions g019-04, g004-08.
  it("gives the article a report is made under, not a figure", async () => {
    const a = await ask("青溪县水务局2020年报是依据条例第几条制作的");
    expect([a.status, head(a), a.figures]).toEqual(["answered", "青溪县水务局2020年年报：「依据《中华人民共和国政府信息公开条例》第五十条之规定」", []]);
  });

  // Real questions g007-08, g011-03, h014-06.
  it("gives the rules, plan or system a report names", async () => {
    expect(head(await ask("青溪县水务局2020年编制了什么信息公开制度"))).toBe("青溪县水务局2020年年报：「我局编制了《青溪县水务局政府信息公开实施办法》」");
    expect(head(await ask("青溪县水务局2020年对哪个方案搞了预公开"))).toContain("《青溪县城区供水价格调整方案》");
    expect(head(await ask("青溪县水务局落实什么审核制度"))).toContain("“三级审核”制度");
  });

  // Real questions g023-03, g023-04.
  it("gives a website without a 网址 label, and a former name", async () => {
    expect(head(await ask("青溪县水务局网站是哪个"))).toContain("http://www.qxsw.gov.cn");
    expect(head(await ask("青溪县水务局原来叫什么"))).toBe("青溪县水务局2020年年报：原名称「原青溪县水利局」");
  });

  it("writes no number that is not quoted or a stored figure, and quotes only the source", async () => {
    expect(answers.length).toBeGreaterThan(10);
    for (const a of answers) {
      expect({ text: a.text, invented: await inventedNumbers(a, seeded.source), unfound: await unfoundQuotes(a, seeded.source) }).toEqual({ text: a.text, invented: [], unfound: [] });
    }
  });
});
