import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/ingest/figures/extract-figures.ts";
import { buildFigureInput } from "./build-figure-input.ts";

const metrics = (text: string): Array<[string, number]> => extractFigures(buildFigureInput(text)).figures.map((f) => [f.metric, f.value]);

// fc-012, fc-014: applications carried over written 结转自上年度, beside those carried forward.
describe("applications carried from the year before, the year written after 结转", () => {
  it("reads 结转自上年度71件 as carried over and 结转下年度继续办理 as carried forward", () => {
    expect(metrics("2019年,全区受理依申请公开政府信息1102件,结转自上年度71件,其中:已答复1124件,结转下年度继续办理49件。")).toEqual([
      ["applications.new.total", 1102],
      ["applications.carried_over.total", 71],
      ["misc", 1124],
      ["applications.carried_forward.total", 49],
    ]);
    expect(metrics("本年度收到政府信息公开申请20件,从上年结转3件。")).toEqual([
      ["applications.new.total", 20],
      ["applications.carried_over.total", 3],
    ]);
  });
});
