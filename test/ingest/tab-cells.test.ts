import { describe, expect, it } from "vitest";
import { tabCellsToPipes } from "../../src/ingest/tab-cells.ts";

describe("tabCellsToPipes", () => {
  it("parts tab-separated cells with pipes, keeping empty cells and line ends", () => {
    expect(tabCellsToPipes("一、本年新收政府信息公开申请数量\t\t\t63\t8\t76\r\n行政许可\t3512\t\n")).toBe(
      "一、本年新收政府信息公开申请数量 |  |  | 63 | 8 | 76\r\n行政许可 | 3512\n",
    );
  });

  it("drops indentation and leaves lines without tabs as they are", () => {
    expect(tabCellsToPipes("\t全年主动公开政府信息2318条。\n二、主动公开政府信息情况")).toBe("全年主动公开政府信息2318条。\n二、主动公开政府信息情况");
  });
});
