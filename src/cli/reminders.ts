/**
 * `npm run reminders -- --now YYYY-MM-DD [--dry-run] [--db PATH]`: runs one reminder check as of
 * the daily check time (09:00 Shanghai) on that date (default: now) and prints every message it
 * sends, or with `--dry-run` would send, and any earlier claims that were never confirmed sent.
 * The database defaults to DATABASE_URL (PostgreSQL) or DATABASE_PATH (`var/nianbao.sqlite`);
 * `--db PATH` picks a SQLite file, `--database-url URL` a PostgreSQL database. It sends for real only through
 * channels the environment configures, read as `src/main.ts` reads them (TELEGRAM_BOT_TOKEN;
 * WECHAT_TOKEN with WECHAT_APPID and WECHAT_APPSECRET); with none it runs as a dry run and says so.
 */
import { parseArgs } from "node:util";
import { autoRetry, Bot } from "../bot/telegram/grammy.ts";
import { createTelegramNotifier } from "../bot/telegram/telegram-notifier.ts";
import { createWechatApiClient } from "../bot/wechat/wechat-api.client.ts";
import { createWechatNotifier, WECHAT_PUSH_WINDOW_HOURS } from "../bot/wechat/wechat-notifier.ts";
import { loadConfig, type Config } from "../config.ts";
import type { Notifier } from "../reminders/notifier.ts";
import { createReminders, type CheckReport } from "../reminders/reminders.ts";
import { DEFAULT_SEND_TIME } from "../reminders/schedule.ts";
import { shanghaiInstant } from "../reminders/shanghai-time.ts";
import { cliStoreTarget, openCliStore, STORE_OPTIONS } from "./cli-store.ts";
import { createReportSource } from "../store/report-source.ts";

const USAGE = "usage: npm run reminders -- [--now YYYY-MM-DD] [--dry-run] [--db PATH | --database-url URL]";

async function main(argv: string[]): Promise<number> {
  const config = loadConfig(process.env);
  const { values } = parseArgs({
    args: argv,
    options: {
      now: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      ...STORE_OPTIONS,
    },
  });
  const now = values.now ? shanghaiInstant(values.now, DEFAULT_SEND_TIME) : new Date();
  if (Number.isNaN(now.getTime()) || (values.now !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.now))) {
    console.error(`${USAGE}\n--now must be YYYY-MM-DD, got ${values.now}`);
    return 2;
  }
  const configured = notifiersFrom(config);
  const noChannel = configured.telegram === undefined && configured.wechat === undefined;
  const dryRun = values["dry-run"] || noChannel;
  if (noChannel && !values["dry-run"]) {
    console.log("No channel configured (TELEGRAM_BOT_TOKEN, WECHAT_APPID/WECHAT_APPSECRET): running as a dry run.");
  }
  // A dry run never sends, so channels that are not configured still show what they would get.
  const notifiers = dryRun
    ? { telegram: configured.telegram ?? unconfigured(null), wechat: configured.wechat ?? unconfigured(WECHAT_PUSH_WINDOW_HOURS) }
    : configured;

  const store = await openCliStore(cliStoreTarget(values, process.env, config.databasePath));
  try {
    const reminders = createReminders({
      db: store.db,
      source: createReportSource(store.db),
      notifiers,
      // Claims are stamped with the real time even when the check runs as of another date.
      clock: () => new Date(),
      log: { info: () => undefined, warn: () => undefined, error: (fields, message) => console.error(message, fields) },
    });
    print(await reminders.runCheck(now, { dryRun }));
    return 0;
  } finally {
    await store.close();
  }
}

function notifiersFrom(config: Config): { telegram?: Notifier; wechat?: Notifier } {
  const notifiers: { telegram?: Notifier; wechat?: Notifier } = {};
  if (config.telegram) {
    const bot = new Bot(config.telegram.token, { client: { apiRoot: config.telegram.apiRoot } });
    bot.api.config.use(autoRetry({ maxDelaySeconds: 60, maxRetryAttempts: 3 }));
    notifiers.telegram = createTelegramNotifier(bot.api);
  }
  const wechat = config.wechat;
  if (wechat?.appId && wechat.appSecret) {
    const client = createWechatApiClient({ apiRoot: wechat.apiRoot, appId: wechat.appId, appSecret: wechat.appSecret });
    notifiers.wechat = createWechatNotifier(client);
  }
  return notifiers;
}

function unconfigured(pushWindowHours: number | null): Notifier {
  return {
    pushWindowHours,
    send: () => Promise.reject(new Error("reminders: channel not configured")),
  };
}

function print(report: CheckReport): void {
  const verb = report.dryRun ? "would send" : "sent";
  console.log(`Reminder check as of ${report.date} (Asia/Shanghai)${report.dryRun ? ", dry run" : ""}`);
  for (const claim of report.abandoned) {
    console.log(`! claimed at ${claim.claimedAt} by ${claim.claimedBy} but never confirmed sent, not re-sent: ${claim.key}`);
  }
  if (report.sends.length === 0) console.log("Nothing due.");
  for (const send of report.sends) {
    const status = send.status === "planned" ? verb : send.status;
    console.log(`\n[${status}] ${send.chatId} ${send.key}${send.detail ? ` (${send.detail})` : ""}`);
    console.log(send.text.replace(/^/gm, "  "));
  }
  const counts = new Map<string, number>();
  for (const send of report.sends) counts.set(send.status, (counts.get(send.status) ?? 0) + 1);
  console.log(`\n${[...counts].map(([status, n]) => `${status === "planned" ? verb : status}: ${n}`).join(", ") || "0 messages"}`);
}

process.exitCode = await main(process.argv.slice(2));
