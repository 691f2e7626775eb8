import { describe, expect, it } from "vitest";
import { gluedSplits, partsMakeTotal } from "../../../src/ingest/figures/glued-numbers.ts";

const values = (splits: ReturnType<typeof gluedSplits>) => splits.map((s) => s.map((p) => p.value));

// Generalizes h6-025, h6-030 and h6-039 (holdout6): table cells printed with no separator between them.
describe("numbers glued together in a table row", () => {
  it("splits one way only when each cell holds one digit, a number never opening with 0", () => {
    expect(values(gluedSplits(["1000001"], 7))).toEqual([[1, 0, 0, 0, 0, 0, 1]]);
    expect(values(gluedSplits(["000"], 3))).toEqual([[0, 0, 0]]);
  });

  it("keeps the blanks the page left as cell boundaries", () => {
    expect(values(gluedSplits(["400000", "4"], 7, partsMakeTotal))).toEqual([[4, 0, 0, 0, 0, 0, 4]]);
    expect(values(gluedSplits(["29", "0", "01", "1", "031"], 7, partsMakeTotal))).toEqual([[29, 0, 0, 1, 1, 0, 31]]);
  });

  it("finds the one split whose parts add up to the total", () => {
    expect(values(gluedSplits(["530010357"], 7, partsMakeTotal))).toEqual([[53, 0, 0, 1, 0, 3, 57]]);
  });

  it("returns every fitting split up to the limit, so a row that splits two ways is not read", () => {
    expect(values(gluedSplits(["350030240"], 7, partsMakeTotal))).toEqual([
      [3, 5, 0, 0, 30, 2, 40],
      [35, 0, 0, 3, 0, 2, 40],
    ]);
    expect(gluedSplits(["582241"], 3)).toHaveLength(2);
  });

  // h21-089: 行政事业性收费24252.311082 — an amount in 万元 written to the 分.
  it("reads an amount to six decimals and none with more than a cell holds", () => {
    expect(gluedSplits(["3412.5612345"], 1)).toEqual([]);
    expect(values(gluedSplits(["24252.311082"], 1))).toEqual([[24252.311082]]);
    expect(values(gluedSplits(["3412.56"], 1))).toEqual([[3412.56]]);
  });
});
