import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededEngine, type SeededEngine } from "./seeded-engine.ts";

describe("createAnswerEngine over the seeded store", () => {
  let seeded: SeededEngine;
  beforeAll(async () => {
    seeded = await seededEngine(new Date("2022-06-01T12:00:00"));
  });
  afterAll(() => seeded.close());
  const ask = (chat: string, q: string) => seeded.engine.ask(chat, q);

  it("answers a figure with agency, year, bold value, breakdown and citation", async () => {
    const a = await ask("t:1", "凉州区科技局2021年公开了多少条信息");
    expect(a.status).toBe("answered");
    expect([a.agency, a.year]).toEqual(["凉州区科学技术局", 2021]);
    expect(a.figures[0]).toEqual({ metric: "proactive.total", label: a.figures[0]!.label, value: 13, unit: "条", approximate: false });
    expect(a.text).toContain("**13条**");
    expect(a.text).toContain("其中：公开指南 1条");
    expect(a.citations[0]!.source).toBe("001_c6179b2d5830f109.txt");
    expect(a.citations[0]!.section).toBe("二、主动公开政府信息情况");
  });

  it("answers a kind of information by the one category whose name holds most of it, and no other", async () => {
    const figures = async (q: string) => (await ask("t:kind", q)).figures.map((f) => [f.label, f.value]);
    expect(await figures("凉州区科技局2021年公开预决算信息多少条")).toEqual([["财务预决算和“三公”经费", 2]]);
    expect(await figures("凉州区科技局2021年公开领导分工信息多少条")).toEqual([["机构领导及其分工", 1]]);
    expect(await figures("凉州区科技局2021年公开人事信息多少条")).toEqual([]);
    expect((await figures("凉州区科技局2021年公开了多少条政务信息"))[0]).toEqual(["主动公开政府信息", 13]);
  });

  it("reads aliases, a place missing its suffix, and traditional script", async () => {
    expect((await ask("t:2", "张家口科技局2010年收到多少依申请公开")).agency).toBe("张家口市科学技术和地震局");
    expect((await ask("t:3", "青原区发改委2010年主动公开政府信息多少条")).agency).toBe("青原区发展和改革委员会");
    const t = await ask("t:4", "涼州區科技局2021年公開了多少條信息");
    expect([t.agency, t.figures[0]!.value]).toEqual(["凉州区科学技术局", 13]);
  });

  it("resolves a place alone to its government and a generic kind when one agency fits the year", async () => {
    expect((await ask("t:5", "永富乡2010年公开了多少条信息")).agency).toBe("永富乡人民政府");
    expect((await ask("t:6", "河务局2011年主动公开了多少条信息")).agency).toBe("黄河河务局");
    const d32 = await ask("t:7", "科技局2010年公开了多少条信息");
    expect([d32.status, d32.agency, d32.figures]).toEqual(["no_figure", "张家口市科学技术和地震局", []]);
  });

  it("lists candidates when a generic kind fits several agencies", async () => {
    const a = await ask("t:8", "科技局公开了多少条信息");
    expect(a.status).toBe("ambiguous");
    expect(a.candidates.map((c) => c.agency).sort()).toEqual(["凉州区科学技术局", "张家口市科学技术和地震局"]);
  });

  it("reads relative and short years against now", async () => {
    const last = await ask("t:9", "凉州区科技局去年公开了多少条信息");
    expect([last.year, last.figures[0]!.value]).toEqual([2021, 13]);
    expect((await ask("t:10", "凉州区科技局21年公开了多少条信息")).year).toBe(2021);
    expect((await ask("t:11", "凉州区科技局二〇二一年公开了多少条信息")).year).toBe(2021);
  });

  it("uses the latest year held when none is given, and says so", async () => {
    const a = await ask("t:12", "龙港区收到多少依申请公开请求");
    expect([a.status, a.year]).toEqual(["answered", 2012]);
    expect(a.text).toContain("未指明年份，按收录的最新一年（2012年）回答。");
  });

  it("says a report is missing and lists the years held", async () => {
    const a = await ask("t:13", "凉州区科技局2022年公开了多少条信息");
    expect([a.status, a.figures]).toEqual(["not_found", []]);
    expect(a.text).toBe("未收录凉州区科学技术局2022年的年报。已收录该机构2021年的年报。");
    const unknown = await ask("t:14", "朝阳区财政局2020年公开了多少条信息");
    expect([unknown.status, unknown.agency]).toEqual(["not_found", "朝阳区财政局"]);
  });

  it("asks for clarification when nothing is recognisable", async () => {
    const a = await ask("t:15", "你好");
    expect(a.status).toBe("clarify");
    expect(a.text).toContain("凉州区科技局2021年公开了多少条信息");
  });

  it("answers yes/no forms with the figure", async () => {
    const a = await ask("t:16", "河务局2011年有没有收取信息公开费用");
    expect(a.text).toContain("没有（**0元**）");
    expect(a.citations[0]!.quote).toBe("我局2011年度無政府信息公開收費(fèi)及減免情況。");
  });

  it("finds report-specific figures by label and measure word", async () => {
    expect((await ask("t:17", "龙港区2012年全区接受群众查询多少人次")).figures[0]).toMatchObject({ value: 1838, unit: "人次", approximate: true });
    expect((await ask("t:18", "龙港区2012年受理了几宗群众政策咨询")).figures[0]).toMatchObject({ value: 9, unit: "宗" });
  });

  it("answers text questions with the passage", async () => {
    const a = await ask("t:19", "凉州区科技局2021年政府信息公开工作存在哪些主要问题");
    expect(a.status).toBe("answered");
    expect(a.citations[0]!.quote.startsWith("主要问题:一是信息公开内容广度和深度还不够。")).toBe(true);
  });

  it("follows up on the stored chat state: a new year, then a new measure", async () => {
    await ask("t:20", "本溪市教育局2010年主动公开了多少条信息");
    const category = await ask("t:20", "其中政策法规多少条");
    expect([category.agency, category.year, category.figures[0]!.value]).toEqual(["本溪市教育局", 2010, 36]);
    const next = await ask("t:20", "那2011年呢？");
    expect([next.status, next.agency, next.year]).toEqual(["not_found", "本溪市教育局", 2011]);
  });

  it("compares years, answering those held and naming those missing", async () => {
    const a = await ask("t:21", "凉州区科技局2020和2021年主动公开了多少条");
    expect(a.status).toBe("answered");
    expect(a.text.split("\n")[0]).toBe("未收录凉州区科学技术局2020年的年报。已收录该机构2021年的年报。");
    expect(a.figures[0]!.value).toBe(13);
  });

  it("lists the reports held for a place and ranks a figure across agencies", async () => {
    const list = await ask("t:22", "龙港区有哪些年报");
    expect(list.candidates).toEqual([{ agency: "龙港区人民政府", year: 2012, reportId: list.candidates[0]!.reportId }]);
    const rank = await ask("t:23", "2010年各部门主动公开数量排名");
    expect(rank.figures.map((f) => f.value)).toEqual([656, 223, 51]);
    expect(rank.citations).toHaveLength(3);
  });

  it("serves the catalogue and the passage around a citation", async () => {
    const entries = await seeded.engine.catalog("凉州区");
    expect(entries.map((e) => [e.agency, e.year])).toEqual([["凉州区科学技术局", 2021]]);
    const a = await ask("t:24", "凉州区科技局2021年公开了多少条信息");
    const view = await seeded.engine.passage(a.citations[0]!.reportId, a.citations[0]!.start);
    expect(view!.text).toContain("2021年我局共主动公开政府信息13条");
  });
});

describe("src/answers", () => {
  it("imports no bot, web, SQL, cron or ingest module", async () => {
    const root = path.resolve(import.meta.dirname, "../../src/answers");
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".ts"));
    const forbidden = /from\s+["'](grammy|@grammyjs\/[^"']+|fastify|kysely|sqlite3|node-cron|[^"']*\/(?:store|ingest|corpus|bot|web|http|reminders)\/[^"']*)["']/;
    const offending: string[] = [];
    for (const f of files) if (forbidden.test(await readFile(path.join(root, f), "utf8"))) offending.push(f);
    expect(offending).toEqual([]);
  });
});
