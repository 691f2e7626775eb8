import { mkdir, mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/corpus/ingest-paths.ts";
import { BATCH_LIMITS } from "../../src/corpus/pending-batch.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { createChatStateStore } from "../../src/store/chat-state.repository.ts";
import { openDatabase, type Store } from "../../src/store/db.ts";
import { claimProcessed } from "../../src/store/processed-update.repository.ts";
import { createReportSource } from "../../src/store/report-source.ts";
import { generateCorpus, type SyntheticFile } from "../../scripts/synthetic-corpus.ts";

let dir: string;
let corpus: string;
let store: Store;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "nianbao-batches-"));
  corpus = path.join(dir, "reports");
  await mkdir(corpus);
  store = await openDatabase(path.join(dir, "nianbao.sqlite"));
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const reload = (onBatch?: (b: { files: number; lockMs: number }) => void) => ingestPaths(store, [corpus], { removeMissing: true, onBatch });
const writeAll = (files: readonly SyntheticFile[]) => Promise.all(files.map((f) => writeFile(path.join(corpus, f.name), f.bytes)));

/** What a reader must find for a file: its one report's title and figure count. */
function expectedOf(file: SyntheticFile): { title: string; figures: number } {
  const { reports } = parseFile(file);
  expect(reports.length).toBe(1);
  return { title: reports[0]!.title, figures: reports[0]!.figures.length };
}

describe("a load in batches", () => {
  it("replaces 320 files in bounded batches while other writes go on and reads see each file whole", { timeout: 120_000 }, async () => {
    const first = generateCorpus(320, 3);
    await writeAll(first);
    await reload();
    // Each file's new version is another file's bytes of the same kind, so every file changes.
    const second = first.map((f, i) => {
      const other = first.slice(i + 1).concat(first.slice(0, i)).find((g) => path.extname(g.name) === path.extname(f.name))!;
      return { name: f.name, bytes: other.bytes };
    });
    const versions = new Map(first.map((f, i) => [f.name, { before: expectedOf(f), after: expectedOf(second[i]!) }]));
    await writeAll(second);
    const source = createReportSource(store.db);
    const versionBefore = await source.catalogVersion();

    let loading = true;
    const problems: string[] = [];
    const writesDone: number[] = [];
    const writer = (async () => {
      const chats = createChatStateStore(store.db);
      for (let n = 0; loading; n++) {
        try {
          if (!(await claimProcessed(store.db, `tg:${n}`))) problems.push(`update ${n} claimed twice`);
          await chats.save("tg:1", { agency: null, reportIds: [n], year: null, metric: null, lastQuestion: null });
          writesDone.push(performance.now());
        } catch (error) {
          problems.push(`write ${n}: ${(error as Error).message}`);
        }
      }
    })();
    let snapshots = 0;
    let mixed = 0;
    const reader = (async () => {
      while (loading) {
        const list = await source.listReports();
        snapshots++;
        const bySource = new Map<string, typeof list>();
        for (const r of list) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
        if (bySource.size !== versions.size) problems.push(`a snapshot shows ${bySource.size} files`);
        let before = 0;
        for (const [name, reports] of bySource) {
          const expected = versions.get(name)!;
          const titles = reports.map((r) => r.title);
          if (titles.length === 1 && titles[0] === expected.before.title) before++;
          else if (titles.length !== 1 || titles[0] !== expected.after.title) problems.push(`${name} shows ${JSON.stringify(titles)}`);
        }
        if (before > 0 && before < versions.size) mixed++;
        const probe = list[snapshots % list.length]!;
        const detail = await source.getReport(probe.id);
        const expected = versions.get(probe.source)!;
        const figures = probe.title === expected.before.title ? expected.before.figures : expected.after.figures;
        // A report replaced after the listing is gone (null); one still there is whole.
        if (detail && (detail.summary.title !== probe.title || detail.figures.length !== figures)) {
          problems.push(`report ${probe.id} of ${probe.source} has ${detail.figures.length} figures, not ${figures}`);
        }
      }
    })();

    const batches: Array<{ files: number; at: number }> = [];
    const summary = await reload((b) => batches.push({ files: b.files, at: performance.now() }));
    loading = false;
    await Promise.all([writer, reader]);

    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ files: 320, added: 0, changed: 320, unchanged: 0, removed: 0, failed: [], reports: 320 });
    expect(summary.addedReports.length).toBe(320);
    expect(batches.length).toBe(Math.ceil(320 / BATCH_LIMITS.files));
    expect(batches.every((b) => b.files <= BATCH_LIMITS.files)).toBe(true);
    expect(await source.catalogVersion()).toBe(versionBefore + batches.length);
    // Other writes got in between the batches, not only before the first or after the last.
    const gapsWithWrites = batches.slice(1).filter((b, i) => writesDone.some((t) => t > batches[i]!.at && t < b.at)).length;
    expect(gapsWithWrites).toBeGreaterThanOrEqual((batches.length - 1) / 2);
    expect(mixed).toBeGreaterThan(0);
    const final = await source.listReports();
    expect(final.map((r) => r.title).sort()).toEqual([...versions.values()].map((v) => v.after.title).sort());
  });

  it("keeps the good files of a batch that holds broken ones", { timeout: 60_000 }, async () => {
    const files = generateCorpus(40, 5);
    await writeAll(files);
    // Named to sort among the good files, so they land in the first batch with them.
    await writeFile(path.join(corpus, "synthetic-000003.empty.txt"), "");
    await writeFile(path.join(corpus, "synthetic-000007.no-report.txt"), "今天天气很好。\n我们去公园散步。");
    const batches: number[] = [];
    const summary = await reload((b) => batches.push(b.files));
    expect(summary.failed.map((f) => path.basename(f.path))).toEqual(["synthetic-000003.empty.txt", "synthetic-000007.no-report.txt"]);
    expect(summary).toMatchObject({ files: 42, added: 40, changed: 0, reports: 40 });
    expect(batches).toEqual([32, 10]);
    const sources = (await createReportSource(store.db).listReports()).map((r) => r.source).sort();
    expect(sources).toEqual(files.map((f) => f.name).sort());

    const again = await reload();
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 40, reports: 40 });
    expect(again.failed.map((f) => path.basename(f.path))).toEqual(["synthetic-000003.empty.txt", "synthetic-000007.no-report.txt"]);
  });

  it("removes files gone from a full reload in batches of at most 100", { timeout: 60_000 }, async () => {
    const files = generateCorpus(230, 6);
    await writeAll(files);
    await reload();
    const source = createReportSource(store.db);
    const version = await source.catalogVersion();
    await Promise.all(files.slice(0, 210).map((f) => unlink(path.join(corpus, f.name))));

    const batches: number[] = [];
    const summary = await reload((b) => batches.push(b.files));
    expect(summary).toMatchObject({ files: 20, unchanged: 20, removed: 210, reports: 20, failed: [] });
    expect(batches).toEqual([100, 100, 10]);
    expect(await source.catalogVersion()).toBe(version + 3);
    expect((await source.listReports()).map((r) => r.source).sort()).toEqual(files.slice(210).map((f) => f.name).sort());
  });
});
