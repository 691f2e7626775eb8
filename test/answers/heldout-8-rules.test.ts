import path from "node:path";
import { describe, expect, it } from "vitest";
import { askingOver } from "./seeded-engine.ts";

const HELDOUT = path.resolve(import.meta.dirname, "../fixtures/heldout-8");

describe("answer rules over the eighth held-out reports", () => {
  const ask = askingOver(HELDOUT, new Date("2023-06-01T12:00:00"));

  it("files a page titled by its year of publication under the year its reporting period covers", async () => {
    const covered = await ask("r:1", "老城区民政局2022年主动公开多少条");
    expect([covered.status, covered.year, covered.figures.map((f) => [f.metric, f.value])]).toEqual([
      "answered",
      2022,
      [["proactive.total", 135], ["proactive.category", 48], ["proactive.category", 26], ["proactive.category", 15]],
    ]);
    const titled = await ask("r:2", "老城区民政局2023年主动公开多少条");
    expect([titled.status, titled.figures]).toEqual(["not_found", []]);
  });

  it("answers a count written with a 千 after its digits in thousands, with its parts", async () => {
    const a = await ask("r:3", "江汉区2017年收到依申请公开多少件");
    expect([a.agency, a.figures.map((f) => [f.metric, f.value, f.unit])]).toEqual([
      "武汉市江汉区人民政府",
      [
        ["applications.new.total", 1000, "件"],
        ["misc", 286, "件"],
        ["misc", 637, "件"],
        ["misc", 142, "件"],
      ],
    ]);
  });
});
