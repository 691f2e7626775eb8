import { appendFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/corpus/ingest-paths.ts";
import { openSeededEngine, type SeededEngine } from "../support/seeded-engine.ts";

let seeded: SeededEngine | null = null;
afterEach(async () => {
  await seeded?.close();
  seeded = null;
});

describe("answers across a reload", () => {
  it("answers about a report a reload has just replaced from the new data, not as missing", async () => {
    seeded = await openSeededEngine({ copySeeds: true, now: () => new Date("2022-06-01T12:00:00") });
    const { engine, store, dataDir } = seeded;
    // Builds the catalogue index without loading the report asked about below.
    expect((await engine.ask("a", "本溪市教育局2010年主动公开了多少条信息")).status).toBe("answered");

    await appendFile(path.join(dataDir, "001_c6179b2d5830f109.txt"), "\n");
    const summary = await ingestPaths(store, [dataDir], { removeMissing: true });
    expect(summary.changed).toBe(1);

    const answer = await engine.ask("b", "凉州区科技局2021年公开了多少条信息");
    expect(answer.status).toBe("answered");
    expect(answer.agency).toBe("凉州区科学技术局");
    expect(answer.figures[0]).toMatchObject({ metric: "proactive.total", value: 13, unit: "条" });
  });
});
