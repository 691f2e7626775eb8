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
});
