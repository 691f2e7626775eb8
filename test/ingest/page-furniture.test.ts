import { describe, expect, it } from "vitest";
import { isPageNumberLine, pageFurnitureLines } from "../../src/ingest/page-furniture.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";

describe("page furniture of text extracted from a PDF", () => {
  it("recognises page numbers in the forms PDFs print them", () => {
    expect(["第 3 页 共 8 页", "第3页，共8页", "— 2 —", "- 12 -", "3/8", "共8页 第3页"].map(isPageNumberLine)).toEqual([true, true, true, true, true, true]);
    expect(["第三条", "2021年第3页面改版", "全年受理3件", "— 一是加强领导 —"].map(isPageNumberLine)).toEqual([false, false, false, false]);
  });

  it("takes the title repeated after a page number for a running title, not the title itself", () => {
    const text = ["某县2022年政府信息公开工作年度报告", "一、总体情况", "全年公开信息12条，", "— 1 —", "某县2022年政府信息公开工作年度报告", "其中政策文件3条。"].join("\n");
    expect(pageFurnitureLines(splitLines(text)).map((l) => [l.index, l.text])).toEqual([
      [3, "— 1 —"],
      [4, "某县2022年政府信息公开工作年度报告"],
    ]);
  });

  it("keeps a line that repeats an earlier one anywhere but after a page number", () => {
    const text = ["某县2022年政府信息公开工作年度报告", "正文。", "某县2022年政府信息公开工作年度报告"].join("\n");
    expect(pageFurnitureLines(splitLines(text))).toEqual([]);
  });
});
