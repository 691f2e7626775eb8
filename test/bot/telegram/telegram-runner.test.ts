import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { commandMenus } from "../../../src/bot/telegram/bot-commands.ts";
import { APOLOGY_TEXT, createBot } from "../../../src/bot/telegram/create-bot.ts";
import { createTelegramRunner, type TelegramRunner } from "../../../src/bot/telegram/telegram-runner.ts";
import { buildServer } from "../../../src/http/server.ts";
import { claimProcessed } from "../../../src/store/processed-update.repository.ts";
import { startFakeBotApi, type FakeBotApi } from "../../support/fake-bot-api.ts";
import { openSeededEngine, recordingLog, type SeededEngine } from "../../support/seeded-engine.ts";
import { eventually } from "../../support/eventually.ts";
import { textUpdate } from "../../support/telegram-updates.ts";

const QUESTION = "凉州区科技局2021年公开了多少条信息";
const BROKEN = "这个问题让处理出错";

describe("telegram runner", () => {
  let seeded: SeededEngine;
  let fake: FakeBotApi;
  beforeAll(async () => {
    seeded = await openSeededEngine();
  });
  afterAll(async () => {
    await seeded.close();
  });
  beforeEach(async () => {
    fake = await startFakeBotApi();
  });
  afterEach(async () => {
    await fake.close();
  });

  function runner(webhookUrl: string | null, askDelayMs = 0, log = recordingLog(), adminIds: number[] = []): TelegramRunner {
    const bot = createBot({
      token: "123:abc",
      apiRoot: fake.url,
      engine: {
        ...seeded.engine,
        async ask(chatId, question) {
          await new Promise((resolve) => setTimeout(resolve, askDelayMs));
          // A question the store cannot take: the handler fails as it would on a broken database.
          if (question === BROKEN) throw new Error("SQLITE_IOERR: disk I/O error");
          return seeded.engine.ask(chatId, question);
        },
      },
      claimUpdate: (key) => claimProcessed(seeded.store.db, key),
      adminIds,
      admin: { reload: async () => "", stats: async () => "", upload: async () => "" },
      log,
    });
    const menus = commandMenus({ withSubscriptions: true, adminIds });
    return createTelegramRunner(bot, { menus, webhookUrl, webhookSecret: webhookUrl ? "s3cret_token" : null, log });
  }

  it("registers the menus in Chinese, by default and for zh, with the admin commands only in admin chats", async () => {
    fake.unknownChat(1002);
    const log = recordingLog();
    const polling = runner(null, 0, log, [1001, 1002]);
    await polling.start();
    const everyone = ["start", "help", "ask", "reports", "subscribe", "unsubscribe", "subscriptions", "deadlines", "missing"];
    const admins = [...everyone, "reload", "stats"];
    const calls = fake.calls
      .filter((c) => c.method === "setMyCommands")
      .map((c) => [c.payload.scope, c.payload.language_code ?? null, (c.payload.commands as Array<{ command: string }>).map((x) => x.command), c.status]);
    expect(calls).toEqual([
      [{ type: "default" }, null, everyone, 200],
      [{ type: "default" }, "zh", everyone, 200],
      [{ type: "chat", chat_id: 1001 }, null, admins, 200],
      [{ type: "chat", chat_id: 1001 }, "zh", admins, 200],
      [{ type: "chat", chat_id: 1002 }, null, admins, 400],
      [{ type: "chat", chat_id: 1002 }, "zh", admins, 400],
    ]);
    const descriptions = (fake.sent("setMyCommands")[1]!.payload.commands as Array<{ command: string; description: string }>).map((c) => c.description);
    expect(descriptions.slice(0, 2)).toEqual(["开始：能做什么，示例问题", "使用说明"]);
    expect(log.entries.filter((e) => e.msg === "admin command menu not set").map((e) => e.obj)).toMatchObject([
      { chatId: 1002, languageCode: null },
      { chatId: 1002, languageCode: "zh" },
    ]);
    await polling.stop(5000);
  });

  it("fails to start when the default menu cannot be registered", async () => {
    fake.failNext("setMyCommands", { status: 400, description: "Bad Request: BOT_COMMAND_INVALID" });
    await expect(runner(null).start()).rejects.toThrow("BOT_COMMAND_INVALID");
    expect(fake.sent("deleteWebhook")).toHaveLength(0);
  });

  it("answers over long polling", async () => {
    const polling = runner(null);
    await polling.start();
    expect(fake.sent("deleteWebhook")).toHaveLength(1);
    fake.pushUpdate(textUpdate(7, QUESTION, 1) as unknown as Record<string, unknown>);
    const reply = await eventually(() => fake.sent("sendMessage")[0]);
    expect(String(reply.payload.text)).toContain("<b>13条</b>");
    await polling.stop(5000);
  });

  it("lets a running handler finish before stop resolves", async () => {
    const slow = runner("https://bot.example.org/telegram", 500);
    slow.dispatch(textUpdate(10, QUESTION));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await slow.stop(5000);
    expect(fake.sent("sendMessage")).toHaveLength(1);
  });

  it("gives up waiting at the deadline", async () => {
    const slow = runner("https://bot.example.org/telegram", 3000);
    slow.dispatch(textUpdate(11, QUESTION));
    const started = Date.now();
    await slow.stop(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(fake.sent("sendMessage")).toHaveLength(0);
  });

  describe("webhook mode", () => {
    let app: FastifyInstance;
    let url: string;
    let hook: TelegramRunner;
    beforeEach(async () => {
      hook = runner("https://bot.example.org/telegram");
      app = await buildServer({ engine: seeded.engine, telegram: { secret: "s3cret_token", dispatch: (u) => hook.dispatch(u) } });
      url = await app.listen({ port: 0, host: "127.0.0.1" });
    });
    afterEach(async () => {
      await app.close();
      await hook.stop(5000);
    });

    const post = (body: unknown, secret?: string) =>
      fetch(`${url}/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
        body: JSON.stringify(body),
      });

    it("sets the webhook with the secret token, never the token in the URL", async () => {
      await hook.start();
      expect(fake.sent("setWebhook")[0]!.payload).toMatchObject({ url: "https://bot.example.org/telegram", secret_token: "s3cret_token" });
    });

    it("refuses a wrong or missing secret with 401 and runs nothing", async () => {
      expect((await post(textUpdate(8, QUESTION), "wrong")).status).toBe(401);
      expect((await post(textUpdate(8, QUESTION))).status).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(fake.sent("sendMessage")).toHaveLength(0);
    });

    it("acknowledges at once, answers through the API, and handles a re-sent update once", async () => {
      const update = textUpdate(9, QUESTION);
      const first = await post(update, "s3cret_token");
      expect(first.status).toBe(200);
      await eventually(() => fake.sent("sendMessage").length === 1);
      expect((await post(update, "s3cret_token")).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fake.sent("sendMessage")).toHaveLength(1);
    });

    it("answers 200 to an update whose handler fails, logs its id, and apologises to the user", async () => {
      const log = recordingLog();
      await hook.stop(0);
      await app.close();
      hook = runner("https://bot.example.org/telegram", 0, log);
      app = await buildServer({ engine: seeded.engine, telegram: { secret: "s3cret_token", dispatch: (u) => hook.dispatch(u) } });
      url = await app.listen({ port: 0, host: "127.0.0.1" });
      const update = textUpdate(12, BROKEN);
      expect((await post(update, "s3cret_token")).status).toBe(200);
      const reply = await eventually(() => fake.sent("sendMessage")[0]);
      expect([reply.payload.chat_id, reply.payload.text]).toEqual([12, APOLOGY_TEXT]);
      expect(log.entries.filter((e) => e.level === "error").map((e) => [e.msg, (e.obj as { updateId: number }).updateId])).toEqual([
        ["telegram update failed", update.update_id],
      ]);
    });

    it("answers 400 to a body that is not an update", async () => {
      expect((await post({ hello: 1 }, "s3cret_token")).status).toBe(400);
    });
  });
});
