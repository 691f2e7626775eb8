import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParsedFigure } from "../../../src/domain/report.ts";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { buildFigureInput, onlyFigure } from "./build-figure-input.ts";
import type { BuildOptions } from "./build-figure-input.ts";

function seed(name: string): string {
  return readFileSync(new URL(`../../../data/reports/${name}`, import.meta.url), "utf8");
}

function extract(original: string, options: BuildOptions = {}) {
  const out = extractFigures(buildFigureInput(original, options));
  for (const f of out.figures) expect(original.slice(f.start, f.end)).toBe(f.quote);
  return out;
}

function brief(f: ParsedFigure) {
  return { metric: f.metric, label: f.label, value: f.value, unit: f.unit, approximate: f.approximate, quote: f.quote };
}

describe("extractFigures on the 张家口 2010 narrative report", () => {
  const { figures } = extract(seed("000_cf33c6796e68b70b.txt"));

  it("states zeros in words as figures of 0 quoting their sentence", () => {
    expect(figures.map(brief)).toEqual([
      {
        metric: "applications.new.total",
        label: "未接收到依申请公开政府信息",
        value: 0,
        unit: "件",
        approximate: false,
        quote: "2010年,我局未接收到依申请公开政府信息。",
      },
      {
        metric: "fees.total",
        label: "未发生有关政府信息公开的收费及减免事项",
        value: 0,
        unit: "元",
        approximate: false,
        quote: "2010年,未发生有关政府信息公开的收费及减免事项。",
      },
      {
        metric: "review.total",
        label: "未发生针对因有关政府信息公开事项的行政复议申请(包括信访、举报)、行政诉讼案件的提起和电话投诉",
        value: 0,
        unit: "件",
        approximate: false,
        quote: "2010年度,未发生针对因有关政府信息公开事项的行政复议申请(包括信访、举报)、行政诉讼案件的提起和电话投诉。",
      },
      {
        metric: "litigation.total",
        label: "未发生针对因有关政府信息公开事项的行政复议申请(包括信访、举报)、行政诉讼案件的提起和电话投诉",
        value: 0,
        unit: "件",
        approximate: false,
        quote: "2010年度,未发生针对因有关政府信息公开事项的行政复议申请(包括信访、举报)、行政诉讼案件的提起和电话投诉。",
      },
    ]);
  });

  it("gives no proactive count where the report states none", () => {
    expect(figures.filter((f) => f.metric.startsWith("proactive."))).toEqual([]);
  });
});

