import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// Made-up pages. Holdout ad-046 and af-099: whether a body runs a site of its own, which reports
// say with 自行, 单独 or 独立, and deny with a bare 无.
const page = (agency: string, sentence: string): string =>
  [`${agency}2023年政府信息公开工作年度报告`, "一、总体情况", sentence, "全年主动公开政府信息120条。"].join("\n");

describe("whether a body has a site or account of its own", () => {
  const ask = askingOverPages(
    {
      "a.txt": page("示例县民政局", "我局在县人民政府网站上及时公开相关信息,未单独自行建设信息公开平台。"),
      "b.txt": page("示例县自然资源局", "我局无独立网站及政府新媒体,信息通过县政府网站公开。"),
      "c.txt": page("示例县教育局", "我局依托无障碍阅读平台在自建网站公开信息。"),
    },
    new Date("2024-06-01T12:00:00"),
  );

  it("reads 自己 as the report's 自行 or 独立, and a bare 无 after the body as no", async () => {
    const answers = await Promise.all([
      ask("y:1", "示例县民政局2023年有没有自己建信息公开平台"),
      ask("y:2", "示例县自然资源局2023年有自己的网站吗"),
    ]);
    expect(answers.map((a) => a.text.split("\n")[0])).toEqual([
      "示例县民政局2023年年报：没有。「未单独自行建设信息公开平台」",
      "示例县自然资源局2023年年报：没有。「我局无独立网站及政府新媒体」",
    ]);
  });

  it("reads no 无 inside a word as no", async () => {
    const a = await ask("y:3", "示例县教育局2023年有没有自建网站");
    expect(a.text.split("\n")[0]).toBe("示例县教育局2023年年报：有。「我局依托无障碍阅读平台在自建网站公开信息」");
  });
});
