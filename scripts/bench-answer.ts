/**
 * `npm run bench:answer -- [--reports N] [--questions Q] [--seed S] [--warm]`: answer-engine figures on a
 * synthetic corpus of N reports (default 10,000). The corpus is generated, written to a temp
 * folder and ingested into `var/bench-answer-<N>-<S>.sqlite`, which later runs reuse. Prints the
 * start-up time (engine ready, catalogue index built) and when the near-match search finished
 * filling in the background (with `--warm`, before the first question), answer latency
 * p50/p95/p99 over Q generated questions (default 3,000), during the fill and after, and peak RSS, then the slowest 1% of the questions grouped by their
 * shape and answer status, with the garbage-collection pauses that fell inside them.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance, PerformanceObserver } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createCatalogCache } from "../src/answers/catalog/catalog-cache.ts";
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
    // Wait for the near-match search to fill before asking: the latency once warm, searches included.
    warm: { type: "boolean", default: false },
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
const source = createReportSource(store.db);
const catalog = createCatalogCache(source);
const engine = createAnswerEngine({ source, catalog, chats: createMemoryChatStateStore(), now: () => new Date("2025-06-01T12:00:00") });
await engine.catalog("");
const startup = performance.now() - started;
// The near-match search fills in the background while the questions run; until then it finds nothing.
let searchFilled: number | null = null;
const filling = (await catalog.current()).search.ready({ hurry: values.warm }).then(() => (searchFilled = performance.now() - started));
if (values.warm) await filling;

const questions = makeQuestions();
const latencies: number[] = [];
const statuses = new Map<string, number>();
const timed: Timed[] = [];
const pauses = watchGc();
const cpu: number[] = [];
for (let i = 0; i < questions.length; i++) {
  const t = performance.now();
  const used = process.cpuUsage();
  const answer = await engine.ask(`bench:${i % 50}`, questions[i]!.text);
  const end = performance.now();
  const spent = process.cpuUsage(used);
  latencies.push(end - t);
  cpu.push((spent.user + spent.system) / 1000);
  timed.push({ ...questions[i]!, status: answer.status, start: t, ms: end - t, order: i });
  statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
}
pauses.stop();
await store.close();

latencies.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const at = (p: number, of = latencies): string => of[Math.min(of.length - 1, Math.floor(p * of.length))]!.toFixed(2);
console.log(`reports: ${n}  questions: ${questions.length}`);
console.log(`start-up (catalogue indexed): ${(startup / 1000).toFixed(2)} s; near-match search filled ${searchFilled === null ? "after the questions" : `at ${(searchFilled / 1000).toFixed(2)} s`}`);
console.log(`answer latency ms: p50 ${at(0.5)}  p95 ${at(0.95)}  p99 ${at(0.99)}  max ${at(1)}`);
// CPU time of the process (all its threads) per question: what the machine's load does not inflate.
console.log(`answer CPU ms: p50 ${at(0.5, cpu)}  p99 ${at(0.99, cpu)}  max ${at(1, cpu)}  (load average ${loadavg()[0]!.toFixed(1)})`);
console.log(`statuses: ${[...statuses].map(([s, c]) => `${s} ${c}`).join(", ")}`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
printFill(timed);
printTail(timed, pauses.entries);

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

/** One bench question: its text and the shape it was made from. */
interface Question {
  text: string;
  shape: string;
}

interface Timed extends Question {
  status: string;
  /** Its place in the run, from 0. */
  order: number;
  start: number;
  ms: number;
}

interface Pause {
  start: number;
  ms: number;
  major: boolean;
}

