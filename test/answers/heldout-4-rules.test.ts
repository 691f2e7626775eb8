import path from "node:path";
import { describe, expect, it } from "vitest";
import { askingOver } from "./seeded-engine.ts";

const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout-4");

describe("answer rules over the fourth held-out reports", () => {
  const ask = askingOver(HELDOUT, new Date("2024-06-01T12:00:00"));

  it("finds an office named after the national organ it belongs to by its place", async () => {
    const a = await ask("t:1", "桂林市税务局2022年主动公开了多少条信息");
    expect([a.agency, a.figures.map((f) => f.value)[0]]).toEqual(["国家税务总局桂林市税务局", 1864]);
  });

  it("says an office of a held kind in a place it does not hold is not held, rather than answering for the held one", async () => {
    const a = await ask("t:5", "长春档案馆2020年主动公开多少条");
    expect([a.status, a.agency, a.figures, a.candidates.map((c) => c.agency)]).toEqual(["not_found", "长春档案馆", [], ["吉林市档案馆"]]);
  });

  it("reads 市政府各部门 in a follow-up as the group of the chat's government", async () => {
    await ask("t:6", "吴忠市2012年主动公开了多少条政府信息");
    expect((await ask("t:6", "市政府各部门主动公开多少条")).figures.map((f) => [f.label, f.value])).toEqual([["市政府各部门主动公开", 8452]]);
  });

  it("says a report that counts no 镇政府各部门 part states none, rather than giving its whole total", async () => {
    const a = await ask("t:7", "湾岭镇2019年镇政府各部门主动公开多少条");
    expect([a.status, a.text.split("\n")[0], a.figures]).toEqual([
      "no_figure",
      "琼中黎族苗族自治县湾岭镇人民政府2019年年报没有载明镇政府各部门主动公开政府信息的数字。",
      [],
    ]);
  });

  it("says a township whose name opens with 和 is not held", async () => {
    const a = await ask("t:2", "和平镇2019年主动公开多少条");
    expect([a.status, a.agency]).toEqual(["not_found", "和平镇"]);
  });

  it("answers a prose count the question names closely over the applications total", async () => {
    const a = await ask("t:3", "吉林档案馆2020年办理网上查档申请多少件");
    expect(a.figures.map((f) => [f.label, f.value])).toEqual([["网上查档申请", 213]]);
  });

  it("reads a count of loans in 笔", async () => {
    const a = await ask("t:4", "鞍山市住房公积金管理中心2023年发放了多少笔公积金贷款");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[4156, "笔"]]);
  });
});
