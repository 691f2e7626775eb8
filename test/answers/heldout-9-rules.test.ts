import path from "node:path";
import { describe, expect, it } from "vitest";
import { askedKind } from "../../src/answers/figures/asked-kind.ts";
import { askingOver } from "./seeded-engine.ts";

const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout-9");

describe("the kind of information a question asks about", () => {
  it("reads 政务信息 as the whole, and the kind after the measure word of 多少条", () => {
    expect(["公开了多少条政务信息", "公开了多少条科技项目信息", "发布了几条惠农补贴信息"].map(askedKind)).toEqual([null, "科技项目", "惠农补贴"]);
  });

  it("is the words right before 信息 when they name a kind, not the whole or a way of disclosing", () => {
    expect(["惠农补贴信息公开了多少条", "其中林权改革信息呢", "主动公开政府信息多少条", "通过门户网站公开信息多少条", "公开了多少条信息", "各类信息多少条", "主动公开惠农补贴信息多少条"].map(askedKind)).toEqual([
      "惠农补贴",
      "林权改革",
      null,
      null,
      null,
      null,
      "惠农补贴",
    ]);
    // a2014-013: the 信息 of a venue's name (信息公开网) names no kind.
    expect(["通过信息公开网主动公开了多少条信息", "在信息公开栏公开了多少条"].map(askedKind)).toEqual([null, null]);
  });

  // Holdout aj-099: a kind named with 类, which may be 信息公开 itself.
  it("is a kind named with 类, with no verb or year before it, and none a question word names (哪类)", () => {
    expect(["2023年信息公开类发布多少条", "主动公开的业务类信息有多少条", "主动公开业务类信息多少条", "公开了几类信息", "哪类信息最多"].map(askedKind)).toEqual([
      "信息公开",
      "业务",
      "业务",
      null,
      null,
    ]);
  });
});

describe("answer rules over the ninth held-out reports", () => {
  const ask = askingOver(HELDOUT, new Date("2013-06-01T12:00:00"));

  it("answers no kind of disclosures a report that breaks its total down by kind does not name, but the kinds it names and the total", async () => {
    const unnamed = await ask("r:1", "長汀財政局2012年惠農補貼信息公開了多少條");
    expect([unnamed.status, unnamed.figures]).toEqual(["no_figure", []]);
    const named = await ask("r:2", "长汀财政局2012年政策法规信息多少条");
    expect(named.figures.map((f) => [f.metric, f.value])).toEqual([["proactive.category", 15]]);
    const whole = await ask("r:3", "长汀财政局2012年主动公开政府信息多少条");
    expect(whole.figures.map((f) => [f.metric, f.value])).toEqual([
      ["proactive.total", 143],
      ["proactive.category", 26],
      ["proactive.category", 15],
    ]);
  });

  it("answers a channel of applications from the parts of a bare 受理申请 count", async () => {
    const online = await ask("r:4", "花石2011年网上申请几件");
    expect([online.agency, online.figures.map((f) => [f.label, f.value])]).toEqual(["湘潭县花石镇人民政府", [["网上申请", 1]]]);
    await ask("r:5", "武冈水利局2009年网上申请几件");
    const letters = await ask("r:5", "信函申请呢");
    expect([letters.agency, letters.year, letters.figures.map((f) => [f.label, f.value])]).toEqual(["武冈市水利局", 2009, [["信函申请", 1]]]);
  });
});
