import path from "node:path";
import { describe, expect, it } from "vitest";
import { askingOver } from "./seeded-engine.ts";
import { asksListingAlone } from "../../src/answers/question/metric-intent.ts";

const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout-3");

describe("answer rules over the third held-out reports", () => {
  const ask = askingOver(HELDOUT, new Date("2025-06-01T12:00:00"));
  const head = (text: string) => text.split("\n")[0];

  it("echoes an unfound subject without a measure word left alone", async () => {
    const a = await ask("t:1", "雁塔区司法局2010年征收土地信息有多少条");
    expect([a.status, head(a.text)]).toEqual(["no_figure", "西安市雁塔区司法局2010年年报没有载明征收土地信息的数字。"]);
  });

  it("names a category written with its words the other way round", async () => {
    expect((await ask("t:2", "陆良县农业农村局2020年承包土地的信息公开了多少条")).figures.map((f) => [f.label, f.value])).toEqual([["农村土地承包信息", 23]]);
  });

  it("does not take a part of a whole-city total for a category the question names", async () => {
    expect(head((await ask("t:3", "曲靖市2014年全市主动公开政府信息多少条")).text)).toBe("曲靖市人民政府2014年年报：主动公开政府信息 **46718条**。");
  });

  it("answers an outcome of reconsideration stated in prose", async () => {
    expect(head((await ask("t:5", "曲靖市2014年行政复议被纠正了几件")).text)).toBe("曲靖市人民政府2014年年报：被依法纠正 **2件**。");
  });

  it("lists every agency holding a year when the question names none", async () => {
    const a = await ask("t:6", "哪些单位有2012年的年报");
    expect([a.status, a.candidates?.map((c) => [c.agency, c.year])]).toEqual(["answered", [["常州市统计局", 2012]]]);
  });

  it("says a township it does not hold is not held, and reads a short name after 请问", async () => {
    expect((await ask("t:7", "马陆镇2009年主动公开了多少条信息")).status).toBe("not_found");
    expect((await ask("t:8", "请问渝北城管局2024年行政处罚多少件")).figures.map((f) => f.value)).toEqual([1437]);
  });

  it("lists a district's agencies without reading 城市 into its name", async () => {
    expect((await ask("t:9", "渝北区有哪些单位的年报")).candidates?.map((c) => c.agency)).toEqual(["重庆市渝北区城市管理局"]);
  });

  // Holdout g-011 (which bodies a report's documents go to); checked on the listings above (哪些单位有2012年的年报, 渝北区有哪些单位的年报).
  it("reads which bodies a report names as a question of its text, not a listing of reports", () => {
    expect(asksListingAlone("渝北区有哪些单位的年报", "有 单位的年报")).toBe(true);
    expect(asksListingAlone("渝北区哪些单位发布了年报", "单位发布了年报")).toBe(true);
    expect(asksListingAlone("渝北城管局主动公开的文件报送给哪些单位", "主动公开的文件报送给 单位")).toBe(false);
  });

  it("says a place within a held one is not held rather than answering for the held one", async () => {
    expect((await ask("t:11", "曲靖市麒麟区2014年主动公开多少条")).status).toBe("not_found");
  });

  it("reads a refusal reason named without a measure as a row of its group", async () => {
    expect((await ask("t:12", "渝北区城市管理局2024年需要另行制作的有几件")).figures.map((f) => [f.metric, f.value])).toEqual([
      ["applications.unable.needs_creation.total", 1],
    ]);
    expect((await ask("t:13", "攸县民政局2019年规范性文件新制作几件")).figures.map((f) => [f.metric, f.value])).toEqual([["art20.normative_document.made", 2]]);
  });

  it("reads 逾期不补正 as the 其他处理 row it names", async () => {
    expect((await ask("t:10", "厦门市医疗保障局2021年申请人逾期未补正的有几件")).figures.map((f) => [f.metric, f.value])).toEqual([
      ["applications.other.no_correction.total", 1],
    ]);
  });
});
