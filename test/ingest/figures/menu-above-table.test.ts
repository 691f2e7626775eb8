import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { buildFigureInput } from "./build-figure-input.ts";

// Made-up page. Checked on by-022 and by-084's set: a site's menu above the report lists the
// template's row labels (地方性法规, 规章 …) with no values; the overview's counts below it are prose.
const PAGE = [
  "示例市气象局2020年政府信息公开工作年度报告",
  "地方性法规",
  "规章",
  "行政规范性文件",
  "一、总体情况",
  "2020年,我局在市政府信息公开平台发布132条各类政府信息,其中包括气象预警信息等重点信息。",
  "二、主动公开政府信息情况",
  "第二十条第(一)项",
  "信息内容",
  "本年新制作数量",
  "本年新公开数量",
  "对外公开总数量",
  "规章",
  "0",
  "0",
  "0",
  "规范性文件",
  "2",
  "2",
  "5",
].join("\n");

describe("a menu of the template's row labels above the report", () => {
  it("starts no table: the overview's count is read, and the table's rows below", () => {
    const { figures } = extractFigures(buildFigureInput(PAGE));
    expect(figures.map((f) => [f.metric, f.value])).toEqual([
      ["proactive.total", 132],
      ["art20.regulation.made", 0],
      ["art20.regulation.published", 0],
      ["art20.regulation.total_published", 0],
      ["art20.normative_document.made", 2],
      ["art20.normative_document.published", 2],
      ["art20.normative_document.total_published", 5],
    ]);
  });
});
