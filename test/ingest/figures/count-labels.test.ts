import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { buildFigureInput } from "./build-figure-input.ts";

function labelled(text: string): [string, number, string][] {
  return extractFigures(buildFigureInput(text)).figures.map((f) => [f.label, f.value, f.unit]);
}

describe("what a count in prose is labelled by", () => {
  // a2008-030, a2014-008: 第9条至12条 names articles of a law, it counts nothing.
  it("reads the end of a range of articles as no count", () => {
    expect(labelled("按照《条例》第9条至12条规定的范围，主动公开政府信息40条。")).toEqual([["主动公开政府信息", 40, "条"]]);
  });

  // a2014-111, a2014-112: 共计6次 alone in its clause counts what the clause before it names.
  it("labels a count standing alone in its clause by the clause before it", () => {
    expect(labelled("在政府网站回应群众网上留言、网上咨询等，共计6次。")).toEqual([["在政府网站回应群众网上留言、网上咨询", 6, "次"]]);
  });

  // Holdout c-106: a count in 只 (投诉件36只); 只有 and 只是 are no unit.
  it("reads 只 after a number as its unit, but not in 只有", () => {
    expect(labelled("处理市政府网网上投诉件36只。")).toEqual([["市政府网网上投诉件", 36, "只"]]);
    expect(labelled("全年受理申请2只有1件予以公开。").map(([, v, u]) => [v, u])).toEqual([[1, "件"]]);
  });
});
