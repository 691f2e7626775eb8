import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerJson } from "../../src/http/answer-json.ts";
import { inventedNumbers, unfoundQuotes } from "./answer-properties.ts";
import { seededEngine, type SeededEngine } from "./seeded-engine.ts";

const CLOSE = path.resolve(import.meta.dirname, "../fixtures/close-figures");
const QUOTE = "2016年，我中心门户网站全年访问量12万人次，政务微博全年访问量11万人次。";
const SOURCE = "出处：《示例县政务服务中心2016年政府信息公开工作年度报告》 · 一、概述";

describe("two figures close in the ranking: the best answers, the other is offered as a choice", () => {
  let seeded: SeededEngine;
  beforeAll(async () => {
    seeded = await seededEngine(new Date("2022-06-01T12:00:00"), CLOSE);
  });
  afterAll(() => seeded.close());

  it("answers the best first and carries the runner-up as a choice of its report", async () => {
    const a = await seeded.engine.ask("c:1", "示例县政务服务中心2016年全年访问量多少");
    expect(a.text.split("\n")).toEqual([
      "示例县政务服务中心2016年年报：门户网站全年访问量 **12万人次**。",
      "相近的还有：政务微博全年访问量 11万人次。",
      SOURCE,
      `> ${QUOTE}`,
    ]);
    const reportId = a.citations[0]!.reportId;
    expect(a.choices).toEqual([{ reportId, year: 2016, figureKey: a.choices![0]!.figureKey, label: "政务微博全年访问量", value: 11, unit: "万人次", approximate: false }]);
    expect(a.figures.map((f) => f.value)).toEqual([12]);
    expect(answerJson(a).choices).toEqual(a.choices);
  });

  it("answers with the figure picked, its citation and nothing else", async () => {
    const a = await seeded.engine.ask("c:2", "示例县政务服务中心2016年全年访问量多少");
    const choice = a.choices![0]!;
    const picked = await seeded.engine.figure("c:2", choice.reportId, choice.figureKey);
    expect([picked?.status, picked?.agency, picked?.year, picked?.text.split("\n"), picked?.figures.map((f) => f.value), picked?.choices]).toEqual([
      "answered",
      "示例县政务服务中心",
      2016,
      ["示例县政务服务中心2016年年报：政务微博全年访问量 **11万人次**。", SOURCE, `> ${QUOTE}`],
      [11],
      undefined,
    ]);
    expect(picked?.citations.map((c) => [c.source, c.quote])).toEqual([["shifan-service-2016.txt", QUOTE]]);
    expect([await inventedNumbers(picked!, seeded.source), await unfoundQuotes(picked!, seeded.source)]).toEqual([[], []]);
  });

  it("has no answer for a figure or report that is not held", async () => {
    const a = await seeded.engine.ask("c:3", "示例县政务服务中心2016年全年访问量多少");
    expect([await seeded.engine.figure("c:3", a.citations[0]!.reportId, "f9999"), await seeded.engine.figure("c:3", 9999, "f1")]).toEqual([null, null]);
  });

  it("offers no choice when the question names one figure", async () => {
    const a = await seeded.engine.ask("c:4", "示例县政务服务中心2016年政务微博全年访问量多少");
    expect([a.text.split("\n")[0], a.choices, "choices" in answerJson(a)]).toEqual(["示例县政务服务中心2016年年报：政务微博全年访问量 **11万人次**。", undefined, false]);
  });
});
