import path from "node:path";
import { describe, expect, it } from "vitest";
import { askingOver } from "./seeded-engine.ts";

const CORPUS = path.resolve(import.meta.dirname, "../fixtures/holdout-5-shapes");

describe("text facts and counts in the shapes of the fifth held-out set", () => {
  const ask = askingOver(CORPUS, new Date("2022-06-01T12:00:00"));

  // h5-011: 什么通知 asks the notice by its title, not the count of applications the question's words name.
  it("answers which notice with its title", async () => {
    const a = await ask("n:1", "永和县民政局2021年印发了什么通知来规范依申请公开办理?");
    expect([a.status, a.figures, a.text.includes("《关于规范政府信息依申请公开办理工作的通知》")]).toEqual(["answered", [], true]);
  });

  // h5-012: 几个流程 asks how many steps: the clause writing them (五个流程) answers.
  it("answers how many steps with the steps as written", async () => {
    const a = await ask("n:2", "永和县民政局2021年依申请公开按几个流程办理?");
    expect([a.status, a.figures, a.text.includes("「要求各股室严格按照受理、登记、审核、答复、归档五个流程办理依申请公开」")]).toEqual(["answered", [], true]);
  });

  // h5-168: 多长时间…一次 asks how often: the clause writing it (每季度) answers.
  it("answers how often with the frequency written", async () => {
    const a = await ask("n:3", "永和县民政局2021年多长时间更新一次主动公开的信息?");
    expect([a.status, a.figures, a.text.includes("「我局每季度对应主动公开的政府信息进行一次集中更新」")]).toEqual(["answered", [], true]);
  });

  // h5-057: 文件号 asks a document number.
  it("answers a 文件号 with the document number", async () => {
    const a = await ask("n:4", "永和县民政局2021年建基层政务公开专栏依据的文件号?");
    expect([a.status, a.figures, a.text.includes("「晋民办〔2021〕12号」")]).toEqual(["answered", [], true]);
  });

  // h5-191: a publication line with a two-digit year.
  it("answers when the report was published from a date with a two-digit year", async () => {
    const a = await ask("n:5", "永和县民政局2021年信息公开年报什么时候发布的?");
    expect([a.status, a.text.includes("22年01月20日")]).toEqual(["answered", true]);
  });

  // h5-192: 两名 is two.
  it("counts 两名 as two", async () => {
    const a = await ask("n:6", "永和县民政局2021年有几名工作人员具体负责信息公开?");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[2, "名"]]);
  });

  // h5-180: a kind in a total's parentheses is answered, not the total its words also name.
  it("answers a kind listed in parentheses after its total", async () => {
    const a = await ask("n:7", "永和县民政局2021年县政府门户网站概况类信息多少条?");
    expect(a.figures.map((f) => [f.label, f.value])).toEqual([["概况类", 42]]);
  });

  // h5-075: 收费标准 among the kinds disclosed, asked in 条, is no question about fees.
  it("answers a count of disclosures naming 收费标准 with the count, not fees", async () => {
    const a = await ask("n:8", "永和县民政局2021年主动公开收费标准等各类信息多少条?");
    expect(a.figures.map((f) => [f.value, f.unit, f.approximate])).toEqual([[300, "条", true]]);
  });
});
