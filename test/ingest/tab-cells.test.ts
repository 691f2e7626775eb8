import { describe, expect, it } from "vitest";
import { tabCellsAsPipes } from "../../src/ingest/tab-cells.ts";
import { normalize, originalSlice } from "../../src/text/normalized-text.ts";

describe("tab-separated cells", () => {
  it("are read parted by pipes, keeping empty cells and line ends", () => {
    const read = tabCellsAsPipes(normalize("一、本年新收政府信息公开申请数量\t\t\t63\t8\t76\r\n行政许可\t3512\t\n"));
    expect(read.text).toBe("一、本年新收政府信息公开申请数量 |  |  | 63 | 8 | 76\r\n行政许可 | 3512\n");
  });

  it("quote the file's own row, tabs and all", () => {
    const original = "表二\n行政许可\t3512\t\n行政处罚\t 47\n";
    const read = tabCellsAsPipes(normalize(original));
    const row = read.text.indexOf("行政处罚");
    expect(read.text.slice(row, row + 9)).toBe("行政处罚 | 47");
    expect(originalSlice(read, row, row + 9)).toBe("行政处罚\t 47");
    expect(originalSlice(read, read.text.indexOf("行政许可"), read.text.indexOf("3512") + 4)).toBe("行政许可\t3512");
  });

  it("drop indentation and leave lines without tabs as they are", () => {
    const read = tabCellsAsPipes(normalize("\t全年主动公开政府信息2318条。\n二、主动公开政府信息情况"));
    expect(read.text).toBe("全年主动公开政府信息2318条。\n二、主动公开政府信息情况");
    expect(originalSlice(read, 0, 4)).toBe("全年主动");
  });
});
