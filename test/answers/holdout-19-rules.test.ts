import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";
import { askedKind } from "../../src/answers/figures/asked-kind.ts";

// bv-174 (and the same for a city's government asked where only a district's is held): a kind
// written right after a place is that place's own body, not one of a place within it.
describe("a city's bureau asked where only a district's is held", () => {
  const ask = askingOverPages(
    {
      "district-finance.txt": [
        "济宁市兖州区财政局2025年政府信息公开工作年度报告",
        "一、总体情况",
        "2025年累计主动公开信息332条。",
      ].join("\n"),
      "street.txt": [
        "广州市荔湾区冲口街道办事处2021年政府信息公开工作年度报告",
        "一、总体情况",
        "今年以来,本单位在荔湾区政府网公开财政预决算信息16条。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("is not held, the district's bureau listed as near", async () => {
    const a = await ask("j:1", "济宁市财政局2025年主动公开多少条信息");
    expect([a.status, a.figures.length]).toEqual(["not_found", 0]);
    expect(a.text).toContain("济宁市兖州区财政局");
  });

  it("reaches the district's bureau by its own place, with or without the city", async () => {
    for (const q of ["兖州区财政局2025年主动公开多少条信息", "济宁兖州财政局2025年主动公开多少条"]) {
      const a = await ask(q, q);
      expect([a.status, a.figures[0]?.value]).toEqual(["answered", 332]);
    }
  });

  // bx-007: the street named, then the district's site it published on.
  it("keeps a body whose own place the question writes before another place's site", async () => {
    const a = await ask("j:2", "冲口街道21年在荔湾政府网公开的财政预决算信息有几条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 16]);
  });
});

// by-084: 各类信息 is every kind, no kind of its own.
describe("a count asked of 各类信息 on a site", () => {
  it("is no kind asked", () => {
    expect(["通过政府网站主动公开各类信息多少条", "公开了多少条科技项目类信息"].map(askedKind)).toEqual([null, "科技项目"]);
  });

  const ask = askingOverPages(
    {
      "quake.txt": [
        "示例省地震局2024年政府信息公开工作年度报告",
        "一、总体情况",
        "2024年,示例省地震局通过示例省地震局政府网站主动公开各类信息578条,其中工作动态信息292条、公告公示信息57条。",
      ].join("\n"),
      "forest.txt": ["示例省林业和草原局2022年政府信息公开工作年度报告", "一、总体情况", "2022年,我局主动公开政府信息312条。"].join("\n"),
      "forest-2.txt": ["示例市林业和草原局2022年政府信息公开工作年度报告", "一、总体情况", "2022年,我局主动公开政府信息41条。"].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("answers with the site's total, not with a kind of it", async () => {
    const a = await ask("q:1", "示例省地震局2024年通过政府网站主动公开各类信息多少条");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 578]);
  });

  // by-164: the national organ's short name is none of the provinces' and cities' bureaus of its kind.
  it("says a national organ asked by its short name is not held, rather than asking which local bureau", async () => {
    const a = await ask("q:2", "国家林草局2022年行政复议几起");
    expect([a.status, a.figures.length]).toEqual(["not_found", 0]);
    expect(a.text).toContain("国家林业和草原局");
  });
});

// bw-129: the agency's place written again inside what is asked names that place's count.
describe("a place written again after the agency's name", () => {
  const ask = askingOverPages(
    {
      "hotline.txt": [
        "泾县教育体育局2023年政府信息公开工作年度报告",
        "一、总体情况",
        "妥善办理宣城市12345政府服务热线派件247件,泾县12345政府服务热线派件40件。",
      ].join("\n"),
    },
    new Date("2026-06-01T12:00:00"),
  );

  it("answers the count of that place, not another place's beside it", async () => {
    const own = await ask("h:1", "泾县教体局23年办理泾县12345热线派件几件");
    expect([own.status, own.figures[0]?.value]).toEqual(["answered", 40]);
    const city = await ask("h:2", "泾县教体局23年办理宣城市12345热线派件几件");
    expect([city.status, city.figures[0]?.value]).toEqual(["answered", 247]);
  });
});
