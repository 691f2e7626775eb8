/**
 * The composition root: configuration → database (migrations) → answer engine → Telegram bot →
 * HTTP server → listen → load of the data directory in the background (parsed in worker threads;
 * answers come from what the database holds meanwhile) → reminders once it ends, and a graceful
 * shutdown on SIGINT/SIGTERM. The only module (with the CLIs) that reads `process.env`.
 */
import path from "node:path";
import { createAgencyDirectory } from "./answers/catalog/agency-directory.ts";
import { createCatalogCache } from "./answers/catalog/catalog-cache.ts";
import { createAnswerEngine } from "./answers/create-answer-engine.ts";
import { createAdminActions, QUESTIONS_COUNTER } from "./bot/telegram/admin-actions.ts";
import { commandMenus } from "./bot/telegram/bot-commands.ts";
import { createBot, type BotLog } from "./bot/telegram/create-bot.ts";
import { subscriptionsFeature } from "./bot/telegram/features/subscriptions.ts";
import { Composer, type Context } from "./bot/telegram/grammy.ts";
import { createTelegramNotifier } from "./bot/telegram/telegram-notifier.ts";
import { createTelegramRunner, type TelegramRunner } from "./bot/telegram/telegram-runner.ts";
import { createUpdateClaims } from "./bot/telegram/update-claims.ts";
import { createWechatApiClient } from "./bot/wechat/wechat-api.client.ts";
import { createWechatCipher } from "./bot/wechat/wechat.crypto.ts";
import { createStoredMessageLog } from "./bot/wechat/wechat-message-log.ts";
import { createWechatMessageHandler } from "./bot/wechat/wechat.messages.ts";
import { createWechatNotifier } from "./bot/wechat/wechat-notifier.ts";
import { wechatReminders } from "./bot/wechat/wechat-reminders.ts";
import { checkConfigPaths, ConfigError, loadConfig, type Config } from "./config.ts";
import { createCorpusService } from "./corpus/corpus-service.ts";
import { formatIngestSummary } from "./corpus/ingest-summary.ts";
import { createParsePool } from "./corpus/parse-pool.ts";
import { buildServer } from "./http/server.ts";
import type { Notifier } from "./reminders/notifier.ts";
import { createReminders } from "./reminders/reminders.ts";
import { createChatStateStore } from "./store/chat-state.repository.ts";
import { incrementCounter } from "./store/counter.repository.ts";
import { describeTarget, openStore } from "./store/db.ts";
import { createReportSource } from "./store/report-source.ts";
import { lastInboundTimes, listSubscriptions } from "./store/subscription.repository.ts";

/** How long shutdown waits for running handlers before closing the database anyway. */
const HANDLER_DEADLINE_MS = 10_000;

