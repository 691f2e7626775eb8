import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../../src/bot/telegram/create-bot.ts";
import { createTelegramRunner } from "../../../src/bot/telegram/telegram-runner.ts";
import { startFakeBotApi, type FakeBotApi } from "../../support/fake-bot-api.ts";
import { openSeededEngine, recordingLog, type SeededEngine } from "../../support/seeded-engine.ts";
import { eventually } from "../../support/eventually.ts";
import { textUpdate } from "../../support/telegram-updates.ts";

const QUESTION = "凉州区科技局2021年公开了多少条信息";

describe("telegram webhook concurrency cap", () => {
  let seeded: SeededEngine;
  let fake: FakeBotApi;
  beforeAll(async () => {
    seeded = await openSeededEngine();
    fake = await startFakeBotApi();
  });
  afterAll(async () => {
    await fake.close();
    await seeded.close();
  });

  function capped(maxConcurrent: number, maxQueued: number, log = recordingLog()) {
    let running = 0;
    let peak = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const bot = createBot({
      token: "123:abc",
      apiRoot: fake.url,
      engine: {
        ...seeded.engine,
        async ask(chatId, question) {
          running++;
          peak = Math.max(peak, running);
          await gate;
          running--;
          return seeded.engine.ask(chatId, question);
        },
      },
      claimUpdate: async () => true,
      adminIds: [],
      admin: { reload: async () => "", stats: async () => "", upload: async () => "" },
      log,
    });
    const runner = createTelegramRunner(bot, { menus: [], webhookUrl: "https://bot.example.org/telegram", webhookSecret: "s", log, maxConcurrent, maxQueued });
    return { runner, log, release, peak: () => peak, running: () => running };
  }

  it("handles at most maxConcurrent updates at once and the rest in turn", async () => {
    const before = fake.sent("sendMessage").length;
    const t = capped(2, 100);
    for (let i = 0; i < 6; i++) t.runner.dispatch(textUpdate(100 + i, QUESTION, 1000 + i));
    await eventually(() => t.running() === 2);
    t.release();
    await eventually(() => fake.sent("sendMessage").length - before === 6, 20_000);
    expect(t.peak()).toBe(2);
    await t.runner.stop(5000);
  });

  it("drops and logs an update past maxQueued waiting ones", async () => {
    const before = fake.sent("sendMessage").length;
    const t = capped(1, 1);
    for (let i = 0; i < 3; i++) t.runner.dispatch(textUpdate(200 + i, QUESTION, 2000 + i));
    await eventually(() => t.running() === 1);
    expect(t.log.entries.filter((e) => e.msg === "telegram update dropped: too many waiting").map((e) => e.obj)).toEqual([{ updateId: 2002, waiting: 1 }]);
    t.release();
    await eventually(() => fake.sent("sendMessage").length - before === 2, 20_000);
    await t.runner.stop(5000);
  });
});
