import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// Made-up page. hg-029/hg-033: a county's report writing a unit of the county by its level (县档案馆);
// hb-058: a body named after a verb of the question (主动公开信息的档案馆) is what is asked about.
const PAGE = [
  "巫山县2010年政府信息公开工作年度报告",
  "一、基本情况",
  "县政府高度重视政府信息公开工作。县档案馆全年收集整理现行文件1153份,接待查阅群众120人次。",
  "主动公开信息的档案馆、图书馆送达率100%。",
  "二、主动公开政府信息情况",
  "全年主动公开政府信息300条。",
].join("\n");

describe("a unit of a place whose report writes it by its level", () => {
  const ask = askingOverPages({ "page.txt": PAGE }, new Date("2011-06-01T12:00:00"));

  it("answers from the report of the unit's place, saying whose report it is", async () => {
    const a = await ask("u:1", "巫山县档案馆2010年收集整理了多少份现行文件");
    expect([a.status, a.figures.map((f) => f.value), a.text.split("\n")[0]]).toEqual([
      "answered",
      [1153],
      "“巫山县档案馆”是巫山县人民政府年报中写到的部门，按该年报回答。",
    ]);
  });

  it("finds no report for a unit the place's report never writes", async () => {
    const a = await ask("u:2", "巫山县行政审批服务中心2010年接待了多少人次");
    expect([a.status, a.figures]).toEqual(["not_found", []]);
  });

  it("reads a body named after the question's verb as what is asked about, not the agency", async () => {
    const a = await ask("u:3", "巫山县2010年主动公开信息的档案馆送达率是多少");
    expect([a.status, a.agency, a.figures.map((f) => f.value)]).toEqual(["answered", "巫山县人民政府", [100]]);
  });
});
