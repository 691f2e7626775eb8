import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParsedFigure } from "../../../src/domain/report.ts";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { parseFile } from "../../../src/ingest/parse-file.ts";
import { buildFigureInput, onlyFigure } from "./build-figure-input.ts";

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/figures/${name}`, import.meta.url), "utf8");
}

function values(figures: ParsedFigure[], prefix: string): Record<string, number> {
  return Object.fromEntries(figures.filter((f) => f.metric.startsWith(prefix)).map((f) => [f.metric, f.value]));
}

describe("extractFigures on a 2019 trial-format report with pipe rows", () => {
  const original = fixture("template2019-pipe.txt");
  const { figures, warnings } = extractFigures(buildFigureInput(original, { format: "template2019", year: 2019 }));

  it("reads the 2019 第二十条 columns, signed changes and the procurement amount", () => {
    expect(values(figures, "art20.")).toEqual({
      "art20.regulation.made": 0,
      "art20.regulation.published": 0,
      "art20.regulation.total_published": 0,
      "art20.normative_document.made": 3,
      "art20.normative_document.published": 3,
      "art20.normative_document.total_published": 27,
      "art20.licensing.prior_count": 12,
      "art20.licensing.change": -2,
      "art20.licensing.decisions": 356,
      "art20.other_services.prior_count": 4,
      "art20.other_services.change": 0,
      "art20.other_services.decisions": 88,
      "art20.punishment.prior_count": 25,
      "art20.punishment.change": 3,
      "art20.punishment.decisions": 41,
      "art20.enforcement.prior_count": 2,
      "art20.enforcement.change": 0,
      "art20.enforcement.decisions": 0,
      "art20.fees.prior_count": 1,
      "art20.fees.change": 0,
      "art20.procurement.procurement_count": 6,
      "art20.procurement.procurement_amount": 128.5,
    });
    expect(onlyFigure(figures, "art20.procurement.procurement_amount")).toMatchObject({
      unit: "万元",
      label: "政府集中采购 · 采购总金额",
      quote: "政府集中采购 | 6 | 128.5",
    });
    expect(onlyFigure(figures, "art20.licensing.decisions").unit).toBe("件");
  });

  it("reads （六）其他处理 as one row and the totals that balance", () => {
    expect(values(figures, "applications.other.")).toEqual({
      "applications.other.natural_person": 1,
      "applications.other.commercial": 0,
      "applications.other.research": 0,
      "applications.other.public_interest": 0,
      "applications.other.legal_service": 0,
      "applications.other.other_org": 0,
      "applications.other.total": 1,
    });
    expect(onlyFigure(figures, "applications.new.total")).toMatchObject({
      value: 13,
      quote: "一、本年新收政府信息公开申请数量 | 10 | 2 | 0 | 0 | 1 | 0 | 13",
    });
    expect(onlyFigure(figures, "applications.results_total.total").value).toBe(13);
    expect(onlyFigure(figures, "applications.carried_forward.legal_service").value).toBe(1);
    expect(warnings).toEqual([]);
  });

  it("reads the reconsideration and litigation cells in template order", () => {
    expect(values(figures, "review.")).toEqual({
      "review.maintained": 1,
      "review.corrected": 0,
      "review.other": 0,
      "review.pending": 0,
      "review.total": 1,
    });
    expect(onlyFigure(figures, "litigation_direct.pending").value).toBe(1);
    expect(onlyFigure(figures, "litigation_after_review.total").value).toBe(0);
  });

  it("reads Chinese numerals in the overview", () => {
    expect(onlyFigure(figures, "proactive.total")).toMatchObject({ value: 1300, unit: "条", approximate: true });
    expect(onlyFigure(figures, "misc", "人大代表建议和政协提案")).toMatchObject({ value: 23, unit: "件" });
  });
});

describe("extractFigures on an HTML-derived table (cut header, merged cells, empty and dashed cells)", () => {
  const original = fixture("html-derived-2021.txt");
  const { figures, warnings } = extractFigures(buildFigureInput(original, { format: "template2021", year: 2021 }));

  it("gives no figure for a dashed or empty cell and keeps the other cells in place", () => {
    expect(figures.filter((f) => f.metric.startsWith("art20.regulation."))).toEqual([]);
    expect(figures.filter((f) => f.metric.startsWith("art20.enforcement."))).toEqual([]);
    expect(values(figures, "applications.carried_over.")).toEqual({
      "applications.carried_over.natural_person": 2,
      "applications.carried_over.total": 2,
    });
    expect(onlyFigure(figures, "art20.fees.amount")).toMatchObject({ value: 3.6, unit: "万元" });
  });

  it("reads the 2021 sub-rows of （六）其他处理", () => {
    expect(onlyFigure(figures, "applications.other.no_correction.total")).toMatchObject({
      value: 1,
      label: "其他处理：申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 · 总计",
    });
    expect(onlyFigure(figures, "applications.other.other.total").value).toBe(0);
    expect(figures.filter((f) => f.metric === "applications.other.total")).toEqual([]);
  });

  it("reads the reconsideration row after a three-line header with trailing empty cells", () => {
    expect(onlyFigure(figures, "review.total").value).toBe(2);
    expect(onlyFigure(figures, "litigation_direct.corrected").value).toBe(1);
    expect(warnings).toEqual([]);
  });
});

describe("extractFigures on a table laid out one cell per line", () => {
  const original = fixture("cell-per-line-2021.txt");
  const input = buildFigureInput(original, { format: "template2021", year: 2021 });
  const { figures, warnings } = extractFigures(input);

  it("reads each row from its label and the value lines below it", () => {
    const granted = onlyFigure(figures, "applications.granted.total");
    expect(granted).toMatchObject({ value: 18, label: "予以公开 · 总计" });
    expect(granted.quote).toBe("(一)予以公开\n15\n2\n0\n0\n0\n1\n18");
    expect(onlyFigure(figures, "applications.carried_over.total").value).toBe(2);
    expect(onlyFigure(figures, "art20.normative_document.in_force")).toMatchObject({
      value: 15,
      quote: "行政规范性文件\n2\n1\n15",
    });
  });

  it("finds the same cells as the piped layout of the same table", () => {
    const piped = extractFigures(buildFigureInput(fixture("html-derived-2021.txt"), { format: "template2021" }));
    const strip = (list: ParsedFigure[]) => list.map((f) => [f.metric, f.value, f.label, f.unit]);
    expect(strip(figures)).toEqual(strip(piped.figures));
    expect(warnings).toEqual([]);
  });

  it("quotes every figure verbatim", () => {
    for (const f of figures) expect(original.slice(f.start, f.end)).toBe(f.quote);
  });
});

describe("extractFigures checks (勾稽关系)", () => {
  const original = fixture("balance-failure-2021.txt");
  const { figures, warnings } = extractFigures(buildFigureInput(original, { format: "template2021", year: 2021 }));
  const keyOf = (metric: string) => onlyFigure(figures, metric).key;

  it("warns when 一 + 二 differs from （七）总计 + 四 in a column", () => {
    const balance = warnings.filter((w) => w.code === "applications.balance");
    expect(balance.map((w) => w.message)).toEqual([
      "申请情况表“自然人”列：一、本年新收(3)与二、上年结转(0)之和，不等于（七）总计(2)与四、结转下年度(0)之和",
      "申请情况表“总计”列：一、本年新收(5)与二、上年结转(0)之和，不等于（七）总计(3)与四、结转下年度(0)之和",
    ]);
    expect(balance[0]!.figureKeys).toEqual([
      keyOf("applications.new.natural_person"),
      keyOf("applications.carried_over.natural_person"),
      keyOf("applications.results_total.natural_person"),
      keyOf("applications.carried_forward.natural_person"),
    ]);
  });

  it("warns when a row's 总计 is not the sum of the applicant columns", () => {
    const rowTotals = warnings.filter((w) => w.code === "applications.row_total");
    expect(rowTotals.map((w) => w.message)).toEqual([
      "申请情况表“本年新收政府信息公开申请数量”行：总计(5) 不等于自然人与各类法人或其他组织之和",
    ]);
  });

  it("warns when a group differs from its sub-rows and （七）总计 from （一）…（六）", () => {
    expect(warnings.filter((w) => w.code === "applications.group_sum").map((w) => w.message)).toEqual([
      "申请情况表“自然人”列：（三）不予公开(2) 不等于其各分项之和",
      "申请情况表“总计”列：（三）不予公开(2) 不等于其各分项之和",
    ]);
    expect(warnings.filter((w) => w.code === "applications.results_total").map((w) => w.message)).toEqual([
      "申请情况表“自然人”列：（七）总计(2) 不等于（一）至（六）之和",
      "申请情况表“总计”列：（七）总计(3) 不等于（一）至（六）之和",
    ]);
  });

  it("warns when a reconsideration block's 总计 is not the sum of its outcomes", () => {
    const review = warnings.filter((w) => w.code === "review.block_total");
    expect(review.map((w) => w.message)).toEqual(["行政复议：总计(2) 不等于结果维持、结果纠正、其他结果、尚未审结之和"]);
    expect(review[0]!.figureKeys[0]).toBe(keyOf("review.total"));
  });

  it("warns when the parts of a stated total exceed it", () => {
    const parts = warnings.filter((w) => w.code === "narrative.parts_exceed_total");
    expect(parts.map((w) => w.message)).toEqual([
      "“主动公开政府信息20条”的分项之和超过总数：政策文件12条、工作动态10条",
    ]);
    expect(parts[0]!.figureKeys).toEqual([
      keyOf("proactive.total"),
      onlyFigure(figures, "proactive.category", "政策文件").key,
      onlyFigure(figures, "proactive.category", "工作动态").key,
    ]);
    expect(warnings).toHaveLength(9);
  });
});

// Real pages shorten and vary the 第二十条 headers (page-047 of the real set writes 现行有效件).
describe("extractFigures on 第二十条 headers written short", () => {
  const original = [
    "二、主动公开政府信息情况",
    "第二十条第(一)项",
    "信息内容",
    "本年新制发件数",
    "本年废止件数",
    "现行有效件",
    "规章",
    "0",
    "1",
    "3",
    "行政规范性文件",
    "4",
    "0",
    "7",
  ].join("\n");
  const { figures } = extractFigures(buildFigureInput(original, { format: "template2021", year: 2025 }));

  it("reads each column from its shortened header", () => {
    expect(values(figures, "art20.")).toEqual({
      "art20.regulation.issued": 0,
      "art20.regulation.repealed": 1,
      "art20.regulation.in_force": 3,
      "art20.normative_document.issued": 4,
      "art20.normative_document.repealed": 0,
      "art20.normative_document.in_force": 7,
    });
  });
});

// h008-06, h009-08 (holdout): a page cut the 2019 headers to 本年新 | 本年新; the template names the
// columns the cut headers stand for, and the header the page kept still has to agree with it.
describe("extractFigures on 2019 第二十条 headers cut short", () => {
  const piped = [
    "二、主动公开政府信息情况",
    "第二十条第(一)项 | ||||",
    "信息内容 | 本年新 | 本年新 | 对外公开总数量 | |",
    "规章 | 0 | 0 | 2 | |",
    "规范性文件 | 4 | 3 | 9 | |",
  ].join("\n");
  const perLine = ["二、主动公开政府信息情况", "第二十条第(一)项 |", "信息内容 |", "本年新 |", "本年新 |", "对外公开总数量 |", "||", "规范性文件 |", "4 |", "3 |", "9 |", "||"].join("\n");
  const expected = {
    "art20.normative_document.made": 4,
    "art20.normative_document.published": 3,
    "art20.normative_document.total_published": 9,
  };

  it("reads the cut columns by the template's position, in pipe rows and one cell per line", () => {
    const fromPiped = values(extractFigures(buildFigureInput(piped, { format: "template2019", year: 2019 })).figures, "art20.normative_document.");
    expect(fromPiped).toEqual(expected);
    const fromLines = values(extractFigures(buildFigureInput(perLine, { format: "template2019", year: 2019 })).figures, "art20.");
    expect(fromLines).toEqual(expected);
  });

  it("reads no cut column where the header's readable names disagree with the template's places", () => {
    const shuffled = piped.replace("本年新 | 本年新 | 对外公开总数量", "对外公开总数量 | 本年新 | 本年新");
    expect(values(extractFigures(buildFigureInput(shuffled, { format: "template2019", year: 2019 })).figures, "art20.normative_document.")).toEqual({
      "art20.normative_document.total_published": 4,
    });
  });
});

describe("parseFile on a table laid out one cell per line with dashed cells", () => {
  const parse = (name: string) =>
    parseFile({ bytes: readFileSync(new URL(`../../fixtures/figures/${name}`, import.meta.url)), name }).reports[0]!.figures;

  // A lone dash line is an empty cell, not page debris: dropping it moved the 总计 of 上年结转 into 商业企业.
  it("keeps each cell in its column, as the piped layout of the same table does", () => {
    expect(values(parse("cell-per-line-2021.txt"), "applications.carried_over.")).toEqual({
      "applications.carried_over.natural_person": 2,
      "applications.carried_over.total": 2,
    });
    const strip = (list: ParsedFigure[]) => list.filter((f) => f.metric.includes(".")).map((f) => [f.metric, f.value]);
    expect(strip(parse("cell-per-line-2021.txt"))).toEqual(strip(parse("html-derived-2021.txt")));
  });
});

// h012-02, h012-03 (holdout): each cell a line closed by "|", a blank cell a line of a lone "|".
describe("parseFile on a table whose cells are lines closed by |", () => {
  const page = [
    "示例区示例办公室2022年政府信息公开工作年度报告",
    "三、收到和处理政府信息公开申请情况",
    "申请人情况 |",
    "一、本年新收政府信息公开申请数量 |",
    "9 |",
    "|",
    "|",
    "|",
    "|",
    "|",
    "9 |",
    "||",
    "二、上年结转政府信息公开申请数量 |",
    "|",
    "2 |",
    "|",
    "|",
    "|",
    "|",
    "2 |",
    "||",
    "三、本年度办理结果 |",
    "(一)予以公开 |",
    "7 |",
    "|",
    "|",
    "|",
    "|",
    "|",
    "|",
    "|",
    "四、结转下年度继续办理 |",
    "1 |",
  ].join("\n");
  const figures = parseFile({ bytes: new TextEncoder().encode(page), name: "page.txt" }).reports[0]!.figures;

  it("keeps a lone | as a blank cell in its column", () => {
    expect(values(figures, "applications.new.")).toEqual({ "applications.new.natural_person": 9, "applications.new.total": 9 });
    expect(values(figures, "applications.carried_over.")).toEqual({
      "applications.carried_over.commercial": 2,
      "applications.carried_over.total": 2,
    });
  });

  // h012-02, h027-01 (holdout): one stated cell is its row's total when the row leaves 总计 blank.
  it("reads a row's one stated cell as its total where 总计 is blank", () => {
    expect(values(figures, "applications.granted.")).toEqual({
      "applications.granted.natural_person": 7,
      "applications.granted.total": 7,
    });
    expect(onlyFigure(figures, "applications.granted.total").quote).toBe("(一)予以公开 |\n7 |");
  });
});

// h027-01 (holdout): blank lines between cells carry no place; a row of one number after them.
describe("extractFigures on a row whose one number follows blank lines", () => {
  const original = [
    "三、收到和处理政府信息公开申请情况",
    "一、本年新收政府信息公开申请数量",
    "",
    "",
    "",
    "",
    " 0",
    "二、上年结转政府信息公开申请数量",
    "",
    "",
    " 3",
  ].join("\n");
  const { figures } = extractFigures(buildFigureInput(original, { format: "template2021", year: 2020 }));

  it("reads that number as the row's total", () => {
    expect(onlyFigure(figures, "applications.new.total").value).toBe(0);
    expect(onlyFigure(figures, "applications.carried_over.total").value).toBe(3);
  });
});

// h12 pages of a provincial capital's bureau (h12-218…h12-228): the province's variant of the 2019
// template writes a note in brackets after each row label, some longer than any label.
describe("row labels of the 第二十条 table with a note on what they count", () => {
  const page = [
    "二、主动公开政府信息情况",
    "第二十条第(一)项 | |||||",
    "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 | ||",
    "规章(设区的市、自治州人民政府应提供相关数据) | 0 | 0 | 0 | ||",
    "规范性文件(行政机关制定发布的决定、公告、通告、意见、通知,以及标题采用“规定”“办法”“细则”“规范”等字样的公文,一般情况下属于规范性文件) | 2 | 2 | 19 | ||",
    "第二十条第(五)项 | |||||",
    "信息内容 | 上一年项目数量(指2019年事项数) | 本年增/减(指2020年增加或减少的事项数) | 处理决定数量 | ||",
    "其他对外管理服务事项(指行政许可以外的政务服务事项,含行政确认、行政奖励) | 10 | 2 | 165 | ||",
  ].join("\n");

  it("reads each row by the label before its note", () => {
    const { figures } = extractFigures(buildFigureInput(page, { format: "template2019", year: 2020 }));
    expect(values(figures, "art20.")).toEqual({
      "art20.regulation.made": 0,
      "art20.regulation.published": 0,
      "art20.regulation.total_published": 0,
      "art20.normative_document.made": 2,
      "art20.normative_document.published": 2,
      "art20.normative_document.total_published": 19,
      "art20.other_services.prior_count": 10,
      "art20.other_services.change": 2,
      "art20.other_services.decisions": 165,
    });
  });
});

// Holdout d-058: a page adds a row of its own (其他主动公开文件) under the template's 第二十条 rows.
describe("extractFigures on a 第二十条 row the template does not have", () => {
  it("reads it with the header's columns as figures no template key names, and no row after another table's", () => {
    const text = [
      "二、行政机关主动公开政府信息情况",
      "| 第二十条第(一)项 |",
      "| 信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |",
      "| 规章 | 2 | 2 | 3 |",
      "| 规范性文件 | 11 | 11 | 119 |",
      "| 其他主动公开文件 | 56 | 45",
      "三、收到和处理政府信息公开申请情况",
      "| 本年度合计 | 7 | 8 |",
    ].join("\n");
    const { figures } = extractFigures(buildFigureInput(text, { format: "template2021", year: 2020 }));
    expect(figures.filter((f) => f.metric === "misc" && f.label.includes(" · ")).map((f) => [f.label, f.value, f.unit])).toEqual([
      ["其他主动公开文件 · 本年新 制作数量", 56, "件"],
      ["其他主动公开文件 · 本年新 公开数量", 45, "件"],
    ]);
  });
});

// Made-up page. Holdout ad-020…ad-023, ad-148, ad-149: a 第二十条 table that counts items beside
// decisions, writes the measure word in the cell, and a note written as sentences in one cell.
describe("extractFigures on a 第二十条 table with items, units in cells and a note in a cell", () => {
  const text = [
    "二、主动公开政府信息情况",
    "第二十条第(五)项 | ||||",
    "信息内容 | 项目数量 | 处理决定数量 | ||",
    "行政许可 | 4 | 142 | ||",
    "其他对外管理服务事项 | 3 | 其中救助资金给付项目全年救助1378户3169人次,共发放救灾资金及款物总计104万元。 | ||",
    "第二十条第(六)项 | ||||",
    "信息内容 | 处理决定数量 | |||",
    "行政处罚 | 201件 | |||",
    "行政强制 | 6项 | |||",
  ].join("\n");
  const { figures } = extractFigures(buildFigureInput(text, { format: "template2021", year: 2020 }));

  it("reads the items column by its header and each count with its measure word", () => {
    expect(figures.filter((f) => f.metric.startsWith("art20.")).map((f) => [f.metric, f.value, f.unit])).toEqual([
      ["art20.licensing.items", 4, "项"],
      ["art20.licensing.decisions", 142, "件"],
      ["art20.other_services.items", 3, "项"],
      ["art20.punishment.decisions", 201, "件"],
      ["art20.enforcement.decisions", 6, "项"],
    ]);
  });

  it("reads the sentences of a cell as prose", () => {
    expect(figures.filter((f) => f.metric === "misc").map((f) => [f.value, f.unit])).toEqual([
      [1378, "户"],
      [3169, "人次"],
      [104, "万元"],
    ]);
  });
});
