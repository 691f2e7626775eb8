import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ParsedFile } from "../../src/domain/report.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";

const SEEDS = join(import.meta.dirname, "../../data/reports");

function parseSeed(prefix: string): ParsedFile {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"))!;
  return parseFile({ bytes: readFileSync(join(SEEDS, name)), name });
}

function summary(file: ParsedFile) {
  return file.reports.map((r) => ({ agency: r.agencyNormalized, year: r.year, format: r.format, anonymized: r.anonymized }));
}

describe("parseFile over the seed reports", () => {
  it("reads the 张家口 2010 narrative report with its 索引号 and signature", () => {
    const file = parseSeed("000_");
    expect(file.encoding).toBe("utf-8");
    expect(summary(file)).toEqual([{ agency: "张家口市科学技术和地震局", year: 2010, format: "narrative", anonymized: false }]);
    const [report] = file.reports;
    expect(report!.title).toBe("张家口市科学技术和地震局2010年政府信息公开年度报告");
    expect(report!.indexNumber).toBe("000472016/2011-01042");
    expect(report!.region).toEqual({ province: "河北省", city: "张家口市", county: null, township: null });
    expect(report!.level).toBe("city");
    expect(report!.sections.map((s) => s.kind)).toEqual([
      "preamble", "overview", "proactive", "applications", "fees", "review_litigation", "problems",
    ]);
  });

  it("reads the 凉州区 2021 report: agency from 发布机构, the 2021 template, six canonical sections", () => {
    const [report] = parseSeed("001_").reports;
    expect(report!.agency).toBe("凉州区科学技术局");
    expect(report!.agencyNormalized).toBe("凉州区科学技术局");
    expect(report!.year).toBe(2021);
    expect(report!.format).toBe("template2021");
    expect(report!.indexNumber).toBe("11620602013932130J/2022-08111");
    expect(report!.level).toBe("county");
    expect(report!.sections.map((s) => [s.kind, s.heading])).toEqual([
      ["preamble", ""],
      ["overview", "一、总体情况"],
      ["proactive", "二、主动公开政府信息情况"],
      ["applications", "三、政府信息依申请公开办理情况"],
      ["review_litigation", "四、因政府信息公开申请行政复议、提起行政诉讼的情况"],
      ["problems", "五、政府信息公开工作存在的主要问题及改进措施"],
      ["other", "六、其他需要报告的事项"],
    ]);
  });

  it("splits the compilation page into its ten reports, each with the agency and year it states", () => {
    const file = parseSeed("002_");
    expect(summary(file)).toEqual([
      { agency: "本溪市教育局", year: 2010, format: "narrative", anonymized: false },
      { agency: "青原区发展和改革委员会", year: 2010, format: "narrative", anonymized: false },
      { agency: "宁安市教育局", year: 2013, format: "narrative", anonymized: false },
      { agency: "海口市人民政府", year: null, format: "narrative", anonymized: false },
      { agency: "**乡", year: 2010, format: "narrative", anonymized: true },
      { agency: "XX镇", year: 2011, format: "narrative", anonymized: true },
      { agency: "永富乡人民政府", year: 2010, format: "narrative", anonymized: false },
      { agency: "XX镇", year: 2011, format: "narrative", anonymized: true },
      { agency: "安乐乡人民政府", year: 2011, format: "narrative", anonymized: false },
      { agency: "长岭镇人民政府", year: 2009, format: "narrative", anonymized: false },
    ]);
    expect(file.reports.map((r) => r.pieceIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(file.reports.map((r) => r.agency)).toEqual([
      "本溪市教育局", "青原区发改委", "教育局", "海口市人民政府", "**乡", "XX镇", "永富乡人民政府", "XX镇", "安乐乡", "长岭镇",
    ]);
  });

  it("does not give compilation pieces the page title of another agency", () => {
    const file = parseSeed("002_");
    expect(file.reports[6]!.title).toBe("永富乡人民政府2010年政府信息公开工作年度报告");
    expect(file.reports[2]!.title).toBe("教育局政府信息公开工作年度报告");
    for (const r of file.reports.slice(1)) expect(r.title).not.toContain("本溪市");
  });

  it("keeps the reports of a compilation page in page order without overlap", () => {
    const reports = parseSeed("002_").reports;
    for (let i = 1; i < reports.length; i++) expect(reports[i]!.start).toBeGreaterThanOrEqual(reports[i - 1]!.end);
  });

  it("reads the 龙港区 report with gambling spam removed from its title and text", () => {
    const file = parseSeed("003_");
    expect(summary(file)).toEqual([{ agency: "龙港区人民政府", year: 2012, format: "narrative", anonymized: false }]);
    const [report] = file.reports;
    expect(report!.title).toBe("龙港区2012年政府信息公开工作年度报告");
    expect(report!.published).toBe("2013-03-22");
    expect(report!.region.province).toBe("辽宁省");
    expect(report!.region.county).toBe("龙港区");
    for (const p of report!.passages) expect(p.text).not.toMatch(/bet|体育投注|官方授权|分享到|责任编辑/);
  });

  it("reads the traditional-script 河务局 report as 黄河河务局 of 2011, not of its 2022 posting date", () => {
    const [report] = parseSeed("004_").reports;
    expect(report!.title).toBe("河務局信息公開工作匯報");
    expect(report!.agency).toBe("黃河河務局");
    expect(report!.agencyNormalized).toBe("黄河河务局");
    expect(report!.year).toBe(2011);
    expect(report!.published).toBeNull();
    expect(report!.passages.some((p) => p.text.startsWith("1、2011年我局主動公開和更新了各類信息46條"))).toBe(true);
  });

  it("quotes every passage and section verbatim from the original", () => {
    for (const prefix of ["000_", "001_", "002_", "003_", "004_"]) {
      const file = parseSeed(prefix);
      for (const report of file.reports) {
        for (const p of report.passages) {
          expect(file.original.slice(p.start, p.end)).toBe(p.text);
          // The limit counts the matching text, without pinyin glued after characters: 務(wù).
          expect(p.text.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, "").length).toBeLessThanOrEqual(300);
          expect(report.sections[p.sectionIndex]).toBeDefined();
        }
        for (const s of report.sections) {
          if (s.heading) expect(file.original.slice(s.start, s.end).startsWith(s.heading)).toBe(true);
        }
      }
    }
  });

  it("makes each table row of the 2021 template one passage", () => {
    const [report] = parseSeed("001_").reports;
    const texts = report!.passages.map((p) => p.text);
    expect(texts).toContain("行政规范性文件 | 0 | 0 | 20 | |");
    expect(texts).toContain("一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||");
  });

  it("leaves navigation, share widgets and page furniture out of the passages", () => {
    const texts = ["000_", "001_", "002_", "003_"].flatMap((p) => parseSeed(p).reports.flatMap((r) => r.passages.map((x) => x.text)));
    for (const t of texts) expect(t).not.toMatch(/^(当前位置|扫一扫|分享到|上一篇|责任编辑)|版权声明|我要投稿/);
  });
});
