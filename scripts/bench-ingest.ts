/**
 * Parsing throughput: parses a synthetic corpus of real-size reports (10–30 KB of text, HTML pages
 * 50–100 KB with tables; `--size small` for 1.4 KB ones) on one core, then through the worker
 * pool, and prints reports/s and MB/s for each, MB per CPU-second (what the machine's other load
 * does not change; the pool's counts every thread of the process, as `npm run ingest` pays it),
 * the pool's start-up (each thread loading the parser and its dictionaries), per-file latency
 * percentiles and peak RSS.
 * `--dir PATH` instead loads that folder end to end, as `npm run ingest` does but without the
 * process start-up: read, hash, parse in the pool (`--threads`, default one per core but one),
 * write into a fresh SQLite file in a temp folder; it prints the wall time, MB/s and CPU-seconds
 * (every thread of the process) of that load.
 * Usage: `npm run bench:ingest -- --reports 2000 [--seed 1] [--size real|small] [--threads N]`
 * or `npm run bench:ingest -- --dir PATH [--threads N]`.
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ingestPaths } from "../src/corpus/ingest-paths.ts";
import { createParsePool, loadThreads } from "../src/corpus/parse-pool.ts";
import { scanPaths } from "../src/corpus/scan-paths.ts";
import { openDatabase } from "../src/store/db.ts";
import { parseFile } from "../src/ingest/parse-file.ts";
import { generateCorpus } from "./synthetic-corpus.ts";

const { values } = parseArgs({
  options: {
    reports: { type: "string", default: "2000" },
    seed: { type: "string", default: "1" },
    size: { type: "string", default: "real" },
    threads: { type: "string" },
    dir: { type: "string" },
  },
});

if (values.dir !== undefined) {
  await loadFolder(values.dir, values.threads ? Number(values.threads) : loadThreads());
  process.exit(0);
}
const count = Number(values.reports);
const seed = Number(values.seed);
const size = values.size === "small" ? "small" : "real";

const generatedAt = performance.now();
const corpus = generateCorpus(count, seed, { size });
const generateMs = performance.now() - generatedAt;
const totalBytes = corpus.reduce((sum, f) => sum + f.bytes.length, 0);
const mb = totalBytes / 1e6;

// The first files pay for loading dictionaries; measure them apart so the steady rate shows.
const warmupAt = performance.now();
parseFile(corpus[0]!);
const warmupMs = performance.now() - warmupAt;

const latencies = new Float64Array(corpus.length);
let reports = 0;
const cpuAt = process.cpuUsage();
const startedAt = performance.now();
corpus.forEach((file, i) => {
  const t = performance.now();
  reports += parseFile(file).reports.length;
  latencies[i] = performance.now() - t;
});
const seconds = (performance.now() - startedAt) / 1000;
const cpu = process.cpuUsage(cpuAt);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
latencies.sort();
const pct = (p: number): string => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(2);

const startAt = performance.now();
const startCpu = process.cpuUsage();
const poolThreads = values.threads ? Number(values.threads) : availableParallelism();
const pool = createParsePool({ threads: poolThreads });
// Each thread loads the parser once; that start-up is not throughput.
await Promise.all(Array.from({ length: pool.parallelism }, () => pool.parse(corpus[0]!)));
const startMs = performance.now() - startAt;
const startCpuSeconds = cpuSecondsSince(startCpu);
const pooledCpu = process.cpuUsage();
const pooledAt = performance.now();
let next = 0;
let pooledReports = 0;
await Promise.all(
  Array.from({ length: pool.parallelism * 2 }, async () => {
    while (next < corpus.length) {
      const parsed = await pool.parse(corpus[next++]!);
      pooledReports += parsed.reports.length;
    }
  }),
);
const pooledSeconds = (performance.now() - pooledAt) / 1000;
const pooledCpuSeconds = cpuSecondsSince(pooledCpu);
await pool.close();

console.log(`files            ${corpus.length} (${mb.toFixed(1)} MB, ${size} reports, ${(totalBytes / corpus.length / 1000).toFixed(1)} KB a file, generated in ${(generateMs / 1000).toFixed(1)} s)`);
console.log(`reports          ${reports}`);
console.log(`first file       ${warmupMs.toFixed(0)} ms (dictionary loading)`);
console.log(`one core         ${(reports / seconds).toFixed(0)} reports/s, ${(mb / seconds).toFixed(2)} MB/s; ${(mb / cpuSeconds).toFixed(2)} MB per CPU-second`);
console.log(`pool (${poolThreads} threads)  ${(pooledReports / pooledSeconds).toFixed(0)} reports/s, ${(mb / pooledSeconds).toFixed(2)} MB/s; ${(mb / pooledCpuSeconds).toFixed(2)} MB per CPU-second`);
console.log(`pool start-up    ${(startMs / 1000).toFixed(2)} s, ${startCpuSeconds.toFixed(2)} CPU-seconds (every thread loading the parser)`);
console.log(`ms per file      p50 ${pct(0.5)}  p95 ${pct(0.95)}  p99 ${pct(0.99)}  max ${latencies.at(-1)!.toFixed(2)}`);
console.log(`peak RSS         ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

function cpuSecondsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

/** Loads `dir` into a fresh SQLite file and prints how fast, as `npm run ingest` runs it. */
async function loadFolder(dir: string, threads: number): Promise<void> {
  const bytes = await reportBytes(path.resolve(dir));
  const temp = await mkdtemp(path.join(tmpdir(), "nianbao-bench-ingest-"));
  try {
    const cpuAt = process.cpuUsage();
    const startedAt = performance.now();
    const pool = createParsePool({ eager: true, threads });
    const store = await openDatabase(path.join(temp, "bench.sqlite"));
    const summary = await ingestPaths(store, [dir], { removeMissing: true, parser: pool });
    await store.close();
    await pool.close();
    const seconds = (performance.now() - startedAt) / 1000;
    const cpuSeconds = cpuSecondsSince(cpuAt);
    const mb = bytes / 1e6;
    console.log(`folder           ${summary.files} files, ${mb.toFixed(1)} MB of reports; ${summary.reports} reports, ${summary.figures} figures, ${summary.failed.length} failed`);
    console.log(`load (${threads} thread${threads === 1 ? "" : "s"}) ${seconds.toFixed(2)} s, ${(mb / seconds).toFixed(2)} MB/s; ${cpuSeconds.toFixed(2)} CPU-seconds, ${(mb / cpuSeconds).toFixed(2)} MB per CPU-second`);
    console.log(`peak RSS         ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Bytes of the report files a load of `dir` reads (sidecars not counted). */
async function reportBytes(dir: string): Promise<number> {
  let total = 0;
  for (const file of (await scanPaths([dir])).files) total += (await stat(file)).size;
  return total;
}
