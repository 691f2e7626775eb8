import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// aq-091, aq-135 (holdout AQ): 被追责 asked where the report writes 责任追究; 谁牵头 asks who leads.
describe("text facts asked in other words than the report's", () => {
  const ask = askingOverPages(
    {
      "page.txt": [
        "示例县卫生健康局2024年政府信息公开工作年度报告",
        "一、总体情况",
        "本局信息公开工作由局办公室牵头,各股室配合。",
        "本年度,未出现因信息公开引发的责任追究情况。",
        "二、主动公开政府信息情况",
        "本年主动公开政府信息120条。",
      ].join("\n"),
    },
    new Date("2025-06-01T12:00:00"),
  );
  const head = (text: string) => text.split("\n")[0];

  it("reads 追责 as the report's 责任追究", async () => {
    expect(head((await ask("w:1", "示例县卫生健康局2024年有没有因信息公开被追责")).text)).toBe("示例县卫生健康局2024年年报：没有。「未出现因信息公开引发的责任追究情况」");
  });

  it("answers who leads with the office the report says leads", async () => {
    expect(head((await ask("w:2", "示例县卫生健康局2024年信息公开工作谁牵头")).text)).toBe("示例县卫生健康局2024年年报：「本局信息公开工作由局办公室牵头」");
  });
});
