import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Bot } from "grammy";
import { MEDIA_TEXT } from "../../../src/bot/telegram/features/media.ts";
import { startFakeBotApi, type FakeBotApi } from "../../support/fake-bot-api.ts";
import { plainBot } from "../../support/plain-bot.ts";
import { openSeededEngine, type SeededEngine } from "../../support/seeded-engine.ts";
import { inlineQueryUpdate, mediaUpdate, textUpdate } from "../../support/telegram-updates.ts";

const USER = 2002;
const GROUP = -100777;

describe("the Telegram bot beyond text questions", () => {
  let seeded: SeededEngine;
  let fake: FakeBotApi;
  let bot: Bot;

  beforeAll(async () => {
    seeded = await openSeededEngine();
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

  it("answers a photo, a voice note and a sticker in a private chat with what it can read", async () => {
    await bot.handleUpdate(mediaUpdate(USER, "photo"));
    await bot.handleUpdate(mediaUpdate(USER, "voice"));
    await bot.handleUpdate(mediaUpdate(USER, "sticker"));
    expect(sent().map((p) => [p.chat_id, p.text])).toEqual([
      [USER, MEDIA_TEXT],
      [USER, MEDIA_TEXT],
      [USER, MEDIA_TEXT],
    ]);
    expect(MEDIA_TEXT).toBe("我只能看懂文字提问，暂时不能识别图片、语音、贴纸或文件。请直接用文字问年报里的数字或内容，例如“凉州区科技局2021年公开了多少条信息”。");
  });

  it("leaves a group's photos to the people in it", async () => {
    await bot.handleUpdate(mediaUpdate(GROUP, "photo"));
    expect(sent()).toEqual([]);
  });

  it("answers a question in a group as a reply to the asker's message", async () => {
    const update = textUpdate(GROUP, "/ask 凉州区科技局2021年公开了多少条信息");
    await bot.handleUpdate(update);
    const reply = sent().at(-1)!;
    expect(reply.chat_id).toBe(GROUP);
    expect(reply.reply_parameters).toEqual({ message_id: update.message!.message_id, allow_sending_without_reply: true });
    expect(String(reply.text)).toContain("凉州区科学技术局2021年年报：主动公开政府信息 <b>13条</b>。");
  });

  it("does not quote the question in a private chat", async () => {
    await bot.handleUpdate(textUpdate(USER, "凉州区科技局2021年公开了多少条信息"));
    expect(sent().at(-1)!.reply_parameters).toBeUndefined();
  });

  it("answers an inline query with an answer card", async () => {
    await bot.handleUpdate(inlineQueryUpdate(USER, "凉州区科技局2021年公开了多少条信息"));
    const [call] = fake.sent("answerInlineQuery");
    expect(call!.payload.inline_query_id).toMatch(/^iq\d+$/);
    expect(call!.payload.cache_time).toBe(60);
    expect(call!.payload.is_personal).toBe(true);
    const results = call!.payload.results as Array<Record<string, unknown>>;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      type: "article",
      id: "a0",
      title: "凉州区科学技术局2021年年报：主动公开政府信息 13条。",
      description: "其中：公开指南 1条；公开要点 1条；年度报告 1条；机关简介 1条；政务文件 2条；政策法规 2条；财务预决算和“三公”经费 2条；机构职能 1条；机构领导及其分工 1条；工作落实情况 1条。",
    });
    const content = results[0]!.input_message_content as Record<string, unknown>;
    expect(content.parse_mode).toBe("HTML");
    expect(String(content.message_text)).toMatch(/^凉州区科学技术局2021年年报：主动公开政府信息 <b>13条<\/b>。\n/);
    expect(String(content.message_text)).toContain("<blockquote>2021年我局共主动公开政府信息13条");
  });

  it("answers an ambiguous inline query with one card per fitting agency, each answered for it", async () => {
    await bot.handleUpdate(inlineQueryUpdate(USER, "教育局公开了多少条信息"));
    const results = fake.sent("answerInlineQuery")[0]!.payload.results as Array<Record<string, unknown>>;
    expect(results.map((r) => [r.id, r.title])).toEqual([
      ["a0", "本溪市教育局2010年年报：主动公开政府信息 656条。"],
      ["a1", "宁安市教育局2013年年报：主动公开政府信息 1339条。"],
    ]);
  });

  it("tells in /help how to ask from any chat", async () => {
    await bot.handleUpdate(textUpdate(USER, "/help"));
    expect(String(sent().at(-1)!.text).split("\n").at(-1)).toBe("在任意聊天中输入 @nianbao_test_bot 加问题，可以把答案发到那里。");
  });

  it("greets and thanks back", async () => {
    await bot.handleUpdate(textUpdate(USER, "你好"));
    expect(String(sent().at(-1)!.text)).toBe(
      "您好！我可以回答政府信息公开工作年度报告中的数字和内容，并给出原文出处。请说明机构、年份和想问的内容，例如：\n- 凉州区科技局2021年公开了多少条信息\n- 龙港区有哪些年报",
    );
    await bot.handleUpdate(textUpdate(USER, "谢谢！"));
    expect(String(sent().at(-1)!.text)).toBe("不客气！还有问题请随时问我。");
  });

  it("answers an empty inline query with no cards", async () => {
    await bot.handleUpdate(inlineQueryUpdate(USER, "  "));
    expect(fake.sent("answerInlineQuery")[0]!.payload.results).toEqual([]);
  });
});
