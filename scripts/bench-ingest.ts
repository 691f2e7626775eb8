/**
 * Ingest throughput: parses a synthetic corpus on one core and prints reports/s, MB/s, per-file
 * latency percentiles and peak RSS. Usage: `npm run bench:ingest -- --reports 10000 [--seed 1]`.
 */
import { parseArgs } from "node:util";
import { parseFile } from "../src/ingest/parse-file.ts";
import { generateCorpus } from "./synthetic-corpus.ts";

const { values } = parseArgs({
  options: { reports: { type: "string", default: "10000" }, seed: { type: "string", default: "1" } },
});
const count = Number(values.reports);
const seed = Number(values.seed);

const generatedAt = performance.now();
const corpus = generateCorpus(count, seed);
const generateMs = performance.now() - generatedAt;
const totalBytes = corpus.reduce((sum, f) => sum + f.bytes.length, 0);

// The first files pay for loading dictionaries; measure them apart so the steady rate shows.
const warmupAt = performance.now();
parseFile(corpus[0]!);
const warmupMs = performance.now() - warmupAt;

const latencies = new Float64Array(corpus.length);
let reports = 0;
const startedAt = performance.now();
corpus.forEach((file, i) => {
  const t = performance.now();
  reports += parseFile(file).reports.length;
  latencies[i] = performance.now() - t;
});
const seconds = (performance.now() - startedAt) / 1000;
latencies.sort();
const pct = (p: number): string => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(2);

console.log(`files            ${corpus.length} (${(totalBytes / 1e6).toFixed(1)} MB, generated in ${(generateMs / 1000).toFixed(1)} s)`);
console.log(`reports          ${reports}`);
console.log(`first file       ${warmupMs.toFixed(0)} ms (dictionary loading)`);
console.log(`reports/s        ${(reports / seconds).toFixed(0)}`);
console.log(`MB/s             ${(totalBytes / 1e6 / seconds).toFixed(2)}`);
console.log(`ms per file      p50 ${pct(0.5)}  p95 ${pct(0.95)}  p99 ${pct(0.99)}  max ${latencies.at(-1)!.toFixed(2)}`);
console.log(`peak RSS         ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
