import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParsedFile } from "../../../src/domain/report.ts";
import { parseFile } from "../../../src/ingest/parse-file.ts";

const files = new Map<string, ParsedFile>();
function parsed(name: string): ParsedFile {
  let file = files.get(name);
  if (!file) {
    const bytes = readFileSync(new URL(`../../../data/reports/${name}`, import.meta.url));
    file = parseFile({ bytes, name });
    files.set(name, file);
  }
  return file;
}

interface Expected {
  file: string;
  year: number;
  metric: string;
  value: number;
  unit: string;
  /** Text the figure's quote must contain. */
  quote: string;
  /** The label, where several figures share the quote and the value. */
  label?: string;
  approximate?: boolean;
}

const SEED_2021 = "001_c6179b2d5830f109.txt";
const ZHANGJIAKOU = "000_cf33c6796e68b70b.txt";
const COMPILATION = "002_7ef76fd4a43235be.txt";
const LONGGANG = "003_4ddafd7475420ab8.txt";
const HEWU = "004_09f93f223af1cb12.txt";

// The figures the verified questions over the seeds ask for, with the text that supports each.
const EXPECTED: Expected[] = [
  { file: SEED_2021, year: 2021, metric: "proactive.total", value: 13, unit: "条", quote: "2021年我局共主动公开政府信息13条" },
  {
    file: SEED_2021,
    year: 2021,
    metric: "applications.new.total",
    value: 0,
    unit: "件",
    quote: "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
  },
  { file: SEED_2021, year: 2021, metric: "art20.normative_document.in_force", value: 20, unit: "件", quote: "行政规范性文件 | 0 | 0 | 20" },
  { file: SEED_2021, year: 2021, metric: "proactive.category", value: 2, unit: "条", quote: "政务文件2条", label: "政务文件" },
  {
    file: SEED_2021,
    year: 2021,
    metric: "review.total",
    value: 0,
    unit: "件",
    quote: "0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
  },
  { file: ZHANGJIAKOU, year: 2010, metric: "applications.new.total", value: 0, unit: "件", quote: "2010年,我局未接收到依申请公开政府信息。" },
  {
    file: ZHANGJIAKOU,
    year: 2010,
    metric: "litigation.total",
    value: 0,
    unit: "件",
    quote: "2010年度,未发生针对因有关政府信息公开事项的行政复议申请(包括信访、举报)、行政诉讼案件的提起和电话投诉。",
  },
  { file: COMPILATION, year: 2010, metric: "proactive.total", value: 656, unit: "条", quote: "市教育局累计主动公开教育信息656 条" },
  { file: COMPILATION, year: 2010, metric: "proactive.category", value: 36, unit: "条", quote: "其中政策法规类36条" },
  { file: COMPILATION, year: 2010, metric: "misc", value: 17, unit: "件", quote: "2010,我局共受理局长信箱17 件" },
  { file: COMPILATION, year: 2010, metric: "proactive.total", value: 223, unit: "条", quote: "主动公开政府信息223条" },
  { file: COMPILATION, year: 2010, metric: "applications.new.total", value: 0, unit: "件", quote: "当年无依申请公开政府信息。" },
  { file: COMPILATION, year: 2013, metric: "proactive.total", value: 1339, unit: "条", quote: "新增主动公开政府信息1339条" },
  { file: COMPILATION, year: 2013, metric: "proactive.category", value: 1293, unit: "条", quote: "其中,工作动态信息1293条" },
  { file: COMPILATION, year: 2010, metric: "proactive.total", value: 51, unit: "条", quote: "2010年共公开信息51条" },
  { file: COMPILATION, year: 2009, metric: "proactive.total", value: 45, unit: "条", quote: "共主动公开信息45条" },
  { file: COMPILATION, year: 2009, metric: "proactive.category", value: 27, unit: "条", quote: "工作动态类信息27条" },
  { file: LONGGANG, year: 2012, metric: "misc", value: 114071, unit: "人次", quote: "2012年度政府门户网站信息访问量为114071人次" },
  { file: LONGGANG, year: 2012, metric: "misc", value: 90, unit: "人", quote: "2012年共举行事业单位公开招聘2次,招考90人" },
  { file: LONGGANG, year: 2012, metric: "misc", value: 9, unit: "宗", quote: "今年共受理群众政策咨询案件9宗" },
  { file: LONGGANG, year: 2012, metric: "applications.new.total", value: 0, unit: "件", quote: "2012年度,全区未收到依申请公开请求。" },
  {
    file: LONGGANG,
    year: 2012,
    metric: "misc",
    value: 1838,
    unit: "人次",
    quote: "2012年度,全区共接受群众查询1838余人次",
    approximate: true,
  },
  { file: HEWU, year: 2011, metric: "proactive.total", value: 46, unit: "条", quote: "2011年我局主動公開和更新了各類信息46條" },
  { file: HEWU, year: 2011, metric: "proactive.category", value: 17, unit: "条", quote: "工作部署17條" },
  { file: HEWU, year: 2011, metric: "fees.total", value: 0, unit: "元", quote: "我局2011年度無政府信息公開收費(fèi)及減免情況。" },
];

describe("figures of the seed reports through parseFile", () => {
  for (const e of EXPECTED) {
    it(`gives ${e.metric} = ${e.value}${e.unit} quoting “${e.quote}” (${e.file}, ${e.year})`, () => {
      const reports = parsed(e.file).reports.filter((r) => r.year === e.year);
      const matches = reports.flatMap((r) =>
        r.figures.filter(
          (f) =>
            f.metric === e.metric &&
            f.value === e.value &&
            f.quote.includes(e.quote) &&
            (e.label === undefined || f.label === e.label),
        ),
      );
      expect(matches).toHaveLength(1);
      expect(matches[0]!.unit).toBe(e.unit);
      expect(matches[0]!.approximate).toBe(e.approximate ?? false);
    });
  }

  it("quotes every figure of every seed verbatim and raises no warning on them", () => {
    for (const name of [SEED_2021, ZHANGJIAKOU, COMPILATION, LONGGANG, HEWU]) {
      const file = parsed(name);
      for (const report of file.reports) {
        for (const f of report.figures) {
          expect(file.original.slice(f.start, f.end)).toBe(f.quote);
          expect(f.sectionIndex).toBeLessThan(report.sections.length);
          expect(f.start >= report.start && f.end <= report.end).toBe(true);
        }
        expect(report.warnings).toEqual([]);
      }
    }
  });

  it("gives the 张家口 report no proactive count, which it does not state", () => {
    const [report] = parsed(ZHANGJIAKOU).reports;
    expect(report!.figures.filter((f) => f.metric.startsWith("proactive."))).toEqual([]);
  });
});
