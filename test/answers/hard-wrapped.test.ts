import path from "node:path";
import { describe, expect, it } from "vitest";
import { askingOver } from "./seeded-engine.ts";

const CORPUS = path.resolve(import.meta.dirname, "../fixtures/hard-wrapped");

// h8-016: on a hard-wrapped page the noun after a count runs on past the break (4名政府信 / 息公开全职工作人员).
describe("a count on a hard-wrapped page", () => {
  const ask = askingOver(CORPUS, new Date("2013-06-01T12:00:00"));

  it("is named by the noun after it across the break", async () => {
    const a = await ask("w:1", "岚溪县统计局2012年配了几名信息公开全职工作人员");
    expect([a.status, a.figures.map((f) => f.value)]).toEqual(["answered", [4]]);
    const part = await ask("w:2", "岚溪县统计局2012年有多少兼职工作人员");
    expect(part.figures.map((f) => f.value)).toEqual([60]);
  });
});
