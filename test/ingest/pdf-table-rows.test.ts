import { describe, expect, it } from "vitest";
import { joinWrappedRows, type PdfLine } from "../../src/ingest/pdf-table-rows.ts";

/** A line at baseline `y` (10-point text): each cell as `[x0, text]`, 10 points per character wide. */
function line(y: number, ...cells: Array<[number, string]>): PdfLine {
  return { y, size: 10, cells: cells.map(([x0, text]) => ({ x0, x1: x0 + 10 * text.length, text })) };
}

const figures = (y: number, ...values: number[]): Array<[number, string]> => values.map((v, i): [number, string] => [200 + 40 * i, String(v)]);
const texts = (lines: PdfLine[]) => lines.map((l) => l.cells.map((c) => c.text).join(" | "));

describe("joinWrappedRows", () => {
  it("puts a label wrapped around figures centred in its row back on the figures' line", () => {
    const page = [
      line(500, [40, "一、本年新收政府信"]),
      line(494, ...figures(494, 9, 3, 12)),
      line(488, [40, "息公开申请数量"]),
      line(476, [40, "二、上年结转政府信"]),
      line(470, ...figures(470, 1, 0, 1)),
      line(464, [40, "息公开申请数量"]),
    ];
    expect(texts(joinWrappedRows(page))).toEqual([
      "一、本年新收政府信息公开申请数量 | 9 | 3 | 12",
      "二、上年结转政府信息公开申请数量 | 1 | 0 | 1",
    ]);
  });

  it("joins the middle line of a three-line label that shares the figures' baseline", () => {
    const page = [
      line(500, [40, "（二）部分公开（区"]),
      line(488, [40, "分处理的，只计这一"], ...figures(488, 2, 0, 2)),
      line(476, [40, "情形）"]),
      line(462, [40, "四、结转下年度继续"], ...figures(462, 1, 1, 2)),
      line(450, [40, "办理"]),
    ];
    expect(texts(joinWrappedRows(page))).toEqual(["（二）部分公开（区分处理的，只计这一情形） | 2 | 0 | 2", "四、结转下年度继续办理 | 1 | 1 | 2"]);
  });

  it("keeps headings, prose and unwrapped rows as they are", () => {
    const page = [
      line(520, [40, "三、收到和处理政府信息公开申请情况，本年度共收到申请如下表所列"]),
      line(500, [40, "一、本年新收"], ...figures(500, 9, 3, 12)),
      line(482, [40, "（三）不予公开"], [130, "1.属于国家秘密"], ...figures(482, 0, 0, 0)),
      line(440, [40, "本年度未收取信息处理费，今后将继续做好依申请公开工作，及时答复申请人"]),
    ];
    expect(texts(joinWrappedRows(page))).toEqual([
      "三、收到和处理政府信息公开申请情况，本年度共收到申请如下表所列",
      "一、本年新收 | 9 | 3 | 12",
      "（三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0",
      "本年度未收取信息处理费，今后将继续做好依申请公开工作，及时答复申请人",
    ]);
  });
});
