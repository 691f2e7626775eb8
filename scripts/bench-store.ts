/**
 * Store benchmark: ingests a synthetic corpus of N real-size reports (10–30 KB of text, HTML pages
 * 50–100 KB; `--size small` for the old 1.4 KB ones) into a fresh database in a temp folder,
 * parsed by the worker pool (`--threads`, default one per core), while two probes run (every
 * 50 ms one writes a chat state and claims an update id, the other reads a report), then times
 * the catalogue and report reads. Prints ingest wall time, reports/s and MB/s,
 * the longest write transaction, the probes' worst waits, peak RSS, a reload with nothing changed,
 * and `listReports()` / `getReport()` p50 and p99. The corpus is written to disk by a child
 * process, so its generation does not count in the peak RSS.
 * Usage: `npm run bench:store -- --reports 10000 [--seed 1] [--size real|small] [--threads N] [--list-runs 15] [--get-runs 2000]`.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ingestPaths } from "../src/corpus/ingest-paths.ts";
import { createParsePool } from "../src/corpus/parse-pool.ts";
import { createChatStateStore } from "../src/store/chat-state.repository.ts";
import { openDatabase } from "../src/store/db.ts";
import { claimProcessed } from "../src/store/processed-update.repository.ts";
import { createReportSource } from "../src/store/report-source.ts";
import { generateCorpus } from "./synthetic-corpus.ts";

const { values } = parseArgs({
  options: {
    reports: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    "list-runs": { type: "string", default: "15" },
    "get-runs": { type: "string", default: "2000" },
    "write-corpus": { type: "string" },
    size: { type: "string", default: "real" },
    threads: { type: "string" },
  },
});
const count = Number(values.reports);
const seed = Number(values.seed);
const size = values.size === "small" ? "small" : "real";

if (values["write-corpus"]) {
  const dir = values["write-corpus"];
  for (const file of generateCorpus(count, seed, { size })) await writeFile(path.join(dir, file.name), file.bytes);
  process.exit(0);
}

const work = await mkdtemp(path.join(tmpdir(), "nianbao-bench-store-"));
try {
  const corpus = path.join(work, "reports");
  await mkdir(corpus);
  const writer = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--reports", String(count), "--seed", String(seed), "--size", size, "--write-corpus", corpus], { stdio: "inherit" });
  if (writer.status !== 0) throw new Error(`bench-store: writing the corpus failed (exit ${writer.status})`);

  const corpusBytes = (await readdir(corpus)).length > 0 ? await sizeOf(corpus) : 0;
  const store = await openDatabase(path.join(work, "bench.sqlite"));
  const parser = createParsePool(values.threads ? { threads: Number(values.threads) } : {});
  // Worker start-up (loading the parser in each thread) is paid once per process, not per load.
  await parser.parse({ bytes: new TextEncoder().encode("政府信息公开工作年度报告\n主动公开政府信息1条。"), name: "warm.txt" }).catch(() => undefined);
  const source = createReportSource(store.db);
  const chats = createChatStateStore(store.db);

  const probes = { writes: [] as number[], reads: [] as number[], failures: [] as string[], running: true };
  const writeProbe = (async () => {
    for (let n = 0; probes.running; n++) {
      const t = performance.now();
      try {
        await claimProcessed(store.db, `bench:${n}`);
        await chats.save("bench", { agency: null, reportIds: [n], year: null, metric: null, lastQuestion: null });
      } catch (error) {
        probes.failures.push((error as Error).message);
      }
      probes.writes.push(performance.now() - t);
      await sleep(50);
    }
  })();
  const readProbe = (async () => {
    while (probes.running) {
      const t = performance.now();
      await source.getReport(1);
      probes.reads.push(performance.now() - t);
      await sleep(50);
    }
  })();

  const locks: number[] = [];
  const startedAt = performance.now();
  const summary = await ingestPaths(store, [corpus], { removeMissing: true, parser, onBatch: (b) => locks.push(b.lockMs) });
  const ingestSeconds = (performance.now() - startedAt) / 1000;
  probes.running = false;
  await Promise.all([writeProbe, readProbe]);
  const peakRss = process.resourceUsage().maxRSS / 1024;

  const reloadAt = performance.now();
  const again = await ingestPaths(store, [corpus], { removeMissing: true, parser });
  const reloadSeconds = (performance.now() - reloadAt) / 1000;

  const listTimes: number[] = [];
  let catalogue = 0;
  for (let i = 0; i < Number(values["list-runs"]); i++) {
    const t = performance.now();
    catalogue = (await source.listReports()).length;
    listTimes.push(performance.now() - t);
  }
  const ids = (await source.listReports()).map((r) => r.id);
  const getTimes: number[] = [];
  let state = seed;
  for (let i = 0; i < Number(values["get-runs"]); i++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const t = performance.now();
    await source.getReport(ids[state % ids.length]!);
    getTimes.push(performance.now() - t);
  }
  await parser.close();
  await store.close();

  console.log(`files            ${summary.files} (added ${summary.added}, failed ${summary.failed.length})`);
  console.log(`reports          ${summary.reports} (${summary.figures} figures)`);
  console.log(`corpus           ${(corpusBytes / 1e6).toFixed(1)} MB (${size} reports), ${parser.parallelism} parse threads`);
  console.log(`ingest           ${ingestSeconds.toFixed(1)} s, ${(summary.reports / ingestSeconds).toFixed(0)} reports/s, ${(corpusBytes / 1e6 / ingestSeconds).toFixed(2)} MB/s`);
  console.log(`transactions     ${locks.length}; write lock held p50 ${pct(locks, 0.5)} ms, longest ${pct(locks, 1)} ms`);
  console.log(`probe writes     ${probes.writes.length} during the load, p50 ${pct(probes.writes, 0.5)} ms, p99 ${pct(probes.writes, 0.99)} ms, max ${pct(probes.writes, 1)} ms, failed ${probes.failures.length}${probes.failures[0] ? ` (${probes.failures[0]})` : ""}`);
  console.log(`probe reads      ${probes.reads.length} during the load, p50 ${pct(probes.reads, 0.5)} ms, p99 ${pct(probes.reads, 0.99)} ms, max ${pct(probes.reads, 1)} ms`);
  console.log(`peak RSS         ${peakRss.toFixed(0)} MB (during the load)`);
  console.log(`reload unchanged ${reloadSeconds.toFixed(1)} s (${again.unchanged} unchanged)`);
  console.log(`listReports()    ${catalogue} reports, ${listTimes.length} runs: p50 ${pct(listTimes, 0.5)} ms, p99 ${pct(listTimes, 0.99)} ms`);
  console.log(`getReport()      ${getTimes.length} runs: p50 ${pct(getTimes, 0.5)} ms, p99 ${pct(getTimes, 0.99)} ms`);
} finally {
  await rm(work, { recursive: true, force: true });
}

/** The `p` quantile (0–1) of `samples`, in ms with one decimal. */
function pct(samples: readonly number[], p: number): string {
  if (samples.length === 0) return "-";
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!.toFixed(1);
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(path.join(dir, name))).size;
  return total;
}
