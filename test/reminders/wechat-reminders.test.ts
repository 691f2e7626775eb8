import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createWechatNotifier, type CustomerServiceSender } from "../../src/bot/wechat/wechat-notifier.ts";
import { answerReminderCommand, parseChineseReminderCommand } from "../../src/reminders/chat-commands.ts";
import { createReminders, type Reminders } from "../../src/reminders/reminders.ts";
import { createReportSource } from "../../src/store/report-source.ts";
import { DIALECTS } from "../support/test-databases.ts";
import { openTempStore, type TempStore } from "../support/temp-store.ts";
import { recordingLog, seedReports, shanghaiNine } from "./reminders-fixture.ts";

/** The customer-service client's shape: records sends, and refuses some openids with a WeChat errcode. */
class RecordingSender implements CustomerServiceSender {
  readonly sent: Array<{ openid: string; text: string }> = [];
  readonly refuse = new Map<string, number>();
  async sendText(openid: string, text: string): Promise<void> {
    const errcode = this.refuse.get(openid);
    if (errcode !== undefined) throw Object.assign(new Error(`wechat api error ${errcode}`), { errcode });
    this.sent.push({ openid, text });
  }
}

describe.each(DIALECTS)("on %s", (dialect) => {
  let temp: TempStore;
  let sender: RecordingSender;
  let reminders: Reminders;
  let now: Date;

  beforeEach(async () => {
    temp = await openTempStore(dialect);
    sender = new RecordingSender();
    now = shanghaiNine("2027-01-22");
    reminders = createReminders({
      db: temp.store.db,
      source: createReportSource(temp.store.db),
      notifiers: { wechat: createWechatNotifier(sender) },
      clock: () => now,
      log: recordingLog(),
      options: { maxPerSecond: Infinity, retryDelayMs: 0 },
    });
  });

  afterEach(async () => {
    await temp.dispose();
  });

  describe("reminders over WeChat", () => {
    it("recognises the Chinese commands", () => {
      expect(parseChineseReminderCommand("订阅 政府 凉州区")).toEqual({ command: "subscribe", args: "政府 凉州区" });
      expect(parseChineseReminderCommand("我的订阅")).toEqual({ command: "subscriptions", args: "" });
      expect(parseChineseReminderCommand("退订")).toEqual({ command: "unsubscribe", args: "" });
      expect(parseChineseReminderCommand("未报送 凉州区 2026年")).toEqual({ command: "missing", args: "凉州区 2026年" });
      expect(parseChineseReminderCommand("订阅号是什么")).toBeNull();
    });

    it("tells a follower of a new report in plain text: the title once, each figure with its sentence, and how to unsubscribe", async () => {
      await seedReports(temp.store, [{ agency: "武威市凉州区财政局", year: 2025, province: "甘肃省", city: "武威市", county: "凉州区" }]);
      await reminders.subscribe("wx:o-1", { kind: null, follows: ["凉州区财政局"] });
      await reminders.recordInbound("wx:o-1", now);
      const added = await seedReports(temp.store, [
        {
          agency: "武威市凉州区财政局",
          year: 2026,
          province: "甘肃省",
          city: "武威市",
          county: "凉州区",
          figures: [{ metric: "proactive.total", value: 126, unit: "条", quote: "2026年主动公开政府信息126条。" }],
        },
      ]);
      expect((await reminders.notifyNewReports(added)).map((s) => `${s.status} ${s.chatId}`)).toEqual(["sent wx:o-1"]);
      expect(sender.sent.map((s) => s.text)).toEqual([
        [
          "【新年报】您关注的武威市凉州区财政局有新年报：《武威市凉州区财政局2026年政府信息公开工作年度报告》",
          "主动公开政府信息：126条（原文：“2026年主动公开政府信息126条。”）",
          "全部退订请发送“退订”；只退订其中一项，请发送“退订 名称”。",
        ].join("\n"),
      ]);
    });

    it("says on subscribing that pushes reach the user only within 48 hours of their last message", async () => {
      const reply = await answerReminderCommand(reminders, "wx:o-1", "subscribe", "", now);
      expect(reply.text.split("\n")).toEqual([
        "已订阅年报提醒：",
        "· 全部机构：部门和政府年报",
        "提前30天、7天、1天和当天提醒；截止后告诉您所关注的哪些机构尚未公布；关注的机构有新年报时通知您。",
        "全部退订请发送“退订”；只退订其中一项，请发送“退订 名称”。",
        "注意：公众号只能在您最近一次发消息后的48小时内给您推送；超出时提醒无法送达。期限临近时请发条消息给我们。",
      ]);
      expect(reply.unfollowButtons).toEqual([]);
    });

    it("says on subscribing when the account cannot push at all, and names the Chinese command words", async () => {
      const passiveOnly = createReminders({
        db: temp.store.db,
        source: createReportSource(temp.store.db),
        notifiers: {},
        clock: () => now,
        log: recordingLog(),
      });
      const reply = await answerReminderCommand(passiveOnly, "wx:o-2", "subscribe", "政府", now);
      expect(reply.text.split("\n")).toEqual([
        "已订阅年报提醒：",
        "· 全部机构：政府年报（3月31日）",
        "提前30天、7天、1天和当天提醒；截止后告诉您所关注的哪些机构尚未公布；关注的机构有新年报时通知您。",
        "全部退订请发送“退订”；只退订其中一项，请发送“退订 名称”。",
        "注意：这里暂未开通主动推送，提醒暂时无法送达；查看截止日期请发送“截止日期”。",
      ]);
      expect((await answerReminderCommand(passiveOnly, "wx:o-3", "subscriptions", "", now)).text).toBe(
        "您还没有订阅年报提醒。订阅请发送“订阅”，可加“部门”“政府”或地区、机构名。",
      );
    });

    it("pushes inside the 48-hour window and records the rest as not deliverable", async () => {
      now = shanghaiNine("2027-01-24");
      for (const openid of ["o-recent", "o-stale", "o-never", "o-refused"]) {
        await reminders.subscribe(`wx:${openid}`, { kind: "departments", follows: [] });
      }
      await reminders.recordInbound("wx:o-recent", new Date(now.getTime() - 47 * 3600_000));
      await reminders.recordInbound("wx:o-stale", new Date(now.getTime() - 49 * 3600_000));
      await reminders.recordInbound("wx:o-refused", new Date(now.getTime() - 3600_000));
      // An older message arriving late does not move the window back.
      await reminders.recordInbound("wx:o-recent", new Date(now.getTime() - 100 * 3600_000));
      sender.refuse.set("o-refused", 45015);

      const report = await reminders.runCheck(now);
      expect(report.sends.map((s) => `${s.chatId} ${s.status} ${s.detail}`)).toEqual([
        "wx:o-never undeliverable outside the 48-hour push window",
        "wx:o-recent sent null",
        "wx:o-refused undeliverable 45015: outside the 48-hour customer-service window",
        "wx:o-stale undeliverable outside the 48-hour push window",
      ]);
      expect(sender.sent.map((s) => s.openid)).toEqual(["o-recent"]);
      expect(sender.sent[0]!.text.split("\n")[1]).toBe("截止日期：2027年1月31日（星期日），还有7天。");
      // Not deliverable is final: a later message from the user does not bring the old reminder back.
      await reminders.recordInbound("wx:o-stale", now);
      expect((await reminders.runCheck(new Date(now.getTime() + 3600_000))).sends).toEqual([]);
    });
  });
});
