/**
 * `npm run bench:reminders [-- --subscriptions N] [--limited-seconds S]`: fans one reminder out to N
 * subscriptions (default 100 000) through the local fake Bot API with the rate limit lifted, and
 * prints the send rate and peak RSS; then runs a bounded fan-out (about S seconds, default 10) at
 * Telegram's limit against a fake that answers 429 above 30 requests a second, and prints the rate
 * held and the 429s seen. The fake server runs in a child process (this script with
 * `--serve-fake`), so it neither shares the event loop nor counts in the RSS.
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { autoRetry, Bot } from "../src/bot/telegram/grammy.ts";
import { createTelegramNotifier } from "../src/bot/telegram/telegram-notifier.ts";
import { createReminders, type CheckReport } from "../src/reminders/reminders.ts";
import { openDatabase } from "../src/store/db.ts";
import { createReportSource } from "../src/store/report-source.ts";
import { sendLogCounts } from "../src/store/send-log.repository.ts";
import { importSubscriptions } from "../src/store/subscription.repository.ts";
import { startFakeBotApi } from "../test/support/fake-bot-api.ts";
import { BOT_INFO } from "../test/support/telegram-updates.ts";

/** 7 days before the 2027-01-31 deadline, 09:00 in Shanghai: one reminder per subscription is due. */
const CHECK_AT = new Date("2027-01-24T09:00:00+08:00");
const TELEGRAM_RATE = 30;

interface RunFigures {
  seconds: number;
  report: CheckReport;
  statuses: Map<number, number>;
  peakRssMb: number;
  peakHeapMb: number;
}

/** The fake Bot API in a child process, answering tallies of the status codes it sent. */
interface RemoteFake {
  url: string;
  tally(): Promise<Map<number, number>>;
  close(): void;
}

async function startRemoteFake(maxPerSecond: number | null): Promise<RemoteFake> {
  const child: ChildProcess = fork(new URL(import.meta.url), ["--serve-fake", String(maxPerSecond ?? "none")], {
    execArgv: ["--import", "tsx"],
  });
  const url = await new Promise<string>((resolve) => child.once("message", (m) => resolve((m as { url: string }).url)));
  return {
    url,
    tally: () =>
      new Promise((resolve) => {
        child.once("message", (m) => resolve(new Map((m as { tally: Array<[number, number]> }).tally)));
        child.send("tally");
      }),
    close: () => child.kill(),
  };
}

async function serveFake(maxPerSecond: string): Promise<void> {
  const fake = await startFakeBotApi(maxPerSecond === "none" ? {} : { maxPerSecond: Number(maxPerSecond) });
  const tally = new Map<number, number>();
  const drain = (): void => {
    for (const call of fake.calls.splice(0)) tally.set(call.status, (tally.get(call.status) ?? 0) + 1);
  };
  setInterval(drain, 200);
  process.on("message", () => {
    drain();
    process.send!({ tally: [...tally] });
  });
  process.send!({ url: fake.url });
}

async function fanOut(subscriptions: number, maxPerSecond: number, fakeLimit: number | null): Promise<RunFigures> {
  const dir = await mkdtemp(path.join(tmpdir(), "nianbao-bench-reminders-"));
  const fake = await startRemoteFake(fakeLimit);
  const store = await openDatabase(path.join(dir, "bench.sqlite"));
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 100);
  try {
    const createdAt = "2026-11-23T00:00:00.000Z";
    await importSubscriptions(
      store.db,
      Array.from({ length: subscriptions }, (_, i) => ({
        chatId: `tg:${100_000_000 + i}`,
        entries: [{ id: 0, kind: null, follows: null, createdAt }],
        createdAt,
      })),
    );
    const bot = new Bot("bench", { client: { apiRoot: fake.url }, botInfo: BOT_INFO });
    bot.api.config.use(autoRetry({ maxDelaySeconds: 5, maxRetryAttempts: 3 }));
    const reminders = createReminders({
      db: store.db,
      source: createReportSource(store.db),
      notifiers: { telegram: createTelegramNotifier(bot.api) },
      clock: () => CHECK_AT,
      log: { info: () => undefined, warn: () => undefined, error: (fields, message) => console.error(message, fields) },
      options: { maxPerSecond },
    });
    const started = performance.now();
    const report = await reminders.runCheck(CHECK_AT);
    const seconds = (performance.now() - started) / 1000;
    const logged = await sendLogCounts(store.db);
    if ((logged.sent ?? 0) !== subscriptions) throw new Error(`bench: expected ${subscriptions} sent, log has ${JSON.stringify(logged)}`);
    peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    return { seconds, report, statuses: await fake.tally(), peakRssMb: peakRss / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20 };
  } finally {
    clearInterval(sampler);
    fake.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function describeStatuses(statuses: Map<number, number>): string {
  return [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(", ");
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      subscriptions: { type: "string", default: "100000" },
      "limited-seconds": { type: "string", default: "10" },
    },
  });
  const count = Number(values.subscriptions);
  const limitedCount = Math.round(Number(values["limited-seconds"]) * TELEGRAM_RATE);

  console.log(`Fan-out of one reminder to ${count} subscriptions, rate limit lifted`);
  const free = await fanOut(count, Infinity, null);
  const sent = free.report.sends.filter((s) => s.status === "sent").length;
  console.log(`  sent ${sent} in ${free.seconds.toFixed(1)} s: ${(sent / free.seconds).toFixed(0)} messages/s`);
  console.log(`  Bot API answers: ${describeStatuses(free.statuses)}`);
  console.log(`  peak RSS ${free.peakRssMb.toFixed(0)} MB (peak JS heap in use ${free.peakHeapMb.toFixed(0)} MB)`);

  console.log(`\nFan-out to ${limitedCount} subscriptions at ${TELEGRAM_RATE} messages/s; the fake answers 429 above ${TELEGRAM_RATE}/s`);
  const limited = await fanOut(limitedCount, TELEGRAM_RATE, TELEGRAM_RATE);
  const limitedSent = limited.report.sends.filter((s) => s.status === "sent").length;
  console.log(`  sent ${limitedSent} in ${limited.seconds.toFixed(1)} s: ${(limitedSent / limited.seconds).toFixed(1)} messages/s`);
  console.log(`  Bot API answers: ${describeStatuses(limited.statuses)} (429s: ${limited.statuses.get(429) ?? 0})`);
}

const args = process.argv.slice(2);
if (args[0] === "--serve-fake") await serveFake(args[1] ?? "none");
else await main(args);
