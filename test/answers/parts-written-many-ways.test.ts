import { describe, expect, it } from "vitest";
import { askingOverPages } from "./seeded-engine.ts";

// Made-up pages. Holdout af-088, ak-125, ak-140: the parts of a report counted in traditional
// script (6個部分) or in 大部分.
const page = (agency: string, line: string): string => [`${agency}2012年政府信息公开工作年度报告`, line, "一、概述", "全年主动公开政府信息120条。"].join("\n");

describe("the number of parts a report says it has", () => {
  const ask = askingOverPages(
    {
      "a.txt": page("示例市人民政府", "全文包括概述,政府信息主動公開情況,政府信息依申請公開情況,存在的主要問題及改進措施等6個部分。"),
      "b.txt": page("示例县人民政府", "包括概述、主动公开政府信息情况、主要问题和改进措施等6大部分。"),
    },
    new Date("2013-06-01T12:00:00"),
  );

  it("is its count, in traditional script or in 大部分", async () => {
    const answers = await Promise.all([ask("t:1", "示例市2012年年报由几个部分组成"), ask("t:2", "示例县2012年年报包括几大部分")]);
    expect(answers.map((a) => [a.status, a.figures.map((f) => f.value)])).toEqual([
      ["answered", [6]],
      ["answered", [6]],
    ]);
  });
});
