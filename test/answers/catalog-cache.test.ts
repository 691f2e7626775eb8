import { afterEach, describe, expect, it } from "vitest";
import { createCatalogCache } from "../../src/answers/catalog/catalog-cache.ts";
import type { ReportSource, ReportSummary } from "../../src/answers/report-source.ts";
import { seededEngine, type SeededEngine } from "./seeded-engine.ts";

let seeded: SeededEngine | null = null;
afterEach(async () => {
  await seeded?.close();
  seeded = null;
});

/** The real store's source, with a version the test moves and a catalogue read it can hold back. */
function gatedSource(real: ReportSource) {
  let version = 1;
  let gate: Promise<void> = Promise.resolve();
  let reads = 0;
  const source: ReportSource = {
    getReport: (id) => real.getReport(id),
    catalogVersion: async () => version,
    async listReports(): Promise<ReportSummary[]> {
      reads++;
      await gate;
      return real.listReports();
    },
  };
  return {
    source,
    reads: () => reads,
    bump(): () => void {
      version++;
      let open!: () => void;
      gate = new Promise((resolve) => (open = resolve));
      return open;
    },
  };
}

describe("catalog cache", () => {
  it("keeps answering from the previous index while a rebuild runs, then switches to the new one", async () => {
    seeded = await seededEngine();
    const gated = gatedSource(seeded.source);
    const cache = createCatalogCache(gated.source);
    const first = await cache.current();
    expect(first.version).toBe(1);
    expect(first.reports.length).toBe(14);

    const open = gated.bump();
    const during = await Promise.all([cache.current(), cache.current(), cache.current()]);
    expect(during.map((index) => index.version)).toEqual([1, 1, 1]);
    expect(gated.reads()).toBe(2);

    open();
    // The rebuild reads the real store: wait for it however loaded the machine is.
    for (let i = 0; i < 1000 && (await cache.current()).version !== 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const after = await cache.current();
    expect(after.version).toBe(2);
    expect(after).not.toBe(first);
    expect(gated.reads()).toBe(2);
  });

  it("makes the first caller wait for the first build, and shares it with concurrent callers", async () => {
    seeded = await seededEngine();
    const gated = gatedSource(seeded.source);
    const cache = createCatalogCache(gated.source);
    const [a, b] = await Promise.all([cache.current(), cache.current()]);
    expect(a).toBe(b);
    expect(gated.reads()).toBe(1);
  });
});
