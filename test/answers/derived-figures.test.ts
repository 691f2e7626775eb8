import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerJson } from "../../src/http/answer-json.ts";
import { askedChange } from "../../src/answers/question/asked-change.ts";
import { questionYears } from "../../src/answers/question/question-years.ts";
import { inventedNumbers, unfoundQuotes } from "./answer-properties.ts";
import { seededEngine, type SeededEngine } from "./seeded-engine.ts";

const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout-3");

/** The answer's own lines: its citation lines (出处 and its "> " quote) are shown as the citation renders them. */
const ownLines = (text: string) => text.split("\n").filter((l) => !/^(?:出处：|> |表中「)/.test(l));

describe("reading a change between two named years", () => {
  it("takes the year before 比 as compared, the one after it (or before 相比) as the base", () => {
    expect(askedChange("常州市统计局 比 多公开了多少条", [2013, 2012])).toEqual({ kind: "difference", later: 2013, earlier: 2012, verb: "公开", yearBefore: false });
    expect(askedChange("与 相比 常州市统计局 主动公开增长了百分之几", [2012, 2013])).toEqual({ kind: "growth", later: 2013, earlier: 2012, verb: "", yearBefore: false });
    // Two years without 比, or compared with no word of more or less, ask for both.
    expect(askedChange("常州市统计局 和 比较 主动公开多少条", [2012, 2013])).toBeNull();
    expect(askedChange("常州市统计局 和 主动公开多少条", [2012, 2013])).toBeNull();
    expect(askedChange("常州市统计局 和 主动公开多少条", [2013])).toBeNull();
    // 比上年 with one year compares it with the year before, where the report states no change itself.
    expect(askedChange("常州市统计局 比上年增加了多少", [2013])).toEqual({ kind: "difference", later: 2013, earlier: 2012, verb: "", yearBefore: true });
  });
});

