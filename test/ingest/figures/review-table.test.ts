import { describe, expect, it } from "vitest";
import { reviewTableFigures } from "../../../src/ingest/figures/review-table.ts";
import { tableLines } from "../../../src/ingest/figures/table-lines.ts";
import { normalize } from "../../../src/text/normalized-text.ts";

describe("reconsideration and litigation table", () => {
  it("finds the outcome header whose words share one cell, parted by full-width spaces", () => {
    const { text } = normalize(
      "行政复议　　行政诉讼\n结果维持　结果纠正　其他结果　尚未审结　总计　结果维持　结果纠正　其他结果　尚未审结　总计　结果维持　结果纠正　其他结果　尚未审结　总计\n" +
        "0　　1　　0　　0　　1　　0　　0　　0　　1　　1　　0　　0　　0　　0　　0",
    );
    const { figures } = reviewTableFigures(tableLines(text, 0, text.length));
    expect(figures.filter((f) => f.value !== 0).map((f) => [f.metric, f.value])).toEqual([
      ["review.corrected", 1],
      ["review.total", 1],
      ["litigation_direct.pending", 1],
      ["litigation_direct.total", 1],
    ]);
    expect(figures).toHaveLength(15);
  });
});
