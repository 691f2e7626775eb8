import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Bot } from "grammy";
import { createCorpusService } from "../../../src/corpus/corpus-service.ts";
import { createAdminActions, QUESTIONS_COUNTER } from "../../../src/bot/telegram/admin-actions.ts";
import { APOLOGY_TEXT, createBot, UNKNOWN_COMMAND_TEXT, type BotDeps } from "../../../src/bot/telegram/create-bot.ts";
import { TOO_FAST_TEXT } from "../../../src/bot/telegram/rate-gate.ts";
import { createRateLimiter } from "../../../src/http/rate-limiter.ts";
import { REFUSAL_TEXT } from "../../../src/bot/telegram/features/admin.ts";
import { MEDIA_TEXT } from "../../../src/bot/telegram/features/media.ts";
import { EXAMPLE_QUESTIONS } from "../../../src/bot/telegram/features/start.ts";
import { subscriptionsFeature } from "../../../src/bot/telegram/features/subscriptions.ts";
import { createReminders } from "../../../src/reminders/reminders.ts";
import { incrementCounter } from "../../../src/store/counter.repository.ts";
import { createReportSource } from "../../../src/store/report-source.ts";
import { claimProcessed } from "../../../src/store/processed-update.repository.ts";
import { lastInboundTimes, listSubscriptions, recordInbound } from "../../../src/store/subscription.repository.ts";
import { startFakeBotApi, type FakeBotApi } from "../../support/fake-bot-api.ts";
import { plainBot as testBot } from "../../support/plain-bot.ts";
import { openSeededEngine, recordingLog, type SeededEngine } from "../../support/seeded-engine.ts";
import { BOT_INFO, callbackUpdate, documentUpdate, textUpdate } from "../../support/telegram-updates.ts";

const ADMIN = 1001;
const USER = 2002;

interface Keyboard {
  inline_keyboard: Array<Array<{ text: string; callback_data: string }>>;
}

