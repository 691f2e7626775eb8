import { describe, expect, it } from "vitest";
import { markupDebrisSpans } from "../../src/ingest/markup-debris.ts";
import { reportOfPage as report, TABLE } from "./made-up-page.ts";

// hg-100…hg-103: a mirror that broke the page's inline tags into its text (类信?span>9条).
describe("remains of broken inline tags", () => {
  it("are found with the character the break garbled before them, never a digit", () => {
    const text = "政策法规类信?span>9条,中办发〓span>2005〔span>12号";
    expect(markupDebrisSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["?span>", "〓span>", "〔span>"]);
    expect(markupDebrisSpans("共公开信息9条")).toEqual([]);
  });

  it("leave a count's label running on across them", () => {
    const page = ["2009年政府信息公开工作年度报告", "一、概述", "本局发布信息666条,其中,政策法规类信?span>9条,业务类信?span>34条。", TABLE].join("\n");
    const figures = report(page).figures.filter((f) => f.value === 9 || f.value === 34);
    expect(figures.map((f) => [f.label, f.value])).toEqual([["政策法规类信", 9], ["业务类信", 34]]);
  });
});