/** Garbage-collection pauses from now until `stop()`. */
function watchGc(): { entries: Pause[]; stop(): void } {
  const entries: Pause[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      // kind 4 is NODE_PERFORMANCE_GC_MAJOR (mark-compact).
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind;
      entries.push({ start: e.startTime, ms: e.duration, major: kind === 4 });
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  return { entries, stop: () => observer.disconnect() };
}

/** Latency of the questions asked while the near-match search was filling, and after. */
function printFill(all: Timed[]): void {
  const filled = searchFilled === null ? Infinity : started + searchFilled;
  const part = (qs: Timed[]): string => {
    if (qs.length === 0) return "none";
    const ms = qs.map((q) => q.ms).sort((a, b) => a - b);
    return `${qs.length}, p50 ${ms[Math.floor(ms.length / 2)]!.toFixed(2)} ms, p99 ${ms[Math.min(ms.length - 1, Math.floor(0.99 * ms.length))]!.toFixed(2)} ms`;
  };
  console.log(`questions during the fill: ${part(all.filter((q) => q.start < filled))}; after: ${part(all.filter((q) => q.start >= filled))}`);
}

/** The slowest 1% (at least 10) of the questions, grouped by shape and status, and the GC pauses inside them. */
function printTail(all: Timed[], gc: Pause[]): void {
  const tail = [...all].sort((a, b) => b.ms - a.ms).slice(0, Math.max(10, Math.ceil(all.length / 100)));
  const groups = new Map<string, Timed[]>();
  for (const q of tail) {
    const key = `${q.shape} → ${q.status}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const shapeCount = new Map<string, number>();
  for (const q of all) shapeCount.set(`${q.shape} → ${q.status}`, (shapeCount.get(`${q.shape} → ${q.status}`) ?? 0) + 1);
  const inside = (q: Timed, major: boolean | null) =>
    gc.filter((p) => (major === null || p.major === major) && p.start < q.start + q.ms && p.start + p.ms > q.start).reduce((sum, p) => sum + p.ms, 0);
  const gcAll = gc.reduce((sum, p) => sum + p.ms, 0);
  console.log(`GC during the questions: ${gc.length} pauses, ${gcAll.toFixed(0)} ms (${gc.filter((p) => p.major).length} major, longest ${Math.max(0, ...gc.map((p) => p.ms)).toFixed(1)} ms)`);
  console.log(`slowest ${tail.length} questions (from ${tail[tail.length - 1]!.ms.toFixed(1)} ms), by shape → status:`);
  for (const [key, qs] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    const ms = qs.map((q) => q.ms).sort((a, b) => a - b);
    const gcMs = qs.reduce((sum, q) => sum + inside(q, null), 0);
    const majorMs = qs.reduce((sum, q) => sum + inside(q, true), 0);
    console.log(
      `  ${String(qs.length).padStart(3)} of ${shapeCount.get(key)}  ${key}: median ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms, max ${ms.at(-1)!.toFixed(1)} ms; GC inside ${gcMs.toFixed(0)} ms (major ${majorMs.toFixed(0)} ms)`,
    );
  }
  for (const q of tail.slice(0, 5)) console.log(`  ${q.ms.toFixed(1)} ms  #${q.order}  ${q.status}  ${q.text}`);
  console.log(`  of them among the first 20 questions asked: ${tail.filter((q) => q.order < 20).length}`);
}

function makeQuestions(): Question[] {
  const truths = generateCorpusWithTruth(Math.min(n, questionCount), seed).map((f) => f.truth);
  const forms: Array<[string, (a: string, y: number) => string]> = [
    ["proactive", (a, y) => `${a}${y}年公开了多少条信息`],
    ["applications", (a, y) => `${a}${y}年收到多少依申请公开申请`],
    ["reconsideration", (a, y) => `${a}${y}年行政复议有多少件`],
    ["problems text", (a, y) => `${a}${y}年存在哪些主要问题`],
    ["year after", (a, y) => `${a}${y + 1}年主动公开了多少条`],
    ["short name, no year", (a) => `${a.replace("科学技术局", "科技局").replace("发展和改革委员会", "发改委")}公开了多少条信息`],
  ];
  const out: Question[] = [];
  for (let i = 0; out.length < questionCount; i++) {
    const t = truths[i % truths.length]!;
    const [shape, form] = forms[i % forms.length]!;
    out.push({ text: form(t.agency, t.year), shape });
  }
  return out;
}