describe("derived figures: differences and growth between two stored figures", () => {
  let seeded: SeededEngine;
  beforeAll(async () => {
    seeded = await seededEngine(new Date("2025-06-01T12:00:00"), HELDOUT);
  });
  afterAll(() => seeded.close());
  const ask = (chat: string, q: string) => seeded.engine.ask(chat, q);

  it("computes a difference with its formula, both figures and both citations", async () => {
    const a = await ask("d:1", "常州市统计局2013年比2012年多公开了多少条");
    expect([a.status, a.agency, a.year, ownLines(a.text)]).toEqual([
      "answered",
      "常州市统计局",
      2013,
      ["常州市统计局2013年比2012年多公开 **86条**（412 − 326）。", "- 2013年：主动公开政府信息 **412条**", "- 2012年：主动公开政府信息 **326条**"],
    ]);
    expect(a.citations.map((c) => [c.source, c.quote])).toEqual([
      ["changzhou-stats-2013.txt", "全年主动公开政府信息四百一十二条，其中统计数据类信息二百六十五条，统计分析二十一篇，统计公报13篇。"],
      ["changzhou-stats-2012.txt", "全年主动公开政府信息三百二十六条，其中统计数据类信息二百一十四条，统计分析十八篇，统计公报12篇。"],
    ]);
    expect([a.figures.map((f) => f.value), a.derived]).toEqual([[412, 326], [{ kind: "difference", value: 86, unit: "条", approximate: false, operands: [412, 326] }]]);
    expect([await inventedNumbers(a, seeded.source), await unfoundQuotes(a, seeded.source)]).toEqual([[], []]);
  });

  it("names what changed when the question has no verb of its own after 多 or 少", async () => {
    const a = await ask("d:12", "常州市统计局2013年比2012年主动公开增加了多少条");
    expect(ownLines(a.text)[0]).toBe("常州市统计局2013年比2012年主动公开政府信息多 **86条**（412 − 326）。");
  });

  it("says a decrease as 少 with the larger figure first in the formula", async () => {
    const a = await ask("d:2", "常州市统计局2013年比2012年少收到多少件申请");
    expect(ownLines(a.text)[0]).toBe("常州市统计局2013年比2012年少收到 **6件**（23 − 17）。");
  });

  it("computes growth in percent to one decimal, marked 约 when rounded", async () => {
    const up = await ask("d:3", "常州市统计局2013年比2012年主动公开增长了百分之几");
    expect(ownLines(up.text)[0]).toBe("常州市统计局2013年比2012年主动公开政府信息增长 **约26.4%**（(412 − 326) ÷ 326）。");
    const down = await ask("d:4", "与2012年相比，常州市统计局2013年依申请公开增长了百分之几");
    expect(ownLines(down.text)[0]).toBe("常州市统计局2013年比2012年新收政府信息公开申请下降 **约26.1%**（(23 − 17) ÷ 23）。");
    expect(await inventedNumbers(down, seeded.source)).toEqual([]);
  });

  it("says which year is missing and answers the year it holds", async () => {
    const a = await ask("d:5", "常州市统计局2014年比2013年多公开了多少条");
    expect([a.status, a.derived, a.figures.map((f) => f.value)[0], ownLines(a.text).slice(0, 3)]).toEqual([
      "answered",
      undefined,
      412,
      ["无法计算2014年比2013年的变化：缺少2014年的数字。", "未收录常州市统计局2014年的年报。已收录该机构2012年、2013年的年报。", "常州市统计局2013年年报：主动公开政府信息 **412条**。"],
    ]);
  });

  it("compares a year with the year before (比上年) when its report states no change, and says when that year is not held", async () => {
    const a = await ask("d:9", "常州市统计局2013年比上年多公开了多少条");
    expect([a.derived?.map((d) => d.value), ownLines(a.text)[0]]).toEqual([[86], "常州市统计局2013年比2012年多公开 **86条**（412 − 326）。"]);
    const b = await ask("d:10", "常州市统计局2012年比上年多公开了多少条");
    expect([b.derived, ownLines(b.text)[0]]).toEqual([undefined, "无法计算2012年比2011年的变化：缺少2011年的数字。"]);
  });

  it("reads a lone year after 比 in a question of its own as the base of the year after it", async () => {
    // Checked on a2008-234: the report of the year after states the change itself.
    const a = await ask("d:16", "常州市统计局比2012年多公开了多少条");
    expect([a.year, ownLines(a.text)[0]]).toEqual([2013, "常州市统计局2013年比2012年多公开 **86条**（412 − 326）。"]);
    // Asked how many, not what changed: the year named is the year asked.
    const b = await ask("d:17", "常州市统计局比2012年公开了多少条");
    expect(b.year).toBe(2012);
  });

  it("compares the chat's year with the one a follow-up names after 比, saying what it took from the previous question", async () => {
    await ask("d:11", "常州市统计局2013年主动公开了多少条");
    const a = await ask("d:11", "比2012年多公开了多少条");
    expect(ownLines(a.text).slice(0, 2)).toEqual(["按上一问的常州市统计局2013年回答。", "常州市统计局2013年比2012年多公开 **86条**（412 − 326）。"]);
    expect(await inventedNumbers(a, seeded.source)).toEqual([]);
  });

  it("reads 去年 compared with a year the question names as the year before it", async () => {
    const a = await ask("d:13", "常州市统计局2013年比去年多公开了多少条");
    expect([a.derived?.map((d) => d.value), ownLines(a.text)]).toEqual([
      [86],
      ["常州市统计局2013年比2012年多公开 **86条**（412 − 326）。", "- 2013年：主动公开政府信息 **412条**", "- 2012年：主动公开政府信息 **326条**"],
    ]);
    // Standing alone, 去年 is still the year before today's.
    expect(questionYears("比去年多公开了多少条", new Date("2025-06-01T12:00:00"))).toEqual({ years: [2024], relative: true, rest: "比 多公开了多少条", comparedWithLastYear: true });
    expect(questionYears("2013年比去年多公开了多少条", new Date("2025-06-01T12:00:00"))).toEqual({ years: [2013], relative: false, rest: " 比上年多公开了多少条", comparedWithLastYear: false });
  });

  it("compares the chat's year with the year before it when a follow-up asks 比去年 or 比上年 多了多少", async () => {
    await ask("d:14", "常州市统计局2013年主动公开了多少条");
    const a = await ask("d:14", "比去年多了多少");
    expect([a.status, a.derived?.map((d) => d.value), ownLines(a.text)]).toEqual([
      "answered",
      [86],
      [
        "按上一问的常州市统计局2013年回答。",
        "常州市统计局2013年比2012年主动公开政府信息多 **86条**（412 − 326）。",
        "- 2013年：主动公开政府信息 **412条**",
        "- 2012年：主动公开政府信息 **326条**",
      ],
    ]);
    expect(a.citations.map((c) => c.source)).toEqual(["changzhou-stats-2013.txt", "changzhou-stats-2012.txt"]);
    await ask("d:15", "常州市统计局2013年收到多少件申请");
    const b = await ask("d:15", "比上年多了多少");
    expect(ownLines(b.text).slice(0, 2)).toEqual(["按上一问的常州市统计局2013年回答。", "常州市统计局2013年比2012年新收政府信息公开申请少 **6件**（23 − 17）。"]);
    expect([await inventedNumbers(a, seeded.source), await inventedNumbers(b, seeded.source)]).toEqual([[], []]);
  });

  it("asks the previous change again of the two years a follow-up names (那2013年比2012年呢)", async () => {
    await ask("d:16", "常州市统计局2012年比2013年多公开了多少条");
    const a = await ask("d:16", "那2013年比2012年呢");
    expect([a.derived, ownLines(a.text)]).toEqual([
      [{ kind: "difference", value: 86, unit: "条", approximate: false, operands: [412, 326] }],
      ["按上一问的常州市统计局回答。", "常州市统计局2013年比2012年多公开 **86条**（412 − 326）。", "- 2013年：主动公开政府信息 **412条**", "- 2012年：主动公开政府信息 **326条**"],
    ]);
    await ask("d:17", "与2012年相比，常州市统计局2013年依申请公开增长了百分之几");
    const b = await ask("d:17", "那2012年比2013年呢");
    expect(ownLines(b.text)[1]).toBe("常州市统计局2012年比2013年新收政府信息公开申请增长 **约35.3%**（(23 − 17) ÷ 17）。");
    expect(await inventedNumbers(b, seeded.source)).toEqual([]);
  });

  it("gives the derived figure in the JSON beside the figures it comes from", async () => {
    const json = answerJson(await ask("d:6", "常州市统计局2013年比2012年多公开了多少条"));
    expect([json.figures.map((f) => f.value), json.derived]).toEqual([[412, 326], [{ kind: "difference", value: 86, unit: "条", approximate: false, operands: [412, 326] }]]);
    expect("derived" in answerJson(await ask("d:7", "常州市统计局2013年主动公开了多少条"))).toBe(false);
  });

  it("counts a derived number as invented unless it is what its cited operands compute to", async () => {
    const a = await ask("d:8", "常州市统计局2013年比2012年多公开了多少条");
    const wrong = { ...a, text: a.text.replace("**86条**", "**87条**"), derived: [{ ...a.derived![0]!, value: 87 }] };
    expect(await inventedNumbers(wrong, seeded.source)).toEqual([87]);
    const uncited = { ...a, text: a.text.replace("**86条**", "**212条**"), derived: [{ ...a.derived![0]!, value: 212, operands: [538, 326] as [number, number] }] };
    expect(await inventedNumbers(uncited, seeded.source)).toEqual([212]);
  });
});
