/**
 * `npm run bench:answer -- [--reports N] [--questions Q] [--seed S]`: answer-engine figures on a
 * synthetic corpus of N reports (default 10,000). The corpus is generated, written to a temp
 * folder and ingested into `var/bench-answer-<N>-<S>.sqlite`, which later runs reuse. Prints the
 * start-up time (engine ready, catalogue index built), answer latency p50/p95/p99 over Q generated
 * questions (default 3,000) and peak RSS.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createAnswerEngine } from "../src/answers/create-answer-engine.ts";
import { createMemoryChatStateStore } from "../src/answers/memory-chat-state.ts";
import { ingestPaths } from "../src/corpus/ingest-paths.ts";
import { openDatabase } from "../src/store/db.ts";
import { saveCatalogSnapshot } from "../src/store/catalog-listing.ts";
import { createReportSource } from "../src/store/report-source.ts";
import { generateCorpus, generateCorpusWithTruth } from "./synthetic-corpus.ts";

const { values } = parseArgs({
  options: {
    reports: { type: "string", default: "10000" },
    questions: { type: "string", default: "3000" },
    seed: { type: "string", default: "7" },
  },
});
const n = Number(values.reports);
const questionCount = Number(values.questions);
const seed = Number(values.seed);
const dbPath = path.resolve(`var/bench-answer-${n}-${seed}.sqlite`);

if (!existsSync(dbPath)) await buildDatabase();
const store = await openDatabase(dbPath);
// What a load leaves behind (a database built before snapshots existed gets one here, untimed).
await saveCatalogSnapshot(store.db);
const started = performance.now();
const engine = createAnswerEngine({ source: createReportSource(store.db), chats: createMemoryChatStateStore(), now: () => new Date("2025-06-01T12:00:00") });
await engine.catalog("");
const startup = performance.now() - started;

const questions = makeQuestions();
const latencies: number[] = [];
const statuses = new Map<string, number>();
for (let i = 0; i < questions.length; i++) {
  const t = performance.now();
  const answer = await engine.ask(`bench:${i % 50}`, questions[i]!);
  latencies.push(performance.now() - t);
  statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
}
await store.close();

latencies.sort((a, b) => a - b);
const at = (p: number): string => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(2);
console.log(`reports: ${n}  questions: ${questions.length}`);
console.log(`start-up (catalogue indexed): ${(startup / 1000).toFixed(2)} s`);
console.log(`answer latency ms: p50 ${at(0.5)}  p95 ${at(0.95)}  p99 ${at(0.99)}  max ${at(1)}`);
console.log(`statuses: ${[...statuses].map(([s, c]) => `${s} ${c}`).join(", ")}`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

async function buildDatabase(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "nianbao-bench-answer-"));
  const building = path.join(dir, "bench.sqlite");
  try {
    const files = path.join(dir, "files");
    await mkdir(files);
    for (const f of generateCorpus(n, seed)) await writeFile(path.join(files, f.name), f.bytes);
    const t = performance.now();
    const built = await openDatabase(building);
    await ingestPaths(built, [files], { removeMissing: true });
    await built.close();
    await mkdir(path.dirname(dbPath), { recursive: true });
    await rename(building, dbPath);
    console.log(`built ${dbPath} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function makeQuestions(): string[] {
  const truths = generateCorpusWithTruth(Math.min(n, questionCount), seed).map((f) => f.truth);
  const forms = [
    (a: string, y: number) => `${a}${y}年公开了多少条信息`,
    (a: string, y: number) => `${a}${y}年收到多少依申请公开申请`,
    (a: string, y: number) => `${a}${y}年行政复议有多少件`,
    (a: string, y: number) => `${a}${y}年存在哪些主要问题`,
    (a: string, y: number) => `${a}${y + 1}年主动公开了多少条`,
    (a: string) => `${a.replace("科学技术局", "科技局").replace("发展和改革委员会", "发改委")}公开了多少条信息`,
  ];
  const out: string[] = [];
  for (let i = 0; out.length < questionCount; i++) {
    const t = truths[i % truths.length]!;
    out.push(forms[i % forms.length]!(t.agency, t.year));
  }
  return out;
}
