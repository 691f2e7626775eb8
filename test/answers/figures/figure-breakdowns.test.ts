import { describe, expect, it } from "vitest";
import { findFor, reportOfPage, valuesOf } from "./report-of-page.ts";

// Made-up pages after shapes of the sixteenth fresh set; each rule names the questions it came from.
const page = (...lines: string[]) => reportOfPage(["示例市示例局2024年政府信息公开工作年度报告", "一、总体情况", ...lines].join("\n"));

describe("a total that a colon breaks down", () => {
  // h16-066: 全年共主动公开信息1088条:通过政务网站主动公开信息869条,其中…
  it("is not named by the words of its breakdown: the channel asked answers", () => {
    const detail = page("全年共主动公开信息500条:通过政务网站主动公开信息420条,其中工作动态60条,通知公告30条。");
    expect(valuesOf(findFor(detail, "通过政务网站公开了多少条"))).toEqual([420]);
    expect(valuesOf(findFor(detail, "主动公开了多少条")).slice(0, 1)).toEqual([500]);
  });
});

describe("部 as a measure word", () => {
  // h16-165: 公开规章148部、行政规范性文件463件.
  it("counts 规章 in 部, and 部门 stays a word", () => {
    const detail = page("公开规章48部、行政规范性文件163件。联合5部门开展检查。");
    expect(valuesOf(findFor(detail, "公开了多少部规章"))).toEqual([48]);
    expect(valuesOf(findFor(detail, "公开了多少件行政规范性文件"))).toEqual([163]);
    expect(detail.figures.some((f) => f.unit === "部")).toBe(true);
    expect(detail.figures.some((f) => f.value === 5 && f.unit.startsWith("部"))).toBe(false);
  });
});

describe("a running total asked", () => {
  // h16-270: 截止2009年12月底,水利部已主动公开政府信息8400多条, beside the year's 1192 in the template row.
  it("is answered by the total the report states as running, written 截止 where the question writes 截至", () => {
    const detail = page("2024年,示例局主动公开政府信息192条。其中,政策法规类信息12条,业务类信息180条。", "截止2024年12月底,示例局已主动公开政府信息2400多条。");
    expect(valuesOf(findFor(detail, "截至2024年底累计主动公开多少条"))).toEqual([2400]);
    expect(valuesOf(findFor(detail, "累计主动公开了多少条"))).toEqual([2400]);
    expect(valuesOf(findFor(detail, "主动公开了多少条")).slice(0, 1)).toEqual([192]);
  });
});
