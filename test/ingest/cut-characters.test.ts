import { describe, expect, it } from "vitest";
import { cutBreaks, touchesCut } from "../../src/ingest/cut-characters.ts";
import { normalize } from "../../src/text/normalized-text.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { splitLines } from "../../src/ingest/text-lines.ts";

const joinedAt = (original: string) => {
  const norm = normalize(original);
  return cutBreaks(norm, splitLines(norm.text)).map((b) => norm.text.slice(b.start - 2, b.end + 2));
};

describe("characters cut in two by a line break", () => {
  it("reads a line ending in a cut character as going on in the next line that opens with the other half", () => {
    expect(joinedAt("均在法定期限內答\uFFFD\n\uFFFD，答複率100%。\n下一行。")).toEqual(["内答\n,答"]);
  });

  it("joins no line whose break has a cut character on one side only", () => {
    expect(joinedAt("公開信息4\uFFFD\n條。\n申請2件\n\uFFFD件。")).toEqual([]);
  });

  it("tells a span that a cut character adjoins or splits from one that none does", () => {
    const norm = normalize("信息1\uFFFD\uFFFD5條，其中3條");
    const at = (s: string) => [norm.text.indexOf(s), norm.text.indexOf(s) + s.length] as const;
    expect([touchesCut(norm, ...at("15")), touchesCut(norm, ...at("1")), touchesCut(norm, ...at("3"))]).toEqual([true, true, false]);
  });

  it("reads no figure from a number a cut character touches, and a 其中 list on across the cut line", () => {
    const page = [
      "永定縣教育局2012年政府信息公開工作年度報告",
      "一、主動公開政府信息情況",
      "全年主動公開政府信息12條，其中惠農補貼信息4\uFFFD",
      "\uFFFD條，政策法規信息5條。",
      "二、依申請公開情況",
      "全年受理申請1\uFFFD",
      "\uFFFD5件，其中網上申請1件。",
    ].join("\n");
    const [report] = parseFile({ bytes: Buffer.from(page), name: "cut.txt" }).reports;
    expect(report!.figures.map((f) => [f.metric, f.label, f.value, f.unit])).toEqual([
      ["proactive.total", "主動公開政府信息", 12, "条"],
      ["proactive.category", "政策法規信息", 5, "条"],
      ["misc", "網上申請", 1, "件"],
    ]);
  });
});
