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
    figuresWithMetrics: (ids, metrics) => real.figuresWithMetrics(ids, metrics),
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
  it("makes callers wait for the index of a moved version, sharing one build", async () => {
    seeded = await seededEngine();
    const gated = gatedSource(seeded.source);
    const cache = createCatalogCache(gated.source);
    const first = await cache.current();
    expect(first.version).toBe(1);
    expect(first.reports.length).toBe(14);
    expect(await cache.current()).toBe(first);
    expect(gated.reads()).toBe(1);

    const open = gated.bump();
    let settled = 0;
    const during = Promise.all([cache.current(), cache.current(), cache.current()].map((p) => p.finally(() => settled++)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // None is answered from the index of the old version.
    expect(settled).toBe(0);
    open();
    const after = await during;
    expect(after.map((index) => index.version)).toEqual([2, 2, 2]);
    expect(new Set(after).size).toBe(1);
    expect(after[0]).not.toBe(first);
    expect(gated.reads()).toBe(2);
  });

  it("builds a version that moved during a build once that build ends", async () => {
    seeded = await seededEngine();
    const gated = gatedSource(seeded.source);
    const cache = createCatalogCache(gated.source);
    await cache.current();

    const openTwo = gated.bump();
    const two = cache.current();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const openThree = gated.bump();
    const three = cache.current();
    openTwo();
    expect((await two).version).toBe(2);
    openThree();
    expect((await three).version).toBe(3);
    expect((await cache.current()).version).toBe(3);
    expect(gated.reads()).toBe(3);
  });

  it("makes the first caller wait for the first build, and shares it with concurrent callers", async () => {
    seeded = await seededEngine();
    const gated = gatedSource(seeded.source);
    const cache = createCatalogCache(gated.source);
    const [a, b] = await Promise.all([cache.current(), cache.current()]);
    expect(a).toBe(b);
    expect(gated.reads()).toBe(1);
  });

  it("answers from the previous index when a new version's build takes longer than the wait allowed", async () => {
    seeded = await seededEngine();
    const gated = gatedSource(seeded.source);
    const cache = createCatalogCache(gated.source, 30);
    const first = await cache.current();
    const open = gated.bump();
    // The build is held back past the 30 ms bound: the question is answered from version 1.
    expect(await cache.current()).toBe(first);
    open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await cache.current()).version).toBe(2);
    expect(gated.reads()).toBe(2);
  });

  it("keeps answering from the previous index when a build fails, and builds again on the next call", async () => {
    seeded = await seededEngine();
    let fail = false;
    let version = 1;
    const source: ReportSource = {
      getReport: (id) => seeded!.source.getReport(id),
      figuresWithMetrics: (ids, metrics) => seeded!.source.figuresWithMetrics(ids, metrics),
      catalogVersion: async () => version,
      listReports: async () => {
        if (fail) throw new Error("catalogue read failed");
        return seeded!.source.listReports();
      },
    };
    const cache = createCatalogCache(source);
    const first = await cache.current();
    version = 2;
    fail = true;
    expect(await cache.current()).toBe(first);
    fail = false;
    expect((await cache.current()).version).toBe(2);
  });
});
