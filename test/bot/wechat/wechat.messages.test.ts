import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWechatMessageHandler } from "../../../src/bot/wechat/wechat.messages.ts";
import { byteLength } from "../../../src/bot/wechat/wechat.text.ts";
import { wechatReminders } from "../../../src/bot/wechat/wechat-reminders.ts";
import { createReminders } from "../../../src/reminders/reminders.ts";
import { createReportSource } from "../../../src/store/report-source.ts";
import { lastInboundTimes } from "../../../src/store/subscription.repository.ts";
import { openSeededEngine, recordingLog, type SeededEngine } from "../../support/seeded-engine.ts";

const text = (from: string, content: string) => ({ FromUserName: from, ToUserName: "gh", MsgType: "text", Content: content, MsgId: "1" });

describe("wechat message handler", () => {
  let seeded: SeededEngine;
  beforeAll(async () => {
    seeded = await openSeededEngine();
  });
  afterAll(async () => {
    await seeded.close();
  });

  it("cuts a long answer within the byte budget and gives the rest on 更多", async () => {
    const handler = createWechatMessageHandler({ engine: seeded.engine, reminders: null, replyBytes: 300 });
    const at = new Date();
    const parts = [await handler.reply(text("u1", "凉州区科技局2021年公开了多少条信息"), at)];
    for (let i = 0; i < 20 && parts.at(-1)!.includes("回复“更多”"); i++) parts.push(await handler.reply(text("u1", "更多"), at));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(byteLength(part)).toBeLessThanOrEqual(300);
    expect(parts.join("\n")).toContain("2021年我局共主动公开政府信息13条");
    expect(await handler.reply(text("u1", "更多"), at)).toBe("没有更多内容了。");
  });

  it("records every inbound message time for the 48-hour window", async () => {
    const reminders = createReminders({
      db: seeded.store.db,
      source: createReportSource(seeded.store.db),
      notifiers: {},
      clock: () => new Date(),
      log: recordingLog(),
    });
    const handler = createWechatMessageHandler({ engine: seeded.engine, reminders: wechatReminders(reminders) });
    await handler.reply(text("u2", "凉州区科技局2021年公开了多少条信息"), new Date("2026-11-20T00:00:00Z"));
    expect((await lastInboundTimes(seeded.store.db, "wx:")).get("wx:u2")).toEqual(new Date("2026-11-20T00:00:00Z"));
    await handler.reply({ FromUserName: "u2", MsgType: "image", MsgId: "2" }, new Date("2026-11-21T00:00:00Z"));
    expect((await lastInboundTimes(seeded.store.db, "wx:")).get("wx:u2")).toEqual(new Date("2026-11-21T00:00:00Z"));
  });
});
