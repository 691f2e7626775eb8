import { describe, expect, it } from "vitest";
import { fromPosted, toPosted } from "../../src/corpus/posted-file.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";

const html = "<p>示例局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>全年受理网络问政<font>182</font>件。</p>";

describe("a parsed file posted between threads", () => {
  it("leaves out the passages' texts and the original where the asker has it, and gets back the same file with its seams", () => {
    const parsed = parseFile({ bytes: new TextEncoder().encode(html), name: "page.html" });
    const posted = toPosted(parsed, true);
    expect(posted.original).toBeUndefined();
    expect(posted.reports[0]!.passages.every((p) => p.text === undefined)).toBe(true);
    const back = fromPosted(structuredClone(posted), parsed.original);
    expect(back).toEqual(parsed);
    expect(back.reports[0]!.passages.find((p) => p.text.includes("网络问政"))?.seams).toEqual([8, 11]);
  });
});
