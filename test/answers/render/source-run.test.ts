import { describe, expect, it } from "vitest";
import type { Citation } from "../../../src/answers/answer.ts";
import type { StoredPassage } from "../../../src/answers/report-source.ts";
import { sourceRunCitation } from "../../../src/answers/render/source-run.ts";

const sentence = "全年受理网络问政182件，办结率100%。";
const citation: Citation = {
  agency: "示例局",
  year: 2023,
  title: "示例局2023年政府信息公开工作年度报告",
  source: "report.html",
  url: null,
  section: "一、总体情况",
  quote: sentence,
  reportId: 1,
  start: 110,
  end: 110 + sentence.length,
};
const passage = (seams?: number[]): StoredPassage => ({ index: 0, sectionIndex: 0, text: `开头十个字的一句话。${sentence}`, start: 100, end: 110 + sentence.length, ...(seams ? { seams } : {}) });

// h23-039…041 (holdout): a sentence of a page exported from a word processor, its number in a tag of its own.
describe("a citation of a web page whose markup parts the sentence", () => {
  it("quotes the run holding the figure's label, at its place, and keeps the sentence to show", () => {
    const c = sourceRunCitation(citation, [passage([18, 21, 22])], "网络问政");
    expect([c.quote, c.start, c.end, c.row]).toEqual(["全年受理网络问政", 110, 118, sentence]);
  });

  it("quotes the longest run when nothing is focused, and leaves a sentence no seam parts", () => {
    expect(sourceRunCitation(citation, [passage([18, 21])]).quote).toBe("件，办结率100%。");
    expect(sourceRunCitation(citation, [passage()], "网络问政")).toEqual(citation);
    // A seam outside the quote's span parts nothing of it.
    expect(sourceRunCitation(citation, [passage([3])], "网络问政")).toEqual(citation);
  });
});

// cu-002…cu-010: a table row of a page saved under a name that does not say it is one, its cells parted by seams.
describe("a table row of a web page quoted by its label cell", () => {
  it("leaves out the | that parts the cells as read", () => {
    const row = "一、本年新收政府信息公开申请数量 | 821 | 35 | 859";
    const rowCitation: Citation = { ...citation, source: "report.txt", quote: row, start: 200, end: 200 + row.length };
    const rowPassage: StoredPassage = { index: 1, sectionIndex: 2, text: row, start: 200, end: 200 + row.length, seams: [19, 25, 30] };
    const c = sourceRunCitation(rowCitation, [rowPassage], "本年新收政府信息公开申请数量");
    expect([c.quote, c.start, c.end]).toEqual(["一、本年新收政府信息公开申请数量", 200, 216]);
  });
});