describe("createBot", () => {
  let seeded: SeededEngine;
  let fake: FakeBotApi;
  let bot: Bot;
  let log: ReturnType<typeof recordingLog>;

  beforeAll(async () => {
    seeded = await openSeededEngine();
  });
  afterAll(async () => {
    await seeded.close();
  });

  beforeEach(async () => {
    fake = await startFakeBotApi();
    log = recordingLog();
    bot = makeBot();
  });
  afterEach(async () => {
    await fake.close();
  });

  /** A bot over the shared store, as a process would build it after every (re)start. */
  function makeBot(): Bot {
    return createBot({
      token: "123:abc",
      apiRoot: fake.url,
      botInfo: BOT_INFO,
      engine: seeded.engine,
      claimUpdate: (key) => claimProcessed(seeded.store.db, key),
      recordInbound: (chatId, at) => recordInbound(seeded.store.db, chatId, at),
      adminIds: [ADMIN],
      admin: createAdminActions({
        corpus: createCorpusService({ store: seeded.store, dataDir: seeded.dataDir, onNewReports: () => undefined }),
        countChats: async () => (await lastInboundTimes(seeded.store.db, "tg:")).size,
        countSubscribers: async () => (await listSubscriptions(seeded.store.db)).length,
      }),
      log,
      retry: { maxDelaySeconds: 5, maxRetryAttempts: 2 },
    });
  }

  /** A bot without admins or update claims, for the tests that change one dependency. */
  function plainBot(deps: Partial<BotDeps>): Bot {
    return testBot(fake.url, seeded.engine, { log, ...deps });
  }

  const sent = () => fake.sent("sendMessage").map((c) => c.payload);
  const lastSent = () => sent().at(-1)!;

  it("answers a free-text question in HTML with the figure bold, the quote and a 原文 button", async () => {
    await bot.handleUpdate(textUpdate(USER, "凉州区科技局2021年公开了多少条信息"));
    const reply = lastSent();
    expect(reply.chat_id).toBe(USER);
    expect(reply.parse_mode).toBe("HTML");
    const text = String(reply.text);
    expect(text).toContain("凉州区科学技术局2021年年报：主动公开政府信息 <b>13条</b>。");
    expect(text).toContain("<blockquote>2021年我局共主动公开政府信息13条,其中,公开指南1条");
    const keyboard = reply.reply_markup as Keyboard;
    expect(keyboard.inline_keyboard[0]![0]!.text).toBe("原文");
    expect(keyboard.inline_keyboard[0]![0]!.callback_data).toMatch(/^p:\d+:\d+$/);
  });

  it("shows the cited passage for a 原文 button", async () => {
    await bot.handleUpdate(textUpdate(USER, "凉州区科技局2021年公开了多少条信息"));
    const data = (lastSent().reply_markup as Keyboard).inline_keyboard[0]![0]!.callback_data;
    await bot.handleUpdate(callbackUpdate(USER, data));
    expect(fake.sent("answerCallbackQuery")).toHaveLength(1);
    const text = String(lastSent().text);
    expect(text).toContain("<b>凉州区科学技术局2021年政府信息公开工作年度报告</b> · 二、主动公开政府信息情况");
    expect(text).toContain("<blockquote>");
    expect(text).toContain("2021年我局共主动公开政府信息13条");
  });

  it("escapes what it quotes", async () => {
    await bot.handleUpdate(textUpdate(USER, "<b>凉州区</b> & 科技局 <script>"));
    const text = String(lastSent().text);
    expect(text).not.toContain("<script>");
    expect(text).not.toMatch(/<(?!\/?(b|i|a|blockquote)\b)/);
  });

  it("answers /start with three example questions as buttons that ask them", async () => {
    await bot.handleUpdate(textUpdate(USER, "/start"));
    const keyboard = lastSent().reply_markup as Keyboard;
    expect(keyboard.inline_keyboard.map((row) => row[0]!.callback_data)).toEqual(["x:0", "x:1", "x:2"]);
    await bot.handleUpdate(callbackUpdate(USER, "x:0"));
    expect(String(lastSent().text)).toContain("<b>13条</b>");
  });

  it("answers /help and /ask without a question with usage", async () => {
    await bot.handleUpdate(textUpdate(USER, "/help"));
    expect(String(lastSent().text)).toContain("/reports");
    await bot.handleUpdate(textUpdate(USER, "/ask"));
    expect(String(lastSent().text)).toBe("用法：/ask 问题，例如 /ask 凉州区科技局2021年公开了多少条信息");
    await bot.handleUpdate(textUpdate(USER, "/ask 凉州区科技局2021年公开了多少条信息"));
    expect(String(lastSent().text)).toContain("<b>13条</b>");
  });

  it("tells a user past the per-minute limit once to wait, drops the rest of that minute, and answers others and the next minute", async () => {
    let now = 1_000_000;
    const limited = plainBot({ limiter: createRateLimiter({ limit: 2, windowMs: 60_000, now: () => now }) });
    const question = "凉州区科技局2021年公开了多少条信息";
    for (let i = 0; i < 5; i++) await limited.handleUpdate(textUpdate(USER, question));
    await limited.handleUpdate(callbackUpdate(USER, "x:0"));
    await limited.handleUpdate(textUpdate(USER + 1, question));
    now += 60_000;
    await limited.handleUpdate(textUpdate(USER, question));

    const texts = sent().map((p) => [p.chat_id, String(p.text).includes("<b>13条</b>") ? "answer" : p.text]);
    expect(texts).toEqual([
      [USER, "answer"],
      [USER, "answer"],
      [USER, TOO_FAST_TEXT],
      [USER + 1, "answer"],
      [USER, "answer"],
    ]);
    expect(fake.sent("answerCallbackQuery")).toEqual([]);
  });

  it("points to /help for an unknown command in a private chat, and stays quiet in a group", async () => {
    await bot.handleUpdate(textUpdate(USER, "/foo"));
    expect(sent().map((p) => [p.chat_id, p.text])).toEqual([[USER, UNKNOWN_COMMAND_TEXT]]);
    await bot.handleUpdate(textUpdate(-100, "/foo@other_bot"));
    expect(sent()).toHaveLength(1);
  });

  it("lists reports ten a page by title, each a button, and pages with buttons, leaving out those without a name", async () => {
    await bot.handleUpdate(textUpdate(USER, "/reports"));
    const first = lastSent();
    const lines = String(first.text).split("\n");
    expect(lines[0]).toBe("库中的年报：共 11 份（第 1/2 页），点按钮查看");
    expect(lines).toHaveLength(11);
    expect(lines).toContain("1. 凉州区科学技术局 2021年：《凉州区科学技术局2021年政府信息公开工作年度报告》");
    expect(String(first.text)).not.toMatch(/\.txt/);
    const keyboard = first.reply_markup as Keyboard;
    expect(keyboard.inline_keyboard).toHaveLength(11);
    expect(keyboard.inline_keyboard[0]!.map((b) => b.text)).toEqual(["1. 凉州区科学技术局 2021年"]);
    expect(keyboard.inline_keyboard[0]![0]!.callback_data).toMatch(/^rp:\d+$/);
    expect(keyboard.inline_keyboard[10]!.map((b) => [b.text, b.callback_data])).toEqual([["下一页 »", "r:1:"]]);
    await bot.handleUpdate(callbackUpdate(USER, "r:1:"));
    const edit = fake.sent("editMessageText").at(-1)!.payload;
    expect(String(edit.text)).toBe("库中的年报：共 11 份（第 2/2 页），点按钮查看\n11. 海口市人民政府：《政府信息公开年度报告》\n另有 3 份年报隐去了机构名称，未列出。");
    expect(String(first.text)).not.toMatch(/XX|\*\*/);
    await bot.handleUpdate(textUpdate(USER, "/reports 凉州区"));
    expect(String(lastSent().text)).toMatch(/^与“凉州区”相关的年报：共 \d+ 份/);
  });

  it("opens a listed report from its button with questions about that report, whatever the chat asked since", async () => {
    await bot.handleUpdate(textUpdate(USER, "/reports 凉州区"));
    const open = (lastSent().reply_markup as Keyboard).inline_keyboard[0]![0]!;
    expect(open.text).toBe("1. 凉州区科学技术局 2021年");
    await bot.handleUpdate(textUpdate(USER, "龙港区2012年收到多少依申请公开申请"));
    await bot.handleUpdate(callbackUpdate(USER, open.callback_data));
    const card = lastSent();
    expect(card.text).toBe("《凉州区科学技术局2021年政府信息公开工作年度报告》\n您可以点下面的按钮，或直接问“凉州区科学技术局2021年……”。");
    const buttons = (card.reply_markup as Keyboard).inline_keyboard;
    expect(buttons.map((row) => row.map((b) => b.text))).toEqual([["主动公开", "依申请公开", "行政复议", "存在的问题"], ["原文开头"]]);
    await bot.handleUpdate(callbackUpdate(USER, buttons[0]![0]!.callback_data));
    expect(String(lastSent().text)).toContain("凉州区科学技术局2021年年报：主动公开政府信息 <b>13条</b>。");
  });

  it("offers one button per candidate of an ambiguous question, each asking for that agency", async () => {
    await bot.handleUpdate(textUpdate(USER, "教育局2021年公开了多少条信息"));
    const keyboard = lastSent().reply_markup as Keyboard;
    expect(keyboard.inline_keyboard.map((row) => row[0]!.text)).toEqual(["本溪市教育局 2010年", "宁安市教育局 2013年"]);
    for (const row of keyboard.inline_keyboard) expect(Buffer.byteLength(row[0]!.callback_data)).toBeLessThanOrEqual(64);
    await bot.handleUpdate(callbackUpdate(USER, keyboard.inline_keyboard[0]![0]!.callback_data));
    expect(String(lastSent().text)).toContain("本溪市教育局2010年");
  });

  it("offers the other years of the agency, each naming its report", async () => {
    await bot.handleUpdate(textUpdate(USER, "凉州区科技局2020年公开了多少条信息"));
    const keyboard = lastSent().reply_markup as Keyboard;
    const [report] = await seeded.engine.catalog("凉州区科学技术局");
    const [button] = keyboard.inline_keyboard.flat();
    expect(keyboard.inline_keyboard.flat()).toHaveLength(1);
    expect(button!.text).toBe("2021年");
    expect(button!.callback_data).toMatch(new RegExp(`^a:${report!.reportId}:[0-9a-z]+$`));
    await bot.handleUpdate(callbackUpdate(USER, button!.callback_data));
    expect(String(lastSent().text)).toContain("凉州区科学技术局2021年年报：主动公开政府信息 <b>13条</b>。");
    // After a restart the question is forgotten; the report id still names the agency and the year.
    await makeBot().handleUpdate(callbackUpdate(USER, `a:${report!.reportId}:zzz`));
    expect(String(lastSent().text)).toContain("凉州区科学技术局2021年年报：主动公开政府信息 <b>13条</b>。");
  });

  it("answers a year button about the agency of the message it sits under, not the chat's latest", async () => {
    const chat = USER + 7;
    await bot.handleUpdate(textUpdate(chat, "凉州区科技局2020年公开了多少条信息"));
    const older = (lastSent().reply_markup as Keyboard).inline_keyboard.flat().find((b) => b.text === "2021年")!;
    await bot.handleUpdate(textUpdate(chat, "龙港区2012年收到多少依申请公开请求"));
    expect(String(lastSent().text)).toContain("龙港区人民政府2012年");
    await bot.handleUpdate(callbackUpdate(chat, older.callback_data));
    expect(String(lastSent().text)).toContain("凉州区科学技术局2021年年报：主动公开政府信息 <b>13条</b>。");
    expect(String(lastSent().text)).not.toContain("龙港区");
    expect(String(lastSent().text)).not.toContain("申请");
  });

  it("tells the user when the report a year button names is gone", async () => {
    await bot.handleUpdate(callbackUpdate(USER, "a:999999"));
    expect(lastSent().text).toBe("这份报告已不在库中，请重新提问。");
  });

  it("never recalls another question for a candidate button from before a restart", async () => {
    await bot.handleUpdate(textUpdate(USER, "教育局2021年公开了多少条信息"));
    const old = (lastSent().reply_markup as Keyboard).inline_keyboard[0]![0]!.callback_data;
    const restarted = makeBot();
    await restarted.handleUpdate(textUpdate(USER, "教育局2021年公开了多少条信息"));
    expect((lastSent().reply_markup as Keyboard).inline_keyboard[0]![0]!.callback_data).not.toBe(old);
    await restarted.handleUpdate(callbackUpdate(USER, old));
    expect(lastSent().text).toBe("这个按钮已过期，请重新提问。");
  });

  it("takes a page button pressed twice quietly", async () => {
    await bot.handleUpdate(textUpdate(USER, "/reports"));
    await bot.handleUpdate(callbackUpdate(USER, "r:1:"));
    fake.failNext("editMessageText", {
      status: 400,
      description: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
    });
    await bot.handleUpdate(callbackUpdate(USER, "r:1:"));
    expect(fake.calls.filter((c) => c.method === "editMessageText").map((c) => c.status)).toEqual([200, 400]);
    expect(sent()).toHaveLength(1);
    expect(log.entries.filter((e) => e.level === "error")).toEqual([]);
  });

  it("tells the user when a remembered-question button has expired", async () => {
    await bot.handleUpdate(callbackUpdate(USER, "q:zzz"));
    expect(lastSent().text).toBe("这个按钮已过期，请重新提问。");
  });

  it("handles the same update_id once", async () => {
    const update = textUpdate(USER, "凉州区科技局2021年公开了多少条信息");
    await bot.handleUpdate(update);
    await bot.handleUpdate(update);
    expect(sent()).toHaveLength(1);
    expect(log.entries.some((e) => e.msg === "duplicate telegram update skipped")).toBe(true);
  });

  it("retries a 429 after retry_after", async () => {
    fake.failNext("sendMessage", { status: 429, retryAfter: 1 });
    const started = Date.now();
    await bot.handleUpdate(textUpdate(USER, "凉州区科技局2021年公开了多少条信息"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(fake.calls.filter((c) => c.method === "sendMessage").map((c) => c.status)).toEqual([429, 200]);
  });

  it("does not retry a user who blocked the bot, and logs the update id", async () => {
    fake.blockChat(USER);
    const update = textUpdate(USER, "凉州区科技局2021年公开了多少条信息");
    await bot.handleUpdate(update);
    expect(fake.calls.filter((c) => c.method === "sendMessage").map((c) => c.status)).toEqual([403]);
    expect(log.entries.find((e) => e.level === "error")?.obj).toMatchObject({ updateId: update.update_id });
  });

  it("gives up a reply whose network retries outlast the call deadline, and apologises", async () => {
    const bounded = plainBot({ retry: { callDeadlineMs: 500 } });
    fake.failNext("sendMessage", { status: 0 });
    const update = textUpdate(USER, "凉州区科技局2021年公开了多少条信息");
    const started = Date.now();
    await bounded.handleUpdate(update);
    // auto-retry alone would wait 3 s before trying again.
    expect(Date.now() - started).toBeLessThan(2500);
    expect(fake.calls.filter((c) => c.method === "sendMessage").map((c) => c.status)).toEqual([0, 200]);
    expect(lastSent().text).toBe(APOLOGY_TEXT);
    expect(log.entries.find((e) => e.level === "error")?.obj).toMatchObject({ updateId: update.update_id });
  });

  it("apologises when a handler fails and logs the update id", async () => {
    const failing = plainBot({ engine: { ...seeded.engine, ask: () => Promise.reject(new Error("engine down")) } });
    const update = textUpdate(USER, "凉州区科技局2021年公开了多少条信息");
    await failing.handleUpdate(update);
    expect(lastSent().text).toBe(APOLOGY_TEXT);
    expect(log.entries.find((e) => e.level === "error")?.obj).toMatchObject({ updateId: update.update_id });
  });

  it("assembles the reminder commands", async () => {
    const reminders = createReminders({ db: seeded.store.db, source: createReportSource(seeded.store.db), notifiers: {}, clock: () => new Date(), log });
    const withReminders = plainBot({ subscriptions: subscriptionsFeature({ reminders, clock: () => new Date() }) });
    await withReminders.handleUpdate(textUpdate(3003, "/subscribe 凉州区"));
    expect(String(lastSent().text)).toMatch(/^已订阅年报提醒：\n· 凉州区（地区）：部门和政府年报\n/);
    await withReminders.handleUpdate(textUpdate(3003, "/unsubscribe"));
    expect(lastSent().text).toBe("已退订全部年报提醒。");
  });

  it("refuses admin commands from others, and answers their files with what the bot reads", async () => {
    await bot.handleUpdate(textUpdate(USER, "/reload"));
    expect(lastSent().text).toBe(REFUSAL_TEXT);
    await bot.handleUpdate(textUpdate(USER, "/stats"));
    expect(lastSent().text).toBe(REFUSAL_TEXT);
    await bot.handleUpdate(documentUpdate(USER, "d0", "a.txt", 10));
    expect(lastSent().text).toBe(MEDIA_TEXT);
    expect(fake.sent("getFile")).toHaveLength(0);
  });
});

describe("createBot admin commands", () => {
  let seeded: SeededEngine;
  let fake: FakeBotApi;
  let bot: Bot;
  const newReports: Array<{ agency: string | null; year: number | null }> = [];

  beforeAll(async () => {
    seeded = await openSeededEngine({ copySeeds: true });
    fake = await startFakeBotApi();
    const db = seeded.store.db;
    const clock = () => new Date();
    const reminders = createReminders({ db, source: createReportSource(db), notifiers: {}, clock, log: recordingLog() });
    bot = createBot({
      token: "123:abc",
      apiRoot: fake.url,
      botInfo: BOT_INFO,
      engine: seeded.engine,
      claimUpdate: (key) => claimProcessed(db, key),
      recordInbound: (chatId, at) => recordInbound(db, chatId, at),
      adminIds: [ADMIN],
      admin: createAdminActions({
        corpus: createCorpusService({ store: seeded.store, dataDir: seeded.dataDir, onNewReports: (reports) => void newReports.push(...reports) }),
        countChats: async () => (await lastInboundTimes(db, "tg:")).size,
        countSubscribers: async () => (await listSubscriptions(db)).length,
      }),
      subscriptions: subscriptionsFeature({ reminders, clock }),
      onQuestion: async () => void (await incrementCounter(db, QUESTIONS_COUNTER)),
      log: recordingLog(),
    });
  });
  afterAll(async () => {
    await fake.close();
    await seeded.close();
  });

  const texts = () => fake.sent("sendMessage").map((c) => String(c.payload.text));

  it("lists the admin commands in the help of admins only, with the reminder commands for everyone", async () => {
    await bot.handleUpdate(textUpdate(USER, "/help"));
    const help = texts().at(-1)!;
    expect(help).toContain("\n/reports — 查看库中的年报，可加地区或机构\n");
    expect(help).toContain("\n/missing — 查看尚未发布年报的机构，例如 /missing 凉州区 2024\n");
    expect(help).not.toContain("/reload");
    await bot.handleUpdate(textUpdate(ADMIN, "/help"));
    const adminHelp = texts().at(-1)!;
    expect(adminHelp).toContain("\n/reload — （管理员）重新载入数据目录\n/stats — （管理员）统计\n（管理员）发送 .txt、.html 或 .pdf 年报文件即可载入。\n");
  });

  it("reloads the data directory, ingests an uploaded report, and counts everything in /stats", async () => {
    const removed = path.join(seeded.dataDir, "004_09f93f223af1cb12.txt");
    const bytes = await readFile(removed);
    await rm(removed);
    const before = fake.sent("sendMessage").length;
    await bot.handleUpdate(textUpdate(ADMIN, "/reload"));
    expect(texts().slice(before)).toEqual([
      "正在载入……",
      "重新载入完成。\n文件：4 个（新增 0，更新 0，未变 4，移除 1，失败 0）\n" +
        "年报：13 份，数字：315 个，勾稽提示：0 条\n" +
        "机构名称来源：发布声明 4，标题 3，未识别 3，发布机构 1，落款 1，正文主语 1\n" +
        "未识别机构或年份：4 份（可用 <文件>.meta.json 的 agency、year 指定）\n" +
        "- 002_7ef76fd4a43235be.txt#3：未写明年份\n" +
        "- 002_7ef76fd4a43235be.txt#4：机构名称被隐去（XX）\n" +
        "- 002_7ef76fd4a43235be.txt#5：机构名称被隐去（XX）\n" +
        "- 002_7ef76fd4a43235be.txt#7：机构名称被隐去（XX）",
    ]);

    fake.addFile("doc1", bytes, "documents/file_1.txt");
    await bot.handleUpdate(documentUpdate(ADMIN, "doc1", "004_09f93f223af1cb12.txt", bytes.length));
    expect(texts().at(-1)).toBe(
      "已载入 004_09f93f223af1cb12.txt：\n· 黄河河务局 2011年\n\n" +
        "文件：1 个（新增 1，更新 0，未变 0，移除 0，失败 0）\n" +
        "年报：14 份，数字：325 个，勾稽提示：0 条\n" +
        "机构名称来源：标题 4，发布声明 4，未识别 3，发布机构 1，落款 1，正文主语 1\n" +
        "未识别机构或年份：4 份（可用 <文件>.meta.json 的 agency、year 指定）\n" +
        "- 002_7ef76fd4a43235be.txt#3：未写明年份\n" +
        "- 002_7ef76fd4a43235be.txt#4：机构名称被隐去（XX）\n" +
        "- 002_7ef76fd4a43235be.txt#5：机构名称被隐去（XX）\n" +
        "- 002_7ef76fd4a43235be.txt#7：机构名称被隐去（XX）",
    );
    expect(newReports.map((r) => `${r.agency} ${r.year}`)).toEqual(["黄河河务局 2011"]);

    await bot.handleUpdate(textUpdate(USER, "/subscribe 凉州区"));
    await bot.handleUpdate(textUpdate(USER, EXAMPLE_QUESTIONS[0]!));
    await bot.handleUpdate(textUpdate(USER, EXAMPLE_QUESTIONS[1]!));
    await bot.handleUpdate(textUpdate(ADMIN, "/stats"));
    expect(texts().at(-1)).toBe(
      [
        "年报：14 份",
        "机构：13 个",
        "年份：2009–2021（6 个年份）",
        "数字：325 个",
        "勾稽提示：0 条",
        "文件：5 个（失败 0）",
        "对话：2 个",
        "订阅：1 个",
        "已回答问题：2 个",
        "机构名称来源：标题 4，发布声明 4，未识别 3，发布机构 1，落款 1，正文主语 1",
        "未识别机构或年份：4 份（可用 <文件>.meta.json 的 agency、year 指定）",
        "- 002_7ef76fd4a43235be.txt#3：未写明年份",
        "- 002_7ef76fd4a43235be.txt#4：机构名称被隐去（XX）",
        "- 002_7ef76fd4a43235be.txt#5：机构名称被隐去（XX）",
        "- 002_7ef76fd4a43235be.txt#7：机构名称被隐去（XX）",
      ].join("\n"),
    );
  });
});
