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
const HINT = "全部退订请发送 /unsubscribe；只退订其中一项，请发送 /subscriptions 后按“退订”按钮。";

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
      // A township of the county files too, but no art. 49 deadline binds it.
      { agency: "凉州区黄羊镇人民政府", year: 2024, ...WUWEI, county: "凉州区", township: "黄羊镇", level: "township" },
      // An office whose last report is long past: merged or renamed, not late.
      { agency: "武威市凉州区粮食局", year: 2009, ...WUWEI, county: "凉州区" },
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
    return String((await sayFull(chatId, text)).text);
  }

  /** Sends a command and returns the one reply's payload (its text and buttons). */
  async function sayFull(chatId: number, text: string): Promise<Record<string, unknown>> {
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
    return replies[0]!.payload;
  }

  async function tap(chatId: number, data: string): Promise<void> {
    await bot.handleUpdate({
      update_id: updateId++,
      callback_query: {
        id: `cb${updateId}`,
        from: { id: chatId, is_bot: false, first_name: "用户" },
        chat_instance: "ci",
        data,
        message: { message_id: 1, date: Math.floor(now.getTime() / 1000), chat: { id: chatId, type: "private", first_name: "用户" }, text: "…" },
      },
    });
  }

  describe("the Telegram subscriptions feature", () => {
    it("subscribes each name as its own entry, lists them with a button each, and unsubscribes", async () => {
      expect(await say(7, "/subscribe 部门 凉州区")).toBe(
        [
          "已订阅年报提醒：",
          "· 凉州区（地区）：部门年报（1月31日）",
          "提前30天、7天、1天和当天提醒；截止后告诉您所关注的哪些机构尚未公布；关注的机构有新年报时通知您。",
          HINT,
        ].join("\n"),
      );
      // A short name is read as questions read it; a later subscription leaves the earlier one as it was.
      expect(await say(7, "/subscribe 政府 古浪县 凉州区教育局")).toBe(
        [
          "已订阅年报提醒：",
          "· 古浪县（地区）：政府年报（3月31日）",
          "· 武威市凉州区教育局：政府年报（3月31日）",
          "提前30天、7天、1天和当天提醒；截止后告诉您所关注的哪些机构尚未公布；关注的机构有新年报时通知您。",
          HINT,
        ].join("\n"),
      );
      const list = await sayFull(7, "/subscriptions");
      expect(list.text).toBe(
        ["您的订阅：", "· 凉州区（地区）：部门年报（1月31日）", "· 古浪县（地区）：政府年报（3月31日）", "· 武威市凉州区教育局：政府年报（3月31日）", HINT].join("\n"),
      );
      const entries = (await reminders.subscriptions("tg:7"))!.entries;
      expect((list.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard).toEqual([
        [{ text: "退订 凉州区（地区）", callback_data: `u:${entries[0]!.id}` }],
        [{ text: "退订 古浪县（地区）", callback_data: `u:${entries[1]!.id}` }],
        [{ text: "退订 武威市凉州区教育局", callback_data: `u:${entries[2]!.id}` }],
      ]);
      await tap(7, `u:${entries[1]!.id}`);
      const edited = fake.sent("editMessageText").at(-1)!.payload;
      expect(edited.text).toBe(
        [
          "已退订：",
          "· 古浪县（地区）：政府年报（3月31日）",
          "",
          "您的订阅：",
          "· 凉州区（地区）：部门年报（1月31日）",
          "· 武威市凉州区教育局：政府年报（3月31日）",
          HINT,
        ].join("\n"),
      );
      // Another chat cannot end this chat's entry.
      await tap(8, `u:${entries[0]!.id}`);
      expect(fake.sent("editMessageText").at(-1)!.payload.text).toBe(
        "这项订阅已不存在。\n\n您还没有订阅年报提醒。订阅请发送 /subscribe，可加“部门”“政府”或地区、机构名。",
      );
      expect(await say(7, "/unsubscribe 凉州区教育局")).toBe(
        ["已退订：", "· 武威市凉州区教育局：政府年报（3月31日）", "仍在订阅：", "· 凉州区（地区）：部门年报（1月31日）"].join("\n"),
      );
      expect(await say(7, "/unsubscribe")).toBe("已退订全部年报提醒。");
      expect(await reminders.subscriptions("tg:7")).toBeNull();
      expect(await say(7, "/unsubscribe")).toBe("您没有订阅年报提醒。");
      expect(await say(7, "/subscriptions")).toBe("您还没有订阅年报提醒。订阅请发送 /subscribe，可加“部门”“政府”或地区、机构名。");
    });

    it("refuses a name the catalogue does not hold and a bare level, with suggestions, and subscribes nothing for them", async () => {
      expect(await say(7, "/subscribe 火星市")).toBe(["未订阅：", "· 资料库中没有“火星市”，收录的有：武威市。"].join("\n"));
      expect(await say(7, "/subscribe 县级")).toBe(["未订阅：", "· “县级”是级别，不是具体的地区或机构，请写出名称，例如：武威市凉州区人民政府。"].join("\n"));
      expect(await reminders.subscriptions("tg:7")).toBeNull();
      expect(await say(7, "/subscribe 凉州区 火星市")).toBe(
        [
          "已订阅年报提醒：",
          "· 凉州区（地区）：部门和政府年报",
          "以下名称未订阅：",
          "· 资料库中没有“火星市”，收录的有：武威市。",
          "提前30天、7天、1天和当天提醒；截止后告诉您所关注的哪些机构尚未公布；关注的机构有新年报时通知您。",
          HINT,
        ].join("\n"),
      );
      expect(await say(7, "/missing 火星市 2026")).toBe("资料库中没有“火星市”，收录的有：武威市。");
    });

    it("reminds each subscriber of where the agencies they follow stand, the deadline and its basis once, and how to unsubscribe", async () => {
      await say(7, "/subscribe 部门 凉州区");
      await say(8, "/subscribe 部门 凉州区教育局");
      await say(9, "/subscribe");
      now = shanghaiNine("2027-01-24");
      const report = await reminders.runCheck(now);
      expect(report.sends.map((s) => `${s.status} ${s.chatId}`)).toEqual(["sent tg:7", "sent tg:8", "sent tg:9"]);
      const texts = fake.sent("sendMessage").slice(-3).map((c) => String(c.payload.text));
      const head = [
        "【年报提醒】县级以上人民政府部门年度报告（2026年度）",
        "截止日期：2027年1月31日（星期日），还有7天。",
        "该日为周末（尚未收录2027年节假日安排，未能核对是否调休上班），截止日期仍按条例规定，不顺延。",
        "依据：《中华人民共和国政府信息公开条例》（2019年修订）第四十九条：“县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布。”",
      ];
      expect(texts[0]).toBe(
        [
          ...head,
          "您关注的机构（以本资料库收录为准）：",
          "· 凉州区：已收录1家（武威市凉州区教育局），尚未收录2家（武威市凉州区财政局、武威市凉州区粮食局）。",
          HINT,
        ].join("\n"),
      );
      expect(texts[1]).toBe([...head, "您关注的机构（以本资料库收录为准）：", "· 武威市凉州区教育局：已收录2026年度报告。", HINT].join("\n"));
      expect(texts[2]).toBe([...head, HINT].join("\n"));
      // Once per subscriber: the same day's second check sends nothing.
      expect((await reminders.runCheck(now)).sends).toEqual([]);
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

    it("answers /missing with the agencies of a place at its level that filed recently but not for the year", async () => {
      const listing = [
        "凉州区：2026年度报告，资料库中已有1家，近年有报告而本年度尚未收录2家。",
        "· 武威市凉州区财政局（已有2025年度报告；应于2027年1月31日（星期日）前公布，还有11天）",
        "· 武威市凉州区人民政府（已有2025年度报告；应于2027年3月31日（星期三）前公布，还有70天）",
        "另有1家最近一份报告早于2023年度，或不受该期限约束（如乡镇），未列入。",
        "（以本资料库收录为准；未收录不等于未公布。）",
      ].join("\n");
      expect(await say(7, "/missing 凉州区 2026")).toBe(listing);
      // A year in Chinese numerals, apart or attached, is the year, not part of the place.
      expect(await say(7, "/missing 凉州区 二〇二六")).toBe(listing);
      expect(await say(7, "/missing 凉州区二〇二六年")).toBe(listing);
      expect(await say(7, "/missing 凉州区财政局 2026")).toBe(
        [
          "武威市凉州区财政局：尚未收录2026年度报告（已有2025年度报告；应于2027年1月31日（星期日）前公布，还有11天）。",
          "（以本资料库收录为准；未收录不等于未公布。）",
        ].join("\n"),
      );
      expect(await say(7, "/missing 凉州区教育局 2026")).toBe("武威市凉州区教育局：资料库中已有2026年度报告。");
      expect(await say(7, "/missing 天祝县")).toBe("资料库中没有“天祝县”，收录的有：古浪县。");
      expect(await say(7, "/missing 省级")).toBe("“省级”是级别，不是具体的地区或机构，请写出名称。");
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
          "依据：《中华人民共和国政府信息公开条例》（2019年修订）第四十九条",
          "凉州区：2026年度报告，资料库中已有1家，近年有报告而本年度尚未收录1家。",
          "· 武威市凉州区财政局（已有2025年度报告；应于2027年1月31日（星期日）前公布，已过截止日期）",
          "另有1家最近一份报告早于2023年度，或不受该期限约束（如乡镇），未列入。",
          "（以本资料库收录为准；未收录不等于未公布。）",
          HINT,
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
      const notice = fake.sent("sendMessage").at(-1)!.payload;
      expect(notice.parse_mode).toBe("HTML");
      expect(notice.text).toBe(
        [
          "<b>【新年报】</b>您关注的“凉州区”有新年报：《武威市凉州区财政局2026年政府信息公开工作年度报告》",
          "主动公开政府信息：<b>126条</b>",
          "<blockquote>2026年主动公开政府信息126条。</blockquote>",
          "新收政府信息公开申请：<b>3件</b>",
          "<blockquote>全年收到政府信息公开申请3件。</blockquote>",
          HINT,
        ].join("\n"),
      );
      expect(notice.reply_markup).toEqual({ inline_keyboard: [[{ text: "问这份年报", callback_data: `a:${added[0]!.id}` }]] });
      // A reload that stores the same report again does not notify twice.
      expect(await reminders.notifyNewReports(added)).toEqual([]);
    });
  });
});