async function main(config: Config): Promise<void> {
  await checkConfigPaths(config);
  const store = await openStore(config).catch((error: unknown) => {
    const variable = config.databaseUrl === null ? "DATABASE_PATH" : "DATABASE_URL";
    throw new Error(`${variable} ${describeTarget(config)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  const clock = () => new Date();
  const source = createReportSource(store.db);
  // One catalogue index in memory, shared by questions and by the names subscribers type.
  const catalog = createCatalogCache(source);
  const engine = createAnswerEngine({ source, chats: createChatStateStore(store.db), now: clock, catalog });
  const onQuestion = async () => void (await incrementCounter(store.db, QUESTIONS_COUNTER));

  const wechatClient =
    config.wechat?.appId && config.wechat.appSecret
      ? createWechatApiClient({ apiRoot: config.wechat.apiRoot, appId: config.wechat.appId, appSecret: config.wechat.appSecret })
      : null;

  // The bot is assembled before reminders exist (their Telegram notifier needs the bot's API): the
  // subscription commands are filled in once reminders are created.
  const subscriptions = new Composer<Context>();
  let logRef: BotLog = console;
  const log: BotLog = {
    info: (obj, msg) => logRef.info(obj, msg),
    warn: (obj, msg) => logRef.warn(obj, msg),
    error: (obj, msg) => logRef.error(obj, msg),
  };
  let runner: TelegramRunner | null = null;
  const notifiers: { telegram?: Notifier; wechat?: Notifier } = {};
  if (wechatClient) notifiers.wechat = createWechatNotifier(wechatClient);
  const reminders = createReminders({ db: store.db, source, directory: createAgencyDirectory(catalog), notifiers, clock, log });
  const notifyNewReports = (reports: Array<{ id: number; agency: string | null; year: number | null }>) => {
    reminders.notifyNewReports(reports).catch((error: unknown) => log.error({ err: error }, "new-report notices failed"));
  };
  // Parse threads yield the CPU to the main thread, which answers while a load runs.
  const parser = createParsePool({ niceness: 10 });
  // Cancels waiting for another instance's load of DATA_DIR when this one shuts down.
  const stopWaiting = new AbortController();
  const corpus = createCorpusService({ store, dataDir: config.dataDir, parser, onNewReports: notifyNewReports, signal: stopWaiting.signal });

  if (config.telegram) {
    const bot = createBot({
      token: config.telegram.token,
      apiRoot: config.telegram.apiRoot,
      engine,
      claimUpdate: createUpdateClaims(store.db, { now: clock }),
      adminIds: config.telegram.adminIds,
      admin: createAdminActions({
        countChats: async () => (await lastInboundTimes(store.db, "tg:")).size + (await lastInboundTimes(store.db, "wx:")).size,
        countSubscribers: async () => (await listSubscriptions(store.db)).length,
        corpus,
      }),
      recordInbound: (chatId, at) => reminders.recordInbound(chatId, at),
      subscriptions,
      onQuestion,
      log,
    });
    notifiers.telegram = createTelegramNotifier(bot.api);
    subscriptions.use(subscriptionsFeature({ reminders, clock }));
    runner = createTelegramRunner(bot, {
      menus: commandMenus({ withSubscriptions: true, adminIds: config.telegram.adminIds }),
      webhookUrl: config.telegram.webhookUrl,
      webhookSecret: config.telegram.webhookSecret,
      log,
    });
  }

  const app = await buildServer({
    engine,
    onQuestion,
    loadStatus: () => corpus.status(),
    logger: { level: config.logLevel },
    wechat: config.wechat
      ? {
          token: config.wechat.token,
          cipher:
            config.wechat.encodingAesKey && config.wechat.appId
              ? createWechatCipher({
                  encodingAesKey: config.wechat.encodingAesKey,
                  previousEncodingAesKey: config.wechat.previousEncodingAesKey,
                  appId: config.wechat.appId,
                })
              : null,
          client: wechatClient,
          // One instance per SQLite file: its memory sees every retry. Instances sharing PostgreSQL share the keys.
          messages: store.dialect === "postgres" ? createStoredMessageLog(store.db) : null,
          handler: createWechatMessageHandler({
            engine,
            onQuestion,
            reminders: wechatReminders(reminders),
          }),
        }
      : null,
    telegram: runner?.mode === "webhook" ? { secret: config.telegram!.webhookSecret!, dispatch: (update) => runner!.dispatch(update) } : null,
  });
  logRef = app.log;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down");
    stopWaiting.abort();
    const force = setTimeout(() => {
      app.log.error({}, "shutdown deadline passed; exiting");
      process.exit(1);
    }, HANDLER_DEADLINE_MS * 2).unref();
    try {
      await Promise.all([app.close(), runner?.stop(HANDLER_DEADLINE_MS)]);
      await reminders.stop();
      await parser.close();
      await store.close();
      clearTimeout(force);
      process.exitCode = 0;
    } catch (error) {
      app.log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  const address = await app.listen({ port: config.port, host: config.host });
  await runner?.start();
  const where = { dataDir: path.resolve(config.dataDir), database: path.resolve(config.databasePath) };
  app.log.info(where, "loading the data directory in the background; answering from the database meanwhile");
  // Reminders wait for the load: the filing watch must not take a half-loaded corpus for missing reports.
  void corpus
    .reload("start-up")
    .then(
      (summary) => app.log.info(where, `data loaded\n${formatIngestSummary(summary)}`),
      (error: unknown) => app.log.error({ err: error, ...where }, "loading the data directory failed; answering from what the database holds"),
    )
    .then(() => (stopping ? undefined : reminders.start()))
    .catch((error: unknown) => app.log.error({ err: error }, "reminders failed to start"));

  app.log.info(
    {
      web: `${address}/`,
      api: `${address}/api/ask`,
      telegram: runner ? (runner.mode === "webhook" ? `webhook ${config.telegram!.webhookUrl}` : "long polling") : "off (TELEGRAM_BOT_TOKEN unset)",
      wechat: config.wechat ? `${address}/wechat (${config.wechat.encodingAesKey ? "safe mode accepted" : "plaintext only"}${wechatClient ? ", customer-service sends on" : ""})` : "off (WECHAT_TOKEN unset)",
    },
    `nianbao listening on ${address}`,
  );
}

let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
main(config).catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error("nianbao failed to start:", error);
  process.exit(1);
});
