/**
 * The load check: `npm start` on a fresh database over a data directory of real-size synthetic
 * reports (about `--mb` MB), while questions are asked one after another. Prints how long after
 * the process started `/healthz` first answered, `/api/ask` latencies (p50, p99, max) and errors
 * while the start-up load ran, how long the load took and its MB/s, and whether a loaded report
 * answers afterwards. Questions come from rotating loopback addresses (127.0.0.2 …), as many
 * clients would, so the per-client limit of 60 a minute is not what is measured.
 *
 *   npm run bench:load -- [--mb 20] [--seed 1]
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateCorpusWithTruth } from "./synthetic-corpus.ts";

const { values } = parseArgs({ options: { mb: { type: "string", default: "20" }, seed: { type: "string", default: "1" } } });
const targetBytes = Number(values.mb) * 1e6;
const ROOT = path.resolve(import.meta.dirname, "..");
const QUESTIONS = ["凉州区科技局2021年公开了多少条信息", "龙港区2012年收到多少依申请公开请求", "龙港区有哪些年报", "教育局2021年公开了多少条信息"];

const work = await mkdtemp(path.join(tmpdir(), "nianbao-bench-load-"));
const dataDir = path.join(work, "reports");
await mkdir(dataDir);
// The seeds plus synthetic reports up to the size asked for.
await writeFile(path.join(dataDir, "seed.txt"), await readFile(path.join(ROOT, "data/reports/001_c6179b2d5830f109.txt")));
let bytes = 0;
let files = 0;
let sample: { agency: string; year: number; proactiveTotal: number } | null = null;
for (const f of generateCorpusWithTruth(Math.ceil(targetBytes / 15_000), Number(values.seed), { size: "real" })) {
  if (bytes >= targetBytes) break;
  await writeFile(path.join(dataDir, f.name), f.bytes);
  bytes += f.bytes.length;
  files++;
  if (f.truth.format === "narrative") sample ??= f.truth;
}

const port = await freePort();
const startedAt = performance.now();
const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["src/main.ts"], {
  cwd: ROOT,
  env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_PATH: path.join(work, "db.sqlite"), DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn" },
  stdio: ["ignore", "ignore", "inherit"],
});

try {
  let healthMs = 0;
  for (;;) {
    const health = await call("GET", "/healthz").catch(() => null);
    if (health?.status === 200) {
      healthMs = performance.now() - startedAt;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const latencies: number[] = [];
  let errors = 0;
  let loadMs = 0;
  for (let i = 0; ; i++) {
    const t = performance.now();
    const answer = await call("POST", "/api/ask", { question: QUESTIONS[i % QUESTIONS.length], chat: `load-${i % 50}` }, `127.0.0.${2 + (i % 250)}`).catch(() => null);
    latencies.push(performance.now() - t);
    if (answer?.status !== 200) errors++;
    if (i % 10 === 0) {
      const health = JSON.parse((await call("GET", "/healthz")).body) as { load: { running: boolean; last: { kind: string; ms: number } | null } };
      if (!health.load.running && health.load.last?.kind === "start-up") {
        loadMs = health.load.last.ms;
        break;
      }
    }
  }
  const after = sample ? JSON.parse((await call("POST", "/api/ask", { question: `${sample.agency}${sample.year}年主动公开了多少条信息` })).body) as { status: string; figures: Array<{ value: number }> } : null;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(0);
  console.log(`data directory   ${files + 1} files, ${(bytes / 1e6).toFixed(1)} MB (real-size synthetic reports and one seed)`);
  console.log(`/healthz         first 200 after ${(healthMs / 1000).toFixed(2)} s from spawning npm start's process`);
  console.log(`/api/ask         ${latencies.length} asked one after another during the load: p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${latencies.at(-1)!.toFixed(0)} ms, errors ${errors}`);
  console.log(`start-up load    ${(loadMs / 1000).toFixed(1)} s, ${(bytes / 1e6 / (loadMs / 1000)).toFixed(2)} MB/s`);
  if (sample && after) console.log(`after the load   ${sample.agency}${sample.year}: ${after.status}, ${after.figures[0]?.value ?? "-"} (report says ${sample.proactiveTotal})`);
} finally {
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  await rm(work, { recursive: true, force: true });
}

function call(method: string, url: string, body?: unknown, localAddress = "127.0.0.1"): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request({ host: "127.0.0.1", port, method, path: url, localAddress, headers: payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {} }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(payload);
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port: free } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return free;
}
