import { mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/corpus/ingest-paths.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { openDatabase, type Store } from "../../src/store/db.ts";
import { readParsedReports } from "../../src/store/report.repository.ts";
import { createReportSource } from "../../src/store/report-source.ts";

const SEEDS = path.resolve("data/reports");

let dir: string;
let corpus: string;
let store: Store;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "nianbao-corpus-"));
  corpus = path.join(dir, "reports");
  await mkdir(corpus);
  for (const name of await readdir(SEEDS)) {
    await writeFile(path.join(corpus, name), await readFile(path.join(SEEDS, name)));
  }
  store = await openDatabase(path.join(dir, "db", "nianbao.sqlite"));
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const seedNames = () => readdir(SEEDS).then((names) => names.sort());
const reload = () => ingestPaths(store, [corpus], { removeMissing: true });
const sources = async () => (await createReportSource(store.db).listReports()).map((r) => r.source);

describe("ingestPaths", () => {
  it("loads every seed file, and does nothing when run again on the same files", async () => {
    const first = await reload();
    const names = await seedNames();
    expect(first).toMatchObject({ files: names.length, added: names.length, changed: 0, unchanged: 0, removed: 0, failed: [] });
    expect(first.addedReports.length).toBe(first.reports);
    const sizes = await Promise.all(names.map(async (n) => (await readFile(path.join(SEEDS, n))).length));
    expect(first.bytesParsed).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(first.reports).toBeGreaterThan(0);
    const version = await createReportSource(store.db).catalogVersion();
    expect(version).toBe(1);

    const second = await reload();
    expect(second).toEqual({ ...first, bytesParsed: 0, added: 0, unchanged: names.length, addedReports: [] });
    expect(await createReportSource(store.db).catalogVersion()).toBe(1);
  });

  it("round-trips every parsed report field of the seeds exactly", async () => {
    await reload();
    const source = createReportSource(store.db);
    const list = await source.listReports();
    for (const name of await seedNames()) {
      const file = path.join(corpus, name);
      const parsed = parseFile({ bytes: await readFile(file), name });
      expect(await readParsedReports(store.db, file)).toEqual(parsed.reports);
      const summaries = list.filter((r) => r.source === name);
      expect(summaries.length).toBe(parsed.reports.length);
      for (const [i, report] of parsed.reports.entries()) {
        const summary = summaries[i]!;
        expect(summary).toEqual({
          id: summary.id,
          title: report.title,
          agency: report.agency,
          agencyNormalized: report.agencyNormalized,
          region: report.region,
          level: report.level,
          year: report.year,
          published: report.published,
          format: report.format,
          anonymized: report.anonymized,
          source: name,
          url: null,
        });
        const detail = await source.getReport(summary.id);
        expect(detail!.summary).toEqual(summary);
        expect(detail!.sections).toEqual(report.sections);
        expect(detail!.passages).toEqual(report.passages);
        expect(detail!.figures.map(({ id: _id, ...figure }) => figure)).toEqual(report.figures);
        expect(detail!.warnings).toEqual(report.warnings);
      }
    }
  });

  it("replaces the reports of a changed file and bumps the catalogue version", async () => {
    await reload();
    const [a, b] = await seedNames();
    const before = (await createReportSource(store.db).listReports()).filter((r) => r.source === a!).map((r) => r.id);
    const bBytes = await readFile(path.join(corpus, b!));
    await writeFile(path.join(corpus, a!), bBytes);

    const summary = await reload();
    expect(summary).toMatchObject({ added: 0, changed: 1, removed: 0, failed: [] });
    const expected = parseFile({ bytes: bBytes, name: a! }).reports;
    expect(await readParsedReports(store.db, path.join(corpus, a!))).toEqual(expected);
    expect(summary.addedReports.map((r) => [r.agency, r.year])).toEqual(expected.map((r) => [r.agencyNormalized ?? r.agency, r.year]));
    for (const id of before) expect(await createReportSource(store.db).getReport(id)).toBeNull();
    expect(await createReportSource(store.db).catalogVersion()).toBe(2);
  });

  it("ends each load with the catalogue snapshot of the version it reached, listing what the reports say", async () => {
    const snapshots = () => store.db.selectFrom("catalog_snapshots").select("version").execute();
    const source = createReportSource(store.db);
    const fromReports = async () => {
      // Without the snapshot the listing is built from the reports themselves.
      await store.db.deleteFrom("catalog_snapshots").execute();
      return source.listReports();
    };
    await reload();
    expect(await snapshots()).toEqual([{ version: 1 }]);
    const first = await source.listReports();
    expect([...new Set(first.map((r) => r.source))].sort()).toEqual(await seedNames());
    const [a, b] = await seedNames();
    await writeFile(path.join(corpus, a!), await readFile(path.join(corpus, b!)));
    await reload();
    expect(await snapshots()).toEqual([{ version: 2 }]);
    const second = await source.listReports();
    expect(second.filter((r) => r.source === a).map((r) => r.title)).toEqual(second.filter((r) => r.source === b).map((r) => r.title));
    expect(second).not.toEqual(first);
    expect(await fromReports()).toEqual(second);
  });

  it("removes a deleted file's reports on a full reload, and keeps them otherwise", async () => {
    await reload();
    const [gone] = await seedNames();
    await unlink(path.join(corpus, gone!));

    const partial = await ingestPaths(store, [corpus], { removeMissing: false });
    expect(partial.removed).toBe(0);
    expect(await sources()).toContain(gone);

    const full = await reload();
    expect(full.removed).toBe(1);
    expect(await sources()).not.toContain(gone);
    expect(await createReportSource(store.db).catalogVersion()).toBe(2);
  });

  it("reports a broken file with its reason and keeps serving the rest", async () => {
    await writeFile(path.join(corpus, "empty.txt"), "");
    await writeFile(path.join(corpus, "no-report.txt"), "今天天气很好。\n我们去公园散步，看了一场电影。");
    const summary = await reload();
    const names = await seedNames();
    expect(summary.added).toBe(names.length);
    expect(summary.failed.map((f) => path.basename(f.path))).toEqual(["empty.txt", "no-report.txt"]);
    expect(summary.failed.every((f) => f.reason.length > 0)).toBe(true);
    expect(new Set(await sources())).toEqual(new Set(names));

    const again = await reload();
    expect(again.failed.map((f) => path.basename(f.path))).toEqual(["empty.txt", "no-report.txt"]);
    expect(again.unchanged).toBe(names.length);
  });

  it("keeps a file's previous version when its new version cannot be parsed", async () => {
    await reload();
    const [a] = await seedNames();
    const file = path.join(corpus, a!);
    const before = await readParsedReports(store.db, file);
    await writeFile(file, "");

    const summary = await reload();
    expect(summary.failed).toEqual([{ path: file, reason: expect.any(String) as string }]);
    expect(summary.changed).toBe(0);
    expect(await readParsedReports(store.db, file)).toEqual(before);
    expect(await createReportSource(store.db).catalogVersion()).toBe(1);
  });

  it("takes the url of a sidecar <file>.meta.json into the report summary", async () => {
    const [a] = await seedNames();
    await writeFile(path.join(corpus, a! + ".meta.json"), JSON.stringify({ url: "https://www.example.gov.cn/xxgk/2010.html" }));
    const summary = await reload();
    expect(summary.files).toBe((await seedNames()).length);
    const list = await createReportSource(store.db).listReports();
    expect(new Set(list.filter((r) => r.source === a).map((r) => r.url))).toEqual(new Set(["https://www.example.gov.cn/xxgk/2010.html"]));
    expect(list.filter((r) => r.source !== a).every((r) => r.url === null)).toBe(true);
  });

  it("treats a changed sidecar as a changed file, and refuses an invalid one", async () => {
    await reload();
    const [a] = await seedNames();
    const sidecar = path.join(corpus, a! + ".meta.json");
    await writeFile(sidecar, JSON.stringify({ url: "https://www.example.gov.cn/a.html" }));
    expect((await reload()).changed).toBe(1);
    await writeFile(sidecar, JSON.stringify({ year: "二〇一〇" }));
    const summary = await reload();
    expect(summary.failed).toEqual([{ path: path.join(corpus, a!), reason: a + ".meta.json 中的“year”不合要求，应为数字" }]);
    expect(new Set((await createReportSource(store.db).listReports()).filter((r) => r.source === a).map((r) => r.url))).toEqual(
      new Set(["https://www.example.gov.cn/a.html"]),
    );
  });

  it("walks sub-folders and accepts single files", async () => {
    const [a, b] = await seedNames();
    await mkdir(path.join(corpus, "2010", "html"), { recursive: true });
    await writeFile(path.join(corpus, "2010", "html", "page.htm"), await readFile(path.join(SEEDS, a!)));
    await writeFile(path.join(corpus, "2010", "notes.md"), "# not a report");
    const summary = await reload();
    expect(summary.files).toBe((await seedNames()).length + 1);
    expect(await sources()).toContain("page.htm");

    const single = await ingestPaths(store, [path.join(corpus, b!)], { removeMissing: true });
    expect(single).toMatchObject({ files: 1, unchanged: 1, removed: 0 });
  });

  it("reports a given path that does not exist and removes nothing for it", async () => {
    await reload();
    const summary = await ingestPaths(store, [path.join(dir, "missing")], { removeMissing: true });
    expect(summary.failed.map((f) => f.path)).toEqual([path.join(dir, "missing")]);
    expect(summary.removed).toBe(0);
    expect((await sources()).length).toBe(summary.reports);
  });

  it("keeps answering from the previous corpus while a reload is parsing", async () => {
    await reload();
    const [a, b] = await seedNames();
    await writeFile(path.join(corpus, a!), await readFile(path.join(corpus, b!)));
    const before = await createReportSource(store.db).listReports();
    const seenDuringReload: number[] = [];
    await ingestPaths(store, [corpus], {
      removeMissing: true,
      onProgress: () => {
        void createReportSource(store.db).listReports().then((l) => seenDuringReload.push(l.length));
      },
    });
    expect(seenDuringReload.length).toBeGreaterThan(0);
    expect(seenDuringReload[0]).toBe(before.length);
  });

  it("leaves a database that passes the integrity check after reloads", async () => {
    await reload();
    const [a] = await seedNames();
    await unlink(path.join(corpus, a!));
    await reload();
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
    expect(check.rows).toEqual([{ integrity_check: "ok" }]);
    const fk = await sql`pragma foreign_key_check`.execute(store.db);
    expect(fk.rows).toEqual([]);
  });
});

describe("concurrent loads", () => {
  it("run one after another, so the second sees the first's result", async () => {
    const [first, second] = await Promise.all([reload(), reload()]);
    const names = await seedNames();
    expect(first).toMatchObject({ added: names.length, unchanged: 0 });
    expect(second).toMatchObject({ added: 0, unchanged: names.length });
  });
});
