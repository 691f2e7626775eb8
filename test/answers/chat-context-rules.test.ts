import path from "node:path";
import { describe, expect, it } from "vitest";
import { askingOver } from "./seeded-engine.ts";

const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout-3");

describe("answer rules for questions asked inside a chat", () => {
  const ask = askingOver(HELDOUT, new Date("2025-06-01T12:00:00"));
  const head = (text: string) => text.split("\n")[0];

  it("takes a question opening with an office it does not hold for no follow-up, and keeps follow-ups that name none", async () => {
    await ask("c:1", "曲靖市2014年主动公开多少条");
    const a = await ask("c:1", "番禺政数局2020年公开了多少条");
    expect([a.status, a.agency, a.figures]).toEqual(["not_found", "番禺政数局", []]);
    const b = await ask("c:1", "那2014年呢？");
    expect([b.status, b.agency, b.figures.map((f) => f.value)[0]]).toEqual(["answered", "曲靖市人民政府", 46718]);
  });

  it("takes 那…呢 naming an agency it does not hold for no follow-up, and one it holds for the previous question asked of it", async () => {
    await ask("c:7", "曲靖市2014年主动公开多少条");
    const a = await ask("c:7", "那番禺政数局呢");
    expect([a.status, a.agency, a.figures]).toEqual(["not_found", "番禺政数局", []]);
    const b = await ask("c:7", "那常州市统计局呢");
    expect([b.status, b.agency, b.year]).toEqual(["not_found", "常州市统计局", 2014]);
    const c = await ask("c:8", "常州市统计局2012年主动公开政府信息多少条");
    expect(c.figures.map((f) => f.value)[0]).toBe(326);
    const d = await ask("c:8", "那常州市统计局2013年呢");
    expect([d.agency, d.year, d.figures.map((f) => f.metric)[0]]).toEqual(["常州市统计局", 2013, "proactive.total"]);
  });

  it("reads 那…呢 in a new chat as the agency alone, and says what can be asked when nothing known is", async () => {
    const a = await ask("c:9", "那常州市统计局呢");
    expect([a.status, a.candidates.map((c) => [c.agency, c.year])]).toEqual(["answered", [["常州市统计局", 2013], ["常州市统计局", 2012]]]);
    const b = await ask("c:9", "常州市统计局2013年怎么样");
    expect([b.status, head(b.text)]).toEqual([
      "no_figure",
      "常州市统计局2013年年报中没有找到所问的内容。可以问主动公开、依申请公开、行政复议和诉讼、收费等数字，或存在的问题、改进措施。",
    ]);
  });

  it("takes a question about the whole country for no follow-up of the chat's agency", async () => {
    await ask("c:10", "曲靖市2014年主动公开多少条");
    const a = await ask("c:10", "全国一共多少");
    expect([a.status, a.agency, a.figures]).toEqual(["clarify", null, []]);
    const b = await ask("c:10", "那2014年呢");
    expect([b.agency, b.figures.map((f) => f.value)[0]]).toEqual(["曲靖市人民政府", 46718]);
  });

  it("lists the townships of a year inside a chat about one of them", async () => {
    await ask("c:2", "华亭镇2009年主动公开多少条");
    for (const q of ["2009年哪些镇有年报", "2009年有年报的镇有哪些", "2009年哪些乡镇有年报", "2009年收录了哪些镇"]) {
      const a = await ask("c:2", q);
      expect({ q, status: a.status, listed: a.candidates.map((c) => c.agency) }).toEqual({
        q,
        status: "answered",
        listed: ["华亭镇人民政府", "徐行镇人民政府"],
      });
    }
  });

  it("reads 市政府各部门 as the group a report counts, not a ranking", async () => {
    const a = await ask("c:3", "曲靖市2014年市政府各部门主动公开多少条");
    expect([head(a.text), a.figures.map((f) => f.value)]).toEqual(["曲靖市人民政府2014年年报：市政府各部门主动公开政府信息 **12304条**。", [12304]]);
  });

  it("counts a row whose name holds 没有 without yes-or-no wording", async () => {
    const a = await ask("c:4", "襄阳市交通运输局2023年没有现成信息的有几件");
    expect(head(a.text)).toBe("襄阳市交通运输局2023年年报：无法提供：没有现成信息需要另行制作 **3件**。");
  });

  it("answers what requests were about with the passage that says so", async () => {
    const a = await ask("c:5", "襄阳市交通运输局2023年申请内容主要集中在哪些方面");
    expect([a.status, a.figures, a.citations.map((c) => c.quote)]).toEqual([
      "answered",
      [],
      ["2、依申请公开情况。全年新收政府信息公开申请76件，较上年增长约26%。申请内容主要集中在道路建设征迁、网约车经营许可等方面。"],
    ]);
  });
});
