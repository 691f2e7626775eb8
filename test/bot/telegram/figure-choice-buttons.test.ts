import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Bot } from "grammy";
import { startFakeBotApi, type FakeBotApi } from "../../support/fake-bot-api.ts";
import { plainBot } from "../../support/plain-bot.ts";
import { openSeededEngine, type SeededEngine } from "../../support/seeded-engine.ts";
import { callbackUpdate, textUpdate } from "../../support/telegram-updates.ts";

const USER = 3003;
const CLOSE = path.resolve(import.meta.dirname, "../../fixtures/close-figures");
const SOURCE = "出处：《示例县政务服务中心2016年政府信息公开工作年度报告》 · 一、概述";
const QUOTE = "<blockquote>2016年，我中心门户网站全年访问量12万人次，政务微博全年访问量11万人次。</blockquote>";

interface Keyboard {
  inline_keyboard: Array<Array<{ text: string; callback_data: string }>>;
}

describe("a figure ranked close behind the answer, as a Telegram button", () => {
  let seeded: SeededEngine;
  let fake: FakeBotApi;
  let bot: Bot;

  beforeAll(async () => {
    seeded = await openSeededEngine({ corpus: CLOSE });
  });
  afterAll(async () => {
    await seeded.close();
  });
  beforeEach(async () => {
    fake = await startFakeBotApi();
    bot = plainBot(fake.url, seeded.engine);
  });
  afterEach(async () => {
    await fake.close();
  });

  const sent = () => fake.sent("sendMessage").map((c) => c.payload);

  it("offers the runner-up as a button whose data names its report and figure, and answers with it when pressed", async () => {
    await bot.handleUpdate(textUpdate(USER, "示例县政务服务中心2016年全年访问量多少"));
    const first = sent().at(-1)!;
    expect(String(first.text).split("\n")).toEqual([
      "示例县政务服务中心2016年年报：门户网站全年访问量 <b>12万人次</b>。",
      "相近的还有：政务微博全年访问量 11万人次。",
      SOURCE,
      "",
      QUOTE,
    ]);
    const rows = (first.reply_markup as Keyboard).inline_keyboard;
    const reportId = (await seeded.engine.catalog(""))[0]!.reportId;
    const choice = rows[1]![0]!;
    expect(choice.text).toBe("查看政务微博全年访问量");
    expect(choice.callback_data).toMatch(new RegExp(`^c:${reportId}:f\\d+$`));
    expect(Buffer.byteLength(choice.callback_data)).toBeLessThanOrEqual(64);

    // Another question in between: the button still answers about its own figure.
    await bot.handleUpdate(textUpdate(USER, "示例县政务服务中心2016年主动公开了多少条"));
    await bot.handleUpdate(callbackUpdate(USER, choice.callback_data));
    expect(fake.sent("answerCallbackQuery")).toHaveLength(1);
    const picked = sent().at(-1)!;
    expect(String(picked.text).split("\n")).toEqual(["示例县政务服务中心2016年年报：政务微博全年访问量 <b>11万人次</b>。", SOURCE, "", QUOTE]);
    expect((picked.reply_markup as Keyboard).inline_keyboard.map((row) => row.map((b) => b.text))).toEqual([["原文"]]);
  });

  it("says the report is gone when a choice's figure is no longer held", async () => {
    const reportId = (await seeded.engine.catalog(""))[0]!.reportId;
    await bot.handleUpdate(callbackUpdate(USER, `c:${reportId}:f9999`));
    expect(sent().at(-1)!.text).toBe("这份报告已不在库中，请重新提问。");
  });
});
