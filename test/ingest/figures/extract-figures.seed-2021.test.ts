import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { buildFigureInput, onlyFigure } from "./build-figure-input.ts";

const original = readFileSync(new URL("../../../data/reports/001_c6179b2d5830f109.txt", import.meta.url), "utf8");
const input = buildFigureInput(original, { format: "template2021", year: 2021 });
const { figures, warnings } = extractFigures(input);

describe("extractFigures on the 2021-format seed (凉州区科学技术局)", () => {
  it("quotes every figure verbatim from the original text", () => {
    for (const f of figures) expect(original.slice(f.start, f.end)).toBe(f.quote);
  });

  it("finds the proactive total with its sentence", () => {
    const total = onlyFigure(figures, "proactive.total");
    expect(total).toMatchObject({ value: 13, unit: "条", label: "主动公开政府信息", approximate: false, parentKey: null });
    expect(total.quote).toContain("2021年我局共主动公开政府信息13条");
    expect(input.sections[total.sectionIndex]!.kind).toBe("proactive");
  });

  it("links the ten categories of the breakdown to the total, which they add up to", () => {
    const total = onlyFigure(figures, "proactive.total");
    const parts = figures.filter((f) => f.parentKey === total.key);
    expect(parts.map((p) => [p.metric, p.label, p.value])).toEqual([
      ["proactive.category", "公开指南", 1],
      ["proactive.category", "公开要点", 1],
      ["proactive.category", "年度报告", 1],
      ["proactive.category", "机关简介", 1],
      ["proactive.category", "政务文件", 2],
      ["proactive.category", "政策法规", 2],
      ["proactive.category", "财务预决算和“三公”经费", 2],
      ["proactive.category", "机构职能", 1],
      ["proactive.category", "机构领导及其分工", 1],
      ["proactive.category", "工作落实情况", 1],
    ]);
    expect(parts.find((p) => p.label === "政务文件")!.quote).toContain("政务文件2条");
    expect(warnings).toEqual([]);
  });

  // 23 rows carry values: the groups (三)(四)(五) have none of their own and (六) has no sub-rows here.
  it("reads the applications table, quoting the row", () => {
    const received = onlyFigure(figures, "applications.new.total");
    expect(received).toMatchObject({ value: 0, unit: "件", label: "本年新收政府信息公开申请数量 · 总计" });
    expect(received.quote).toBe("一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||");
    expect(figures.filter((f) => f.metric.startsWith("applications."))).toHaveLength(23 * 7);
    expect(onlyFigure(figures, "applications.refused.state_secret.natural_person").quote).toBe(
      "(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |",
    );
    expect(onlyFigure(figures, "applications.refused.state_secret.natural_person").label).toBe(
      "不予公开：属于国家秘密 · 自然人",
    );
  });

  it("reads the 第二十条 tables with the column names the report uses", () => {
    const inForce = onlyFigure(figures, "art20.normative_document.in_force");
    expect(inForce).toMatchObject({ value: 20, unit: "件", label: "行政规范性文件 · 现行有效件数" });
    expect(inForce.quote).toBe("行政规范性文件 | 0 | 0 | 20 | |");
    expect(onlyFigure(figures, "art20.regulation.issued").label).toBe("规章 · 本年度发件数");
    expect(onlyFigure(figures, "art20.licensing.decisions").value).toBe(0);
    expect(onlyFigure(figures, "art20.fees.amount")).toMatchObject({ value: 0, unit: "万元" });
    expect(figures.filter((f) => f.metric.startsWith("art20."))).toHaveLength(10);
  });

  it("reads the fifteen cells of the reconsideration and litigation table", () => {
    const review = onlyFigure(figures, "review.total");
    expect(review).toMatchObject({ value: 0, unit: "件", label: "行政复议 · 总计" });
    expect(review.quote).toBe("0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
    expect(figures.filter((f) => /^(review|litigation_direct|litigation_after_review)\./.test(f.metric))).toHaveLength(15);
    expect(input.sections[review.sectionIndex]!.kind).toBe("review_litigation");
  });

  it("states no zero in words where the tables give the figure", () => {
    expect(figures.filter((f) => f.metric === "applications.new.total")).toHaveLength(1);
    expect(figures.filter((f) => f.metric === "litigation.total")).toEqual([]);
  });

  it("numbers keys in reading order", () => {
    expect(figures.map((f) => f.key)).toEqual(figures.map((_, i) => `f${i + 1}`));
    const starts = figures.map((f) => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});
