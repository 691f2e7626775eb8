import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerEngine } from "../../src/answers/create-answer-engine.ts";
import { createMemoryChatStateStore } from "../../src/answers/memory-chat-state.ts";
import { askingOver, seededEngine, SEEDS, type SeededEngine } from "./seeded-engine.ts";

/** The answer's own lines: its citation lines (出处 and its "> " quote) are shown as the citation renders them. */
const ownLines = (text: string) => text.split("\n").filter((l) => !/^(?:出处：|> |表中「)/.test(l));

describe("the question asked wins over the chat's context", () => {
  const ask = askingOver(SEEDS, new Date("2022-06-01T12:00:00"));

  it("reads a withheld place name as naming a place, never the chat's agency", async () => {
    await ask("w:1", "宁安市教育局2013年主动公开了多少条");
    const a = await ask("w:1", "XX镇2011年主动公开了多少条");
    expect([a.status, a.agency, a.figures, a.text]).toEqual(["not_found", "XX镇", [], "“XX镇”中的名字是隐去的，无法确定是哪个机构。请写出机构的全称。"]);
  });

  it("reads a place the corpus does not hold as that place, not the chat's agency", async () => {
    await ask("w:2", "宁安市教育局2013年主动公开了多少条");
    const a = await ask("w:2", "火星市2011年主动公开了多少条");
    expect([a.status, a.agency, a.text]).toEqual(["not_found", "火星市", "未收录“火星市”2011年的年报。"]);
  });

  // h14-326 (holdout) and real a2014-209, a2020-044 (organs asked by short names): an organ none of
  // whose reports is held is named back, not asked about again.
  it("says a national organ asked by its short name is not held", async () => {
    const a = await ask("w:2b", "人社部2022年政府信息公开申请多少件?");
    expect([a.status, a.agency, a.figures, a.text]).toEqual(["not_found", "人力资源和社会保障部", [], "未收录“人力资源和社会保障部”2022年的年报。"]);
  });

  it("lists every report of the year a listing names, not the chat agency's", async () => {
    await ask("w:3", "凉州区科技局2021年公开了多少条信息");
    const a = await ask("w:3", "2010年有哪些年报");
    expect([a.status, a.text]).toEqual([
      "answered",
      [
        "收录的2010年年报：",
        "- 张家口市科学技术和地震局 2010年：《张家口市科学技术和地震局2010年政府信息公开年度报告》",
        "- 本溪市教育局 2010年：《本溪市教育局2010年政府信息公开工作年度报告》",
        "- 青原区发展和改革委员会 2010年：《2010年政府信息公开工作年度报告》",
        "- 永富乡人民政府 2010年：《永富乡人民政府2010年政府信息公开工作年度报告》",
      ].join("\n"),
    ]);
  });

  // Reports whose agency is withheld (XX镇) name no agency to list them under.
  it("lists every report held when a listing names neither agency, place nor year", async () => {
    await ask("w:7", "凉州区科技局2021年公开了多少条信息");
    const a = await ask("w:7", "有哪些年报");
    expect([a.status, a.text.split("\n")[0], a.candidates.length]).toEqual(["answered", "收录的全部年报：", 11]);
  });

  it("says what the previous question filled in: the agency, and the year when the new one names none", async () => {
    await ask("w:4", "本溪市教育局2010年主动公开了多少条信息");
    const part = await ask("w:4", "其中政策法规多少条");
    expect(ownLines(part.text)).toEqual(["按上一问的本溪市教育局2010年回答。", "本溪市教育局2010年年报：政策法规类 **36条**。"]);
    const year = await ask("w:4", "那2011年呢？");
    expect([year.status, year.text]).toEqual(["not_found", "按上一问的本溪市教育局回答。\n未收录本溪市教育局2011年的年报。已收录该机构2010年的年报。"]);
  });

  it("says nothing was assumed when the question names its agency and year", async () => {
    await ask("w:5", "本溪市教育局2010年主动公开了多少条信息");
    const a = await ask("w:5", "龙港区2012年收到多少依申请公开请求");
    expect(ownLines(a.text)).toEqual(["龙港区人民政府2012年年报：新收政府信息公开申请 **0件**。"]);
  });

  it("asks a named agency the previous measure and says which year it took", async () => {
    await ask("w:6", "本溪市教育局2010年主动公开了多少条信息");
    const a = await ask("w:6", "那张家口科技局呢");
    expect(ownLines(a.text)[0]).toBe("按上一问的2010年回答。");
    expect([a.agency, a.year]).toEqual(["张家口市科学技术和地震局", 2010]);
  });
});