describe("extractFigures on the pieces of the 本溪 compilation page", () => {
  const original = seed("002_7ef76fd4a43235be.txt");
  const piece = (n: number, last = false) =>
    extract(original, { from: `报告 篇${n}\n`, to: last ? "上一篇" : `报告 篇${n + 1}\n` }).figures;

  it("reads 本溪市教育局: total, its categories, the mailbox and the zero applications", () => {
    const figures = piece(1);
    const total = onlyFigure(figures, "proactive.total");
    expect(brief(total)).toMatchObject({ label: "主动公开教育信息", value: 656, unit: "条" });
    expect(total.quote).toContain("市教育局累计主动公开教育信息656 条");
    const parts = figures.filter((f) => f.parentKey === total.key);
    expect(parts.map((p) => [p.label, p.value])).toEqual([
      ["政策法规类", 36],
      ["计划规划类", 4],
      ["教育业务类", 616],
    ]);
    expect(onlyFigure(figures, "misc", "局长信箱")).toMatchObject({
      value: 17,
      unit: "件",
      quote: "2010,我局共受理局长信箱17 件,反馈率100%,满意率100%。",
    });
    // A rate after its count is named by it.
    expect(onlyFigure(figures, "misc", "局长信箱的反馈率")).toMatchObject({ value: 100, unit: "%" });
    expect(onlyFigure(figures, "applications.new.total")).toMatchObject({ value: 0, label: "政府信息公开申请" });
    expect(figures.filter((f) => f.metric === "review.total" || f.metric === "litigation.total")).toHaveLength(2);
  });

  it("reads 青原区发改委: 223 items and no applications, fees or cases", () => {
    const figures = piece(2);
    // The overview's 已发布信息223条 and section 二's 主动公开政府信息223条 state one total: the latter keeps it.
    const totals = figures.filter((f) => f.metric === "proactive.total");
    expect(totals.map((f) => f.value)).toEqual([223]);
    expect(totals[0]!.quote).toContain("主动公开政府信息223条");
    expect(figures.find((f) => f.quote.includes("全委已发布信息223条"))).toMatchObject({ metric: "misc", value: 223 });
    expect(onlyFigure(figures, "applications.new.total")).toMatchObject({
      value: 0,
      quote: "由于我委应公开的政府信息基本都已公开,当年无依申请公开政府信息。",
    });
    expect(onlyFigure(figures, "fees.total")).toMatchObject({
      value: 0,
      unit: "元",
      quote: "我委认真按照《条例》规定公开政府信息,没有收取涉及政府信息公开的任何费用。",
    });
    expect(onlyFigure(figures, "review.total").quote).toBe(
      "我委严格按照《条例》规定公开政府信息,没有因政府信息公开申请行政复议、诉讼和申诉的情况发生。",
    );
    expect(onlyFigure(figures, "misc", "其他类别信息在生成后")).toMatchObject({ value: 10, unit: "个工作日" });
  });

  it("reads 宁安市教育局: a total whose breakdown opens the next sentence", () => {
    const figures = piece(3);
    const total = onlyFigure(figures, "proactive.total");
    expect(brief(total)).toMatchObject({ label: "新增主动公开政府信息", value: 1339, quote: expect.stringContaining("新增主动公开政府信息1339条") });
    const dynamic = onlyFigure(figures, "proactive.category", "工作动态信息");
    expect(dynamic).toMatchObject({ value: 1293, parentKey: total.key, quote: "其中,工作动态信息1293条,各类公告通知46条。" });
    expect(onlyFigure(figures, "applications.new.total").quote).toBe("2013年,我局未收到政府信息公开申请。");
    expect(onlyFigure(figures, "fees.total")).toMatchObject({ value: 0, label: "申请信息公开收费" });
    expect(onlyFigure(figures, "review.total").quote).toBe("2013年度未发生针对本部门有关政府信息公开事务的行政复议案;");
    expect(onlyFigure(figures, "litigation.total").quote).toBe("未发生针对本部门有关政府信息公开事务的行政诉讼案;");
  });

  it("reads a section whose whole body is 无 as zero", () => {
    const figures = piece(5);
    expect(onlyFigure(figures, "applications.new.total")).toMatchObject({
      value: 0,
      label: "依申请公开政府信息办理情况",
      quote: "三、依申请公开政府信息办理情况\n\n无。",
    });
    expect(onlyFigure(figures, "fees.total").value).toBe(0);
    expect(onlyFigure(figures, "review.total").value).toBe(0);
    expect(onlyFigure(figures, "litigation.total").value).toBe(0);
  });

  it("reads 永富乡: 51 items with seven categories that add up", () => {
    const figures = piece(7);
    const total = onlyFigure(figures, "proactive.total");
    expect(total).toMatchObject({ value: 51, label: "公开信息", quote: expect.stringContaining("2010年共公开信息51条") });
    expect(figures.filter((f) => f.parentKey === total.key).map((p) => p.value)).toEqual([3, 13, 10, 8, 2, 5, 10]);
  });

  it("reads 长岭镇: a breakdown listed across sentences cut by semicolons", () => {
    const { figures, warnings } = extract(original, { from: "报告 篇10\n", to: "上一篇" });
    const total = onlyFigure(figures, "proactive.total");
    expect(total).toMatchObject({ value: 45, label: "主动公开信息" });
    expect(total.quote).toContain("共主动公开信息45条");
    const dynamic = onlyFigure(figures, "proactive.category", "工作动态类信息");
    expect(dynamic).toMatchObject({ value: 27, parentKey: total.key, quote: "工作动态类信息27条,占总体的比例为53%。" });
    expect(figures.filter((f) => f.parentKey === total.key).map((p) => p.value)).toEqual([2, 7, 9, 27]);
    expect(warnings).toEqual([]);
  });
});

