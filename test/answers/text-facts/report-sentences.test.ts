import { describe, expect, it } from "vitest";
import type { ReportDetail, StoredPassage } from "../../../src/answers/report-source.ts";
import { reportSentences } from "../../../src/answers/text-facts/report-sentences.ts";

const SOURCE = "一、概述\n本局建立了信息发布保密审查制度。联系电话：0731-5550123；传真：0731-5550124。";

function passage(index: number, start: number, end: number, sectionIndex = 0): StoredPassage {
  return { index, sectionIndex, text: SOURCE.slice(start, end), start, end };
}

function detail(passages: StoredPassage[]): ReportDetail {
  const summary = { id: 1, title: "t", agency: null, agencyNormalized: null, region: {}, level: "county", year: 2019, published: null, format: "text", anonymized: false, source: "s.txt", url: null };
  return { summary, sections: [], passages, figures: [], warnings: [] } as unknown as ReportDetail;
}

describe("reportSentences", () => {
  // Real questions a2014-019 (a rule's name cut across two passages), a2008-215 (contact details in one run).
  it("cuts passages into sentences at full stops and semicolons, joining a line ingest cut mid-word, with exact offsets", () => {
    const cut = SOURCE.indexOf("审查制") + 3;
    const sentences = reportSentences(detail([passage(0, 0, 4), passage(1, 5, cut), passage(2, cut, SOURCE.length)]));
    expect(sentences.map((s) => [s.text, s.start, s.end])).toEqual([
      ["一、概述", 0, 4],
      ["本局建立了信息发布保密审查制度。", 5, 21],
      ["联系电话：0731-5550123；", 21, 39],
      ["传真：0731-5550124。", 39, 55],
    ]);
    for (const s of sentences) expect(SOURCE.slice(s.start, s.end)).toBe(s.text);
  });
});
