import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { buildFigureInput } from "./build-figure-input.ts";

function tableFigures(text: string, prefix: string) {
  return extractFigures(buildFigureInput(text))
    .figures.filter((f) => f.metric.startsWith(prefix) && f.metric.endsWith(".total"))
    .map((f) => [f.metric, f.label, f.value]);
}

// A PDF's text layer: labels wrapped in their columns, the numbers on one line of each row.
const APPLICATIONS = [
  "三、收到和处理政府信息公开申请情况",
  "一、本年新收政府信息公开申请数量        21      4      0      0          2          1      28",
  "三、本年度   （一）予以公开              9      2      0      0          1          0      12",
  "办理结果     （二）部分公开（区分处理",
  "             的，只计这一情形，不计       3      0      0      0          0          0       3",
  "             其他情形）",
  "             （三）不予   1.属于国家秘密  0      0      0      0          0          0       0",
  "             公开         4.保护第三方合",
  "                          法权益          1      0      0      0          0          0       1",
  "             （四）无法   1.本机关不掌握",
  "             提供         相关政府信息    5      1      0      0          1          0       7",
  "             （六）其他   1.申请人无正当",
  "             处理         理由逾期不补",
  "                          正、行政机关不",
  "                          再处理其政府信",
  "                          息公开申请      1      0      0      0          0          1       2",
].join("\n");

describe("row labels a PDF wraps over several lines", () => {
  it("joins each label's pieces in its column to the line holding the row's numbers", () => {
    expect(tableFigures(APPLICATIONS, "applications.")).toEqual([
      ["applications.new.total", "本年新收政府信息公开申请数量 · 总计", 28],
      ["applications.granted.total", "予以公开 · 总计", 12],
      ["applications.partly_granted.total", "部分公开 · 总计", 3],
      ["applications.refused.state_secret.total", "不予公开：属于国家秘密 · 总计", 0],
      ["applications.refused.third_party.total", "不予公开：保护第三方合法权益 · 总计", 1],
      ["applications.unable.not_held.total", "无法提供：本机关不掌握相关政府信息 · 总计", 7],
      ["applications.other.no_correction.total", "其他处理：申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 · 总计", 2],
    ]);
  });

  it("quotes a wrapped row from its first piece to its numbers", () => {
    const figure = extractFigures(buildFigureInput(APPLICATIONS)).figures.find((f) => f.metric === "applications.refused.third_party.total")!;
    expect(figure.quote).toBe("4.保护第三方合\n                          法权益          1      0      0      0          0          0       1");
  });

  it("joins no column header or table title to the row under it", () => {
    const art20 = [
      "第二十条第（一）项",
      "信息内容          本年制发件数    本年废止件数    现行有效件数",
      "规章              0               0               0",
      "行政规范性文件    5               2               31",
      "第二十条第（五）项",
      "信息内容          本年处理决定数量",
      "行政许可          2164",
    ].join("\n");
    expect(extractFigures(buildFigureInput(art20)).figures.filter((f) => f.metric.startsWith("art20.")).map((f) => [f.metric, f.value])).toEqual([
      ["art20.regulation.issued", 0],
      ["art20.regulation.repealed", 0],
      ["art20.regulation.in_force", 0],
      ["art20.normative_document.issued", 5],
      ["art20.normative_document.repealed", 2],
      ["art20.normative_document.in_force", 31],
      ["art20.licensing.decisions", 2164],
    ]);
    const rowLabels = extractFigures(buildFigureInput(art20)).figures.filter((f) => f.metric.startsWith("art20.")).map((f) => f.label.split(" · ")[0]);
    expect([...new Set(rowLabels)]).toEqual(["规章", "行政规范性文件", "行政许可"]);
  });

  it("reads the outcome header a PDF wraps as 结果 over 维持", () => {
    const review = [
      "四、政府信息公开行政复议、行政诉讼情况",
      "结果  结果  其他  尚未  总计     结果  结果  其他  尚未  总计     结果  结果  其他  尚未  总计",
      "维持  纠正  结果  审结           维持  纠正  结果  审结           维持  纠正  结果  审结",
      " 1     1     0     0     2        1     0     0     1     2        0     0     0     0     0",
    ].join("\n");
    expect(tableFigures(review, "review").concat(tableFigures(review, "litigation"))).toEqual([
      ["review.total", "行政复议 · 总计", 2],
      ["litigation_direct.total", "行政诉讼（未经复议直接起诉） · 总计", 2],
      ["litigation_after_review.total", "行政诉讼（复议后起诉） · 总计", 0],
    ]);
  });
});