describe("extractFigures on the 龙港区 2012 report", () => {
  const { figures } = extract(seed("003_4ddafd7475420ab8.txt"));

  it("labels website visits, recruitment and consultations with the noun phrase before the number", () => {
    expect(brief(onlyFigure(figures, "misc", "政府门户网站信息访问量"))).toEqual({
      metric: "misc",
      label: "政府门户网站信息访问量",
      value: 114071,
      unit: "人次",
      approximate: false,
      quote: "2012年度政府门户网站信息访问量为114071人次。",
    });
    expect(onlyFigure(figures, "misc", "事业单位公开招聘招考")).toMatchObject({ value: 90, unit: "人" });
    expect(onlyFigure(figures, "misc", "事业单位公开招聘招考").quote).toContain("2012年共举行事业单位公开招聘2次,招考90人");
    expect(onlyFigure(figures, "misc", "群众政策咨询案件")).toMatchObject({ value: 9, unit: "宗" });
  });

  it("marks 余 as approximate", () => {
    expect(onlyFigure(figures, "misc", "群众查询")).toMatchObject({
      value: 1838,
      unit: "人次",
      approximate: true,
      quote: expect.stringContaining("2012年度,全区共接受群众查询1838余人次"),
    });
  });

  it("reads the zero applications and the zero cases", () => {
    expect(onlyFigure(figures, "applications.new.total").quote).toBe("2012年度,全区未收到依申请公开请求。");
    expect(onlyFigure(figures, "review.total").value).toBe(0);
    expect(onlyFigure(figures, "litigation.total").value).toBe(0);
  });

  it("takes no year, date, title or ordinal for a figure", () => {
    const values = figures.map((f) => f.value);
    for (const notAFigure of [2012, 2013, 22, 29, 31, 15]) expect(values).not.toContain(notAFigure);
  });
});

describe("extractFigures on the traditional-script 河务局 2011 report", () => {
  const { figures } = extract(seed("004_09f93f223af1cb12.txt"));

  it("reads 46 條 as 46 条 with its breakdown in the next sentence", () => {
    const total = onlyFigure(figures, "proactive.total");
    expect(brief(total)).toEqual({
      metric: "proactive.total",
      label: "主動公開和更新了各類信息",
      value: 46,
      unit: "条",
      approximate: false,
      quote: "1、2011年我局主動公開和更新了各類信息46條。",
    });
    const deployment = onlyFigure(figures, "proactive.category", "工作部署");
    expect(deployment).toMatchObject({ value: 17, parentKey: total.key });
    expect(deployment.quote).toContain("工作部署17條");
    expect(figures.filter((f) => f.parentKey === total.key).map((f) => f.label)).toEqual([
      "通知公告",
      "領導活動會議講話",
      "工作部署",
      "防汛搶險預案",
      "動態公開",
    ]);
  });

  it("reads the zero fees quoting the traditional sentence", () => {
    expect(onlyFigure(figures, "fees.total")).toMatchObject({
      value: 0,
      unit: "元",
      quote: "我局2011年度無政府信息公開收費(fèi)及減免情況。",
    });
    expect(onlyFigure(figures, "applications.new.total").quote).toBe("我局2011年度無受理信息公開申請。");
  });
});

describe("extractFigures on counts after a prefix word of one or two characters", () => {
  it("reads each count once, from its first digit, and no count inside a code", () => {
    const { figures } = extract("一、总体情况\n本年度主动公开政府信息将近1,200条，其中政策文件超过35条、工作动态约8条；接待群众来访大约二十人次，编号A12条不计。\n", { year: 2021 });
    expect(figures.map((f) => [f.label, f.value, f.unit, f.approximate, f.parentKey])).toEqual([
      ["主动公开政府信息", 1200, "条", true, null],
      ["政策文件", 35, "条", true, "f1"],
      ["工作动态", 8, "条", true, "f1"],
      ["群众来访", 20, "人次", true, null],
    ]);
  });
});
