import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Bot, GrammyError, InputFile } from "grammy";
import { startFakeBotApi, type FakeBotApi } from "./fake-bot-api.ts";

describe("fake Bot API", () => {
  let fake: FakeBotApi;
  beforeEach(async () => {
    fake = await startFakeBotApi();
  });
  afterEach(async () => {
    await fake.close();
  });

  it("answers sendMessage with a message carrying incrementing ids", async () => {
    const bot = new Bot("123:abc", { client: { apiRoot: fake.url } });
    const first = await bot.api.sendMessage(7, "你好");
    const second = await bot.api.sendMessage(7, "再见");
    expect([first.message_id, second.message_id]).toEqual([1, 2]);
    expect(first.chat.id).toBe(7);
    expect(fake.calls.map((c) => [c.method, c.token, c.payload.text])).toEqual([
      ["sendMessage", "123:abc", "你好"],
      ["sendMessage", "123:abc", "再见"],
    ]);
  });

  it("fails the next calls of a method as told, then answers normally", async () => {
    const bot = new Bot("123:abc", { client: { apiRoot: fake.url } });
    fake.failNext("sendMessage", { status: 429, retryAfter: 3 });
    const error = await bot.api.sendMessage(7, "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).parameters.retry_after).toBe(3);
    await expect(bot.api.sendMessage(7, "x")).resolves.toMatchObject({ text: "x" });
  });

  it("answers 403 forever for a chat that blocked the bot", async () => {
    const bot = new Bot("123:abc", { client: { apiRoot: fake.url } });
    fake.blockChat(9);
    for (let i = 0; i < 2; i++) {
      const error = (await bot.api.sendMessage(9, "x").catch((e: unknown) => e)) as GrammyError;
      expect([error.error_code, error.description]).toEqual([403, "Forbidden: bot was blocked by the user"]);
    }
  });

  it("serves queued updates to long polling and files for download", async () => {
    const bot = new Bot("123:abc", { client: { apiRoot: fake.url } });
    fake.addFile("f1", new TextEncoder().encode("年报"), "documents/a.txt");
    const file = await bot.api.getFile("f1");
    const response = await fetch(`${fake.url}/file/bot123:abc/${file.file_path}`);
    expect(await response.text()).toBe("年报");
    const waiting = bot.api.getUpdates({ offset: 0, timeout: 5 });
    fake.pushUpdate({ message: { message_id: 1, date: 0, chat: { id: 1, type: "private", first_name: "a" }, text: "hi" } });
    const updates = await waiting;
    expect(updates.map((u) => [u.update_id, u.message?.text])).toEqual([[1, "hi"]]);
    expect(await bot.api.getUpdates({ offset: 2, timeout: 0 })).toEqual([]);
  });

  it("reads multipart bodies", async () => {
    const bot = new Bot("123:abc", { client: { apiRoot: fake.url } });
    await bot.api.sendDocument(5, new InputFile(new TextEncoder().encode("abc"), "a.txt"), { caption: "12" });
    expect(fake.calls[0]!.payload).toMatchObject({ chat_id: "5", caption: "12", document: { filename: "a.txt", size: 3 } });
  });

  it("answers 429 past maxPerSecond", async () => {
    const limited = await startFakeBotApi({ maxPerSecond: 2 });
    const bot = new Bot("123:abc", { client: { apiRoot: limited.url } });
    const results = await Promise.allSettled([1, 2, 3].map((i) => bot.api.sendMessage(1, String(i))));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "fulfilled", "rejected"]);
    await limited.close();
  });
});
