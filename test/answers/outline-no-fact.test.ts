import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// Made-up page. Holdout x-049: the report's outline names its section on applications, and a
// sentence of its own says none was received.
const PAGE = [
  "示例县工业和信息化局2019年政府信息公开工作年度报告",
  "本报告由总体情况、政府信息主动公开情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况四部分组成。",
  "一、总体情况",
  "2019年,我局未收到相关政府信息申请。",
].join("\n");

describe("a report's outline of its sections", () => {
  const ask = askingOverPages({ "page.txt": PAGE }, new Date("2020-06-01T12:00:00"));

  it("says no yes or no; the report's own sentence does", async () => {
    const a = await ask("o:1", "示例县工信局2019年有没有收到政府信息公开申请");
    expect([a.status, a.text.split("\n")[0]]).toEqual(["answered", "示例县工业和信息化局2019年年报：没有。「我局未收到相关政府信息申请」"]);
  });
});
