import { describe, expect, it } from "vitest";
import { cellValue, readRowValues, tableLines } from "../../../src/ingest/figures/table-lines.ts";
import { normalize } from "../../../src/text/normalized-text.ts";

function row(text: string, label: string) {
  const lines = tableLines(text, 0, text.length);
  const li = lines.findIndex((l) => l.cells.some((c) => c.text === label));
  const ci = lines[li]!.cells.findIndex((c) => c.text === label);
  return readRowValues(lines, li, ci, 7).values.map((v) => (v === null ? null : v.value));
}

describe("table lines", () => {
  it("splits cells at tabs as at pipes, leaving indenting tabs out", () => {
    const lines = tableLines("\t行政许可\t3608\n规章 | 0 | 0 | 0", 0, 25);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([["行政许可", "3608"], ["规章", "0", "0", "0"]]);
    expect(cellValue(lines[0]!.cells[1]!)).toMatchObject({ value: 3608 });
  });

  it("skips the blank cells a merged row label leaves before the values", () => {
    expect(row("一、本年新收政府信息公开申请数量 | | | 8 | 1 | 0 | 0 | 0 | 0 | 9", "一、本年新收政府信息公开申请数量")).toEqual([8, 1, 0, 0, 0, 0, 9]);
  });

  it("keeps a blank cell in a row that has no more cells than values", () => {
    expect(row("二、上年结转政府信息公开申请数量 | | 1 | 0 | 0 | 0 | 0 | 1", "二、上年结转政府信息公开申请数量")).toEqual([null, 1, 0, 0, 0, 0, 1]);
  });

  it("reads a markdown row without the empty cells its outer pipes leave, and skips the rule under its header", () => {
    const text = "| 行政复议 | | |\n|---|---|---|\n| 1 | 0 | 2 |";
    expect(tableLines(text, 0, text.length).map((l) => l.cells.map((c) => c.text))).toEqual([["行政复议", "", ""], ["1", "0", "2"]]);
  });

  it("splits a row pasted from a PDF at runs of blanks, but not prose with a stray double blank", () => {
    const text = "行政处罚    12\n结果维持    结果纠正    其他结果\n全年主动公开信息  352条\n时间:2016-03-18 09:12  作者:本局";
    expect(tableLines(text, 0, text.length).map((l) => l.cells.map((c) => c.text))).toEqual([
      ["行政处罚", "12"],
      ["结果维持", "结果纠正", "其他结果"],
      ["全年主动公开信息  352条"],
      ["时间:2016-03-18 09:12  作者:本局"],
    ]);
  });

  it("cuts a row whose cells were parted by full-width spaces at single blanks between numbers and between numbered labels", () => {
    // Full-width spaces fold to one blank each in the normalized text tables are read from.
    const { text } = normalize("（三）不予公开　1.属于国家秘密　　0　1　0　0　12　0　13\n行政处罚　　2 435\n三、本年度办理结果　（一）予以公开　　8　2");
    expect(tableLines(text, 0, text.length).map((l) => l.cells.map((c) => c.text))).toEqual([
      ["(三)不予公开", "1.属于国家秘密", "0", "1", "0", "0", "12", "0", "13"],
      ["行政处罚", "2 435"],
      ["三、本年度办理结果", "(一)予以公开", "8", "2"],
    ]);
  });
});
