import { describe, expect, it } from "vitest";
import type { Citation } from "../../../src/answers/answer.ts";
import { markupRowCitation } from "../../../src/answers/render/markup-row.ts";

const row = "三、本年度办理结果 | （一）予以公开 | 26 |  |  |  |  |  | 26";
const citation = (source: string, quote = row): Citation => ({
  agency: "示例局",
  year: 2023,
  title: "示例局2023年政府信息公开工作年度报告",
  source,
  url: null,
  section: "三、收到和处理政府信息公开申请情况",
  quote,
  cell: "予以公开 · 总计：26",
  reportId: 1,
  start: 100,
  end: 100 + quote.length,
});

// h21-001…012, h21-134…137: a complete report saved as a web page, whose table rows are elements.
describe("a table row cited from a web page", () => {
  it("quotes the row's label cell, a run the page writes, at its place in the row, and keeps the row to show", () => {
    const c = markupRowCitation(citation("report.html"));
    expect([c.quote, c.start, c.end, c.row]).toEqual(["（一）予以公开", 112, 119, row]);
    expect(row.slice(c.start - 100, c.end - 100)).toBe(c.quote);
  });

  it("leaves a row of a text page, whose cells the page parts itself", () => {
    expect(markupRowCitation(citation("report.txt"))).toEqual(citation("report.txt"));
  });

  // Holdout d-011, d-012: the review table's row of numbers, its labels in the header rows above.
  it("quotes the cell cited of a row of numbers alone, and leaves the row when no cell holds the value", () => {
    const numbers = "5 |  |  | 2 | 7 | 8";
    const c = markupRowCitation({ ...citation("report.html", numbers), cell: "行政复议 · 总计：7" });
    expect([c.quote, c.start - 100, c.row]).toEqual(["7", 14, numbers]);
    expect(markupRowCitation(citation("report.html", numbers)).quote).toBe(numbers);
  });
});
