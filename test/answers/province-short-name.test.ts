import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// Made-up pages. Holdout ah-109: a province's one-character short name before an office several
// provinces hold reports of.
const page = (province: string, count: number): string =>
  [`${province}财政厅2020年政府信息公开工作年度报告`, "一、总体情况", `2020年,全年主动公开政府信息${count}条。`].join("\n");

describe("a province's short name before a department every province has", () => {
  const ask = askingOverPages({ "a.txt": page("四川省", 120), "b.txt": page("贵州省", 80), "c.txt": page("山东省", 60) }, new Date("2021-06-01T12:00:00"));

  it("picks the province's department rather than asking which", async () => {
    const a = await ask("p:1", "川财政厅2020年主动公开了多少条");
    const b = await ask("p:2", "财政厅2020年主动公开了多少条");
    expect([a.agency, a.figures[0]?.value, b.status]).toEqual(["四川省财政厅", 120, "ambiguous"]);
  });
});
