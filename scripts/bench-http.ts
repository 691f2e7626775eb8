/**
 * HTTP benchmark: drives `POST /api/ask` and the WeChat endpoint (signed plaintext messages, each
 * a new MsgId) on loopback for a bounded time each, and prints requests/s, p50/p95/p99 latency and
 * peak RSS. The store is a temp SQLite file loaded from `data/reports`. With `--target URL` it
 * drives running servers instead (started with `WECHAT_TOKEN=benchtoken`), e.g. two instances
 * behind `scripts/round-robin.ts`; peak RSS is then the load generator's alone.
 *
 *   npm run bench:http -- [--seconds 10] [--concurrency 8] [--target http://127.0.0.1:8080]
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createAnswerEngine } from "../src/answers/create-answer-engine.ts";
import { createWechatMessageHandler } from "../src/bot/wechat/wechat.messages.ts";
import { wechatSignature } from "../src/bot/wechat/wechat.signature.ts";
import { ingestPaths } from "../src/corpus/ingest-paths.ts";
import { buildServer } from "../src/http/server.ts";
import { createRateLimiter } from "../src/http/rate-limiter.ts";
import { createChatStateStore } from "../src/store/chat-state.repository.ts";
import { openDatabase } from "../src/store/db.ts";
import { createReportSource } from "../src/store/report-source.ts";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "10" }, concurrency: { type: "string", default: "8" }, target: { type: "string" } },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

const QUESTIONS = [
  "凉州区科技局2021年公开了多少条信息",
  "凉州区科学技术局2021年新收到几件政府信息公开申请？",
  "凉州区科技局2021年行政复议有多少件",
  "龙港区2012年收到多少依申请公开请求",
  "教育局2021年公开了多少条信息",
  "龙港区有哪些年报",
];
const TOKEN = "benchtoken";

let peakRss = 0;
const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

const local = values.target === undefined ? await startLocalServer() : null;
const base = values.target?.replace(/\/+$/, "") ?? local!.base;

async function startLocalServer() {
  const dir = await mkdtemp(path.join(tmpdir(), "nianbao-bench-http-"));
  const store = await openDatabase(path.join(dir, "bench.sqlite"));
  await ingestPaths(store, [path.resolve(import.meta.dirname, "../data/reports")], { removeMissing: true });
  const engine = createAnswerEngine({ source: createReportSource(store.db), chats: createChatStateStore(store.db), now: () => new Date() });
  // One benchmark client asks far more than a person: the per-client limits would answer 429.
  const unlimited = createRateLimiter({ limit: Number.POSITIVE_INFINITY });
  const app = await buildServer({
    askLimiter: unlimited,
    engine,
    wechat: { token: TOKEN, cipher: null, client: null, handler: createWechatMessageHandler({ engine, reminders: null, limiter: unlimited }) },
  });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    base,
    async close() {
      await app.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

let sequence = 0;

function apiRequest(): [string, RequestInit] {
  const n = sequence++;
  return [
    `${base}/api/ask`,
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: QUESTIONS[n % QUESTIONS.length], chat: `bench${n % 64}` }) },
  ];
}

function wechatRequest(): [string, RequestInit] {
  const n = sequence++;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = `b${n}`;
  const query = new URLSearchParams({ signature: wechatSignature(TOKEN, timestamp, nonce), timestamp, nonce });
  const body =
    `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[user${n % 64}]]></FromUserName>` +
    `<CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content><![CDATA[${QUESTIONS[n % QUESTIONS.length]}]]></Content><MsgId>${1e15 + n}</MsgId></xml>`;
  return [`${base}/wechat?${query}`, { method: "POST", headers: { "content-type": "text/xml" }, body }];
}

async function drive(name: string, next: () => [string, RequestInit]): Promise<void> {
  const latencies: number[] = [];
  let failures = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const [url, init] = next();
        const t0 = performance.now();
        const response = await fetch(url, init);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.status !== 200) failures += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(2);
  console.log(
    `${name.padEnd(12)} ${latencies.length} requests in ${elapsed.toFixed(1)} s, ${(latencies.length / elapsed).toFixed(0)} req/s, ` +
      `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, non-200 ${failures}`,
  );
}

console.log(`${base}, concurrency ${concurrency}, ${seconds} s each, ${QUESTIONS.length} questions in rotation`);
await drive("/api/ask", apiRequest);
await drive("/wechat", wechatRequest);
clearInterval(rssTimer);
console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MiB (${local ? "server and load generator in one process" : "load generator"})`);
await local?.close();
