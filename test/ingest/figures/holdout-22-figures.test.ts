import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { buildFigureInput } from "./build-figure-input.ts";

function figuresOf(text: string, options: { format?: "narrative" | "template2021"; year?: number } = {}) {
  return extractFigures(buildFigureInput(text, options)).figures;
}

const labelled = (text: string): Array<[string, number, string]> => figuresOf(text).map((f) => [f.label, f.value, f.unit]);

// ef-111, ef-114: cells one per line with the blank ones lost, the last the sum of the others.
describe("a table row whose blank cells the page lost", () => {
  const original = [
    "三、收到和处理政府信息公开申请情况",
    "一、本年新收政府信息公开申请数量",
    "",
    "103",
    "",
    "3",
    "",
    "",
    "",
    "1",
    "",
    "",
    "107",
    "二、上年结转政府信息公开申请数量",
    "",
    "8",
    "",
    "0",
    "",
    "0",
    "",
    "8",
  ].join("\n");
  const figures = figuresOf(original, { format: "template2021", year: 2022 });
  const value = (metric: string): number | undefined => figures.find((f) => f.metric === metric)?.value;

  it("reads the last number as the 总计 where it is the sum of the others", () => {
    expect([value("applications.new.natural_person"), value("applications.new.total")]).toEqual([103, 107]);
    expect([value("applications.carried_over.natural_person"), value("applications.carried_over.total")]).toEqual([8, 8]);
  });

  it("leaves a row whose numbers do not add up as written", () => {
    const row = ["三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", "", "5", "", "3", "", "9"].join("\n");
    expect(figuresOf(row, { format: "template2021", year: 2022 }).find((f) => f.metric === "applications.new.total")).toBeUndefined();
  });
});

// eg-130, eg-132, ee-070, ef-126: a share (占总体的比例为32.86%) or a rate (公开率为13%) after a count
// names what the count before it counts.
describe("a share or a rate named by the count before it", () => {
  it("names 占总体的比例 and 占公开信息的 after the category counted", () => {
    expect(labelled("其中通知公告类110条,占总体的比例为39.29%,行政许可类92条,占总体的比例为32.86%。").slice(1)).toEqual([
      ["通知公告类占总体的比例", 39.29, "%"],
      ["行政许可类", 92, "条"],
      ["行政许可类占总体的比例", 32.86, "%"],
    ]);
    expect(labelled("行政权力类信息7条,占公开信息的14%。")[1]).toEqual(["行政权力类信息占公开信息的", 14, "%"]);
  });

  // ed-137: two rates alike, each of its own count.
  it("names a bare rate after its count (政协提案答复主动公开的公开率)", () => {
    expect(labelled("其中,人大建议答复主动公开19件,公开率为11%;政协提案答复主动公开19件,公开率为13%。").filter(([, , u]) => u === "%")).toEqual([
      ["人大建议答复主动公开的公开率", 11, "%"],
      ["政协提案答复主动公开的公开率", 13, "%"],
    ]);
  });
});

// ed-041, ed-061: a count said again for a time of its own (累计4746万人次,其中2009年度1499万人次).
describe("a count restated for a time of its own", () => {
  it("names the later count by its time and the thing, without the first one's time words", () => {
    expect(labelled("截止2009年底,门户网站累计访问量4746万人次,其中2009年度1499万人次。")).toEqual([
      ["门户网站累计访问量", 4746, "万人次"],
      ["2009年度门户网站访问量", 1499, "万人次"],
    ]);
    expect(labelled("信息公开中心日均接待群众咨询7人次,全年1700余人次。")).toEqual([
      ["信息公开中心日均接待群众咨询", 7, "人次"],
      ["全年信息公开中心接待群众咨询", 1700, "人次"],
    ]);
  });
});

// eb-047, eb-049: the noun after one count of a list (17245条信息、) is that count's; applications
// carried from a named year in brackets (含2021年度结转5宗).
describe("counts listed with their nouns after them, and carried applications in brackets", () => {
  it("starts a count's label after the noun of the count before and the list's mark", () => {
    expect(labelled("发布行政执法类17245条信息、行政许可类信息22549条信息。")).toEqual([
      ["行政执法类", 17245, "条"],
      ["行政许可类信息", 22549, "条"],
    ]);
  });

  it("reads 含2021年度结转5宗 as applications carried over", () => {
    const figures = figuresOf("2022年度,接收政府信息公开申请124宗(含2021年度结转5宗)。");
    expect(figures.map((f) => [f.metric, f.value])).toEqual([
      ["applications.new.total", 124],
      ["applications.carried_over.total", 5],
    ]);
  });
});

// ec-153…ec-155: a list of counts parted by single blanks (社会救助 7 条、养老服务 2 条) is prose.
describe("a list of counts spaced out and cut before its end", () => {
  it("reads each count of the list, not a table row", () => {
    const text = "2023 年,示例乡共计公开政府信息 86 条,其中: 建议提案办理结果\n\n1 条、社会救助 7 条、养老服务 2 条、救灾信息 4 条、其它 5 条、计划";
    expect(labelled(text).slice(-4)).toEqual([
      ["社会救助", 7, "条"],
      ["养老服务", 2, "条"],
      ["救灾信息", 4, "条"],
      ["其它", 5, "条"],
    ]);
  });
});

// ef-057: a mirror dropped the measure word after a noun of amount (总数139涉及…).
describe("a count after a noun of amount with its measure word lost", () => {
  it("reads 主动公开政府信息总数139 before the next words", () => {
    expect(labelled("区政府主动公开政府信息总数139涉及重点领域信息公开。")).toEqual([["区政府主动公开政府信息总数", 139, ""]]);
  });
});
