import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// Made-up pages. Holdout ae-071…ae-081: district tax bureaus whose names open with their national
// organ, on their province's tax site (whose address spells only the province).
const page = (city: string, district: string, count: number): string =>
  [
    `现公布国家税务总局${city}${district}税务局2023年政府信息公开工作年度报告。`,
    "一、总体情况",
    `2023年,${district}税务局通过门户网站公开各类信息${count}条。`,
    "二、主动公开政府信息情况",
    "本年新制发规范性文件0件。",
  ].join("\n");

describe("a district's office of a vertical system", () => {
  const site = (n: number): string => JSON.stringify({ url: `http://guangdong.chinatax.gov.cn/xxgknb/2024-01/content_${n}.shtml` });
  const ask = askingOverPages(
    { "a.txt": page("珠海市", "香洲区", 76), "a.txt.meta.json": site(1), "b.txt": page("广州市", "白云区", 122), "b.txt.meta.json": site(2) },
    new Date("2024-06-01T12:00:00"),
  );

  it("is reached by its district's name, with its city or without, and the system's short word", async () => {
    const answers = await Promise.all([
      ask("v:1", "香洲区税务局2023年通过门户网站公开了几条信息"),
      ask("v:2", "广州白云区税务局23年通过门户网站公开了几条信息"),
      ask("v:3", "香洲税务23年通过门户网站公开了几条"),
    ]);
    expect(answers.map((a) => [a.agency, a.figures[0]?.value])).toEqual([
      ["国家税务总局珠海市香洲区税务局", 76],
      ["国家税务总局广州市白云区税务局", 122],
      ["国家税务总局珠海市香洲区税务局", 76],
    ]);
  });
});
