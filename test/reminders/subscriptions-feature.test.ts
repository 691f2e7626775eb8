import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Bot } from "../../src/bot/telegram/grammy.ts";
import { subscriptionsFeature } from "../../src/bot/telegram/features/subscriptions.ts";
import { createTelegramNotifier } from "../../src/bot/telegram/telegram-notifier.ts";
import { createReminders, type Reminders } from "../../src/reminders/reminders.ts";
import { createReportSource } from "../../src/store/report-source.ts";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.ts";
import { DIALECTS } from "../support/test-databases.ts";
import { openTempStore, type TempStore } from "../support/temp-store.ts";
import { recordingLog, seedReports, shanghaiNine, testBot } from "./reminders-fixture.ts";

const WUWEI = { province: "甘肃省", city: "武威市" };

describe.each(DIALECTS)("on %s", (dialect) => {
  let temp: TempStore;
  let fake: FakeBotApi;
  let bot: Bot;
  let reminders: Reminders;
  let now: Date;
  let updateId = 1;

  beforeEach(async () => {
    temp = await openTempStore(dialect);
    fake = await startFakeBotApi();
    now = shanghaiNine("2027-01-20");
    await seedReports(temp.store, [
      { agency: "武威市凉州区财政局", year: 2024, ...WUWEI, county: "凉州区" },
      { agency: "武威市凉州区财政局", year: 2025, ...WUWEI, county: "凉州区" },
      { agency: "武威市凉州区教育局", year: 2025, ...WUWEI, county: "凉州区" },
      { agency: "武威市凉州区教育局", year: 2026, ...WUWEI, county: "凉州区" },
      { agency: "武威市凉州区人民政府", year: 2025, ...WUWEI, county: "凉州区" },
      { agency: "古浪县财政局", year: 2025, ...WUWEI, county: "古浪县" },
    ]);
    bot = testBot(fake.url);
    reminders = createReminders({
      db: temp.store.db,
      source: createReportSource(temp.store.db),
      notifiers: { telegram: createTelegramNotifier(bot.api) },
      clock: () => now,
      log: recordingLog(),
      options: { maxPerSecond: Infinity, retryDelayMs: 0 },
    });
    bot.use(subscriptionsFeature({ reminders, clock: () => now }));
  });

  afterEach(async () => {
    await fake.close();
    await temp.dispose();
  });

  async function say(chatId: number, text: string): Promise<string> {
    const command = text.split(" ")[0]!;
    const before = fake.sent("sendMessage").length;
    await bot.handleUpdate({
      update_id: updateId++,
      message: {
        message_id: updateId,
        date: Math.floor(now.getTime() / 1000),
        chat: { id: chatId, type: "private", first_name: "用户" },
        from: { id: chatId, is_bot: false, first_name: "用户" },
        text,
        entities: [{ type: "bot_command", offset: 0, length: command.length }],
      },
    });
    const replies = fake.sent("sendMessage").slice(before);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.payload.chat_id).toBe(chatId);
    return String(replies[0]!.payload.text);
  }

  describe("the Telegram subscriptions feature", () => {
    it("subscribes with filters, shows them, and unsubscribes", async () => {
      expect(await say(7, "/subscribe 部门 凉州区")).toBe(
        [
          "已订阅年报提醒。",
          "提醒：部门年报（1月31日）",
          "关注：凉州区（新年报收录时通知）",
          "提前30天、7天、1天和当天提醒；截止后告诉您哪些机构尚未公布。退订请发送 /unsubscribe。",
        ].join("\n"),
      );
      expect(await say(7, "/subscriptions")).toBe(["您的订阅：", "提醒：部门年报（1月31日）", "关注：凉州区（新年报收录时通知）"].join("\n"));
      expect(await say(7, "/unsubscribe")).toBe("已退订年报提醒。");
      expect(await reminders.subscriptions("tg:7")).toBeNull();
      expect(await say(7, "/unsubscribe")).toBe("您没有订阅年报提醒。");
      expect(await say(7, "/subscriptions")).toBe("您还没有订阅年报提醒。订阅请发送 /subscribe，可加“部门”“政府”或地区、机构名。");
    });

    it("shows the coming deadlines with days left on the Shanghai date", async () => {
      expect(await say(7, "/deadlines")).toBe(
        [
          "即将到来的年报截止日期（北京时间）：",
          "· 2027年1月31日（星期日） 县级以上人民政府部门年度报告（2026年度），还有11天",
          "  该日为周末（尚未收录2027年节假日安排，未能核对是否调休上班），截止日期仍按条例规定，不顺延。",
          "  依据：《中华人民共和国政府信息公开条例》（2019年修订）第四十九条",
          "· 2027年3月31日（星期三） 县级以上地方人民政府年度报告（2026年度），还有70天",
          "  尚未收录2027年节假日安排，未能核对该日是否放假；截止日期仍按条例规定，不顺延。",
          "  依据：《中华人民共和国政府信息公开条例》（2019年修订）第四十九条",
        ].join("\n"),
      );
    });

    it("answers /missing with the agencies of a place that filed before but not for the year", async () => {
      expect(await say(7, "/missing 凉州区 2026")).toBe(
        [
          "凉州区：2026年度报告，资料库中已有1家，往年有报告而本年度尚未收录2家。",
          "· 武威市凉州区财政局（已有2025年度报告；应于2027年1月31日（星期日）前公布，还有11天）",
          "· 武威市凉州区人民政府（已有2025年度报告；应于2027年3月31日（星期三）前公布，还有70天）",
          "（以本资料库收录为准；未收录不等于未公布。）",
        ].join("\n"),
      );
      expect(await say(7, "/missing 天祝县")).toBe("资料库里没有“天祝县”往年的年度报告，无法判断2025年度报告是否已公布。");
    });

    it("tells followers who has not filed once the deadline passes", async () => {
      await say(7, "/subscribe 部门 凉州区");
      await say(8, "/subscribe 政府");
      now = shanghaiNine("2027-02-01");
      const report = await reminders.runCheck(now);
      expect(report.sends.map((s) => `${s.status} ${s.key}`)).toEqual(["sent after_deadline:departments-2019:2026:tg:7"]);
      const notice = fake.sent("sendMessage").at(-1)!;
      expect(notice.payload.chat_id).toBe(7);
      expect(notice.payload.text).toBe(
        [
          "【年报期限已过】县级以上人民政府部门年度报告（2026年度）已于2027年1月31日（星期日）截止。",
          "凉州区：2026年度报告，资料库中已有1家，往年有报告而本年度尚未收录1家。",
          "· 武威市凉州区财政局（已有2025年度报告；应于2027年1月31日（星期日）前公布，已过截止日期）",
          "（以本资料库收录为准；未收录不等于未公布。）",
        ].join("\n"),
      );
    });

    it("tells followers when a followed agency's new report is ingested, with its figures and their quotes", async () => {
      await say(7, "/subscribe 凉州区");
      await say(8, "/subscribe 古浪县");
      const added = await seedReports(temp.store, [
        {
          agency: "武威市凉州区财政局",
          year: 2026,
          ...WUWEI,
          county: "凉州区",
          figures: [
            { metric: "proactive.total", value: 126, unit: "条", quote: "2026年主动公开政府信息126条。" },
            { metric: "applications.new.total", value: 3, unit: "件", quote: "全年收到政府信息公开申请3件。" },
          ],
        },
      ]);
      const first = await reminders.notifyNewReports(added);
      expect(first.map((s) => `${s.status} ${s.chatId}`)).toEqual(["sent tg:7"]);
      expect(fake.sent("sendMessage").at(-1)!.payload.text).toBe(
        [
          "【新年报】您关注的“凉州区”：武威市凉州区财政局2026年度政府信息公开工作年度报告已收录。",
          "标题：武威市凉州区财政局2026年政府信息公开工作年度报告",
          "主动公开政府信息：126条",
          "> 2026年主动公开政府信息126条。",
          "新收政府信息公开申请：3件",
          "> 全年收到政府信息公开申请3件。",
        ].join("\n"),
      );
      // A reload that stores the same report again does not notify twice.
      expect(await reminders.notifyNewReports(added)).toEqual([]);
    });
  });
});