describe("a kind of agency asked after another agency's question", () => {
  const ask = askingOver(SEEDS, new Date("2022-06-01T12:00:00"));

  it("asks 那发改委呢 of the previous agency's place, and says it is not held there rather than answering another place's", async () => {
    await ask("p:1", "凉州区科技局2021年公开了多少条信息");
    const a = await ask("p:1", "那发改委呢");
    expect([a.status, a.agency, a.figures, a.text]).toEqual([
      "not_found",
      "凉州区发改委",
      [],
      [
        "按上一问的凉州区2021年回答。",
        "未收录“凉州区发改委”2021年的年报。",
        "相近的机构有：",
        "- 凉州区科学技术局（甘肃省武威市，2021年）",
        "- 青原区发展和改革委员会（江西省吉安市，2010年）",
      ].join("\n"),
    ]);
  });

  it("reads a kind named in a question of its own as the kind across the corpus", async () => {
    await ask("p:2", "凉州区科技局2021年公开了多少条信息");
    const a = await ask("p:2", "发改委2010年主动公开政府信息多少条");
    expect([a.agency, ownLines(a.text)[0]]).toEqual(["青原区发展和改革委员会", "青原区发展和改革委员会2010年年报：主动公开政府信息 **223条**。"]);
  });
});

describe("a kind of agency held in the previous agency's place", () => {
  const ask = askingOver(path.resolve(import.meta.dirname, "../fixtures/heldout-7"), new Date("2024-04-10T12:00:00"));

  it("answers 那教育局呢 with that place's office and says which place and year it took", async () => {
    await ask("p:3", "江北区卫生健康局2022年主动公开多少条");
    const a = await ask("p:3", "那教育局呢");
    expect(ownLines(a.text)).toEqual(["按上一问的宁波市江北区2022年回答。", "宁波市江北区教育局2022年年报：主动公开政府信息 **415条**。"]);
  });
});

describe("a ranking that names no place", () => {
  const NOW = new Date("2022-06-01T12:00:00");
  let seeded: SeededEngine;
  beforeAll(async () => {
    seeded = await seededEngine(NOW);
  });
  afterAll(() => seeded.close());

  it("ranks the whole corpus when it is small, not the chat's last agency", async () => {
    await seeded.engine.ask("k:1", "凉州区科技局2021年公开了多少条信息");
    const a = await seeded.engine.ask("k:1", "2010年哪个单位主动公开最多");
    expect([a.status, a.agency, ownLines(a.text)]).toEqual([
      "answered",
      "全部机构",
      ["全部机构2010年主动公开政府信息（按年报所载）：", "- 本溪市教育局 **656条**", "- 青原区发展和改革委员会 **223条**", "- 永富乡人民政府 **51条**"],
    ]);
  });

  it("asks which place to rank within when more agencies hold the year than one answer may read, offering the places held", async () => {
    const engine = createAnswerEngine({ source: seeded.source, chats: createMemoryChatStateStore(), now: () => NOW, wholeRankingLimit: 3 });
    await engine.ask("k:2", "凉州区科技局2021年公开了多少条信息");
    const a = await engine.ask("k:2", "2010年哪个单位主动公开最多");
    expect([a.status, a.text, a.candidates]).toEqual([
      "ambiguous",
      "请指明在哪个地方的机构中比较2010年的主动公开政府信息，例如：\n- 河北省\n- 江西省\n- 辽宁省",
      [
        { agency: "河北省", year: 2010, reportId: null },
        { agency: "江西省", year: 2010, reportId: null },
        { agency: "辽宁省", year: 2010, reportId: null },
      ],
    ]);
    const within = await engine.ask("k:2", "辽宁省2010年哪个单位主动公开最多");
    expect(ownLines(within.text)).toEqual(["辽宁省2010年主动公开政府信息（按年报所载）：", "- 本溪市教育局 **656条**"]);
  });

  it("ranks within the place the person picks after being asked for one, typed alone or as a choice sends it", async () => {
    const engine = createAnswerEngine({ source: seeded.source, chats: createMemoryChatStateStore(), now: () => NOW, wholeRankingLimit: 3 });
    for (const picked of ["江西省", "江西省2010年"]) {
      const chat = `k:pick:${picked}`;
      expect((await engine.ask(chat, "2010年哪个单位主动公开最多")).status).toBe("ambiguous");
      const a = await engine.ask(chat, picked);
      expect({ picked, lines: ownLines(a.text) }).toEqual({ picked, lines: ["江西省2010年主动公开政府信息（按年报所载）：", "- 青原区发展和改革委员会 **223条**"] });
    }
  });
});
