import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAdminActions } from "../../src/bot/telegram/admin-actions.ts";
import { createCorpusService } from "../../src/corpus/corpus-service.ts";
import { createBot } from "../../src/bot/telegram/create-bot.ts";
import { subscriptionsFeature } from "../../src/bot/telegram/features/subscriptions.ts";
import { Composer, type Bot, type Context } from "../../src/bot/telegram/grammy.ts";
import { createTelegramNotifier } from "../../src/bot/telegram/telegram-notifier.ts";
import { createReminders, type Reminders, type SendReport } from "../../src/reminders/reminders.ts";
import { createReportSource } from "../../src/store/report-source.ts";
import { listSubscriptions, recordInbound } from "../../src/store/subscription.repository.ts";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.ts";
import { openSeededEngine, recordingLog, SEED_DIR, type SeededEngine } from "../support/seeded-engine.ts";
import { BOT_INFO, callbackUpdate, documentUpdate, textUpdate } from "../support/telegram-updates.ts";
import { shanghaiNine } from "./reminders-fixture.ts";

const ADMIN = 1;
const LIANGZHOU_FOLLOWER = 7;
const GULANG_FOLLOWER = 8;

let seeded: SeededEngine;
let fake: FakeBotApi;
let bot: Bot;
let reminders: Reminders;
let now: Date;
/** New-report notices started by /reload and uploads (the bot does not wait for them). */
let notices: Array<Promise<SendReport[]>>;

beforeEach(async () => {
  now = shanghaiNine("2023-01-20");
  notices = [];
  seeded = await openSeededEngine({ copySeeds: true, now: () => now });
  fake = await startFakeBotApi();
  const log = recordingLog();
  const subscriptions = new Composer<Context>();
  bot = createBot({
    token: "123:abc",
    apiRoot: fake.url,
    botInfo: BOT_INFO,
    engine: seeded.engine,
    claimUpdate: async () => true,
    recordInbound: (chatId, at) => recordInbound(seeded.store.db, chatId, at),
    adminIds: [ADMIN],
    admin: createAdminActions({
      corpus: createCorpusService({ store: seeded.store, dataDir: seeded.dataDir, onNewReports: (reports) => void notices.push(reminders.notifyNewReports(reports)) }),
      countChats: async () => 0,
      countSubscribers: async () => (await listSubscriptions(seeded.store.db)).length,
    }),
    subscriptions,
    log,
    retry: { maxDelaySeconds: 2, maxRetryAttempts: 2 },
  });
  reminders = createReminders({
    db: seeded.store.db,
    source: createReportSource(seeded.store.db),
    notifiers: { telegram: createTelegramNotifier(bot.api) },
    clock: () => now,
    log: { info: log.info, warn: log.warn, error: log.error },
    options: { maxPerSecond: Infinity, retryDelayMs: 0 },
  });
  subscriptions.use(subscriptionsFeature({ reminders, clock: () => now }));
});

afterEach(async () => {
  await fake.close();
  await seeded.close();
});

/** Every text the fake Bot API delivered to a chat since `from` calls. */
function textsTo(chatId: number, from = 0): string[] {
  return fake
    .sent("sendMessage")
    .slice(from)
    .filter((call) => call.payload.chat_id === chatId)
    .map((call) => String(call.payload.text));
}

async function say(chatId: number, text: string): Promise<string[]> {
  const before = fake.sent("sendMessage").length;
  await bot.handleUpdate(textUpdate(chatId, text));
  return textsTo(chatId, before);
}

/** The seed report of 凉州区科学技术局 (2021) rewritten as another year's report with another total. */
async function liangzhouReport(year: number, published: number): Promise<string> {
  const seed = await readFile(path.join(SEED_DIR, "001_c6179b2d5830f109.txt"), "utf8");
  return seed.replaceAll("2021", String(year)).replace("共主动公开政府信息13条", `共主动公开政府信息${published}条`);
}

function newReportNotice(year: number, published: number): string {
  return [
    `<b>【新年报】</b>您关注的“凉州区”有新年报：《凉州区科学技术局${year}年政府信息公开工作年度报告》`,
    `主动公开政府信息：<b>${published}条</b>`,
    `<blockquote>${year}年我局共主动公开政府信息${published}条,其中,公开指南1条,公开要点1条,年度报告1条,机关简介1条,政务文件2条,政策法规2条,财务预决算和“三公”经费2条,机构职能1条,机构领导及其分工1条,工作落实情况1条。</blockquote>`,
    "新收政府信息公开申请：<b>0件</b>",
    "<blockquote>一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||</blockquote>",
    UNSUBSCRIBE_HINT,
  ].join("\n");
}

const UNSUBSCRIBE_HINT = "全部退订请发送 /unsubscribe；只退订其中一项，请发送 /subscriptions 后按“退订”按钮。";

describe("the filing watch over Telegram, on reports ingested from files", () => {
  it("lists who has not filed, tells followers after the deadline, and announces reports added by /reload and upload", async () => {
    expect((await say(LIANGZHOU_FOLLOWER, "/subscribe 凉州区"))[0]!.split("\n").slice(0, 2)).toEqual([
      "已订阅年报提醒：",
      "· 凉州区（地区）：部门和政府年报",
    ]);
    // A place the corpus holds nothing of is refused, not accepted to stay silent for ever.
    expect(await say(GULANG_FOLLOWER, "/subscribe 古浪县")).toEqual(["未订阅：\n· 资料库中没有“古浪县”，请检查名称，或写出所在的省、市、县。"]);
    expect((await say(GULANG_FOLLOWER, "/subscribe 龙港区"))[0]!.split("\n")[1]).toBe("· 龙港区（地区）：部门和政府年报");

    expect(await say(LIANGZHOU_FOLLOWER, "/missing 凉州区 2022")).toEqual([
      [
        "凉州区：2022年度报告，资料库中已有0家，近年有报告而本年度尚未收录1家。",
        "· 凉州区科学技术局（已有2021年度报告；应于2023年1月31日（星期二）前公布，还有11天）",
        "（以本资料库收录为准；未收录不等于未公布。）",
      ].join("\n"),
    ]);

    // The day after the departments' deadline, the scheduled check tells each follower.
    now = shanghaiNine("2023-02-01");
    const check = await reminders.runCheck(now);
    expect(check.sends.map((s) => `${s.status} ${s.key}`)).toEqual([
      "sent after_deadline:departments-2019:2022:tg:7",
      "sent after_deadline:departments-2019:2022:tg:8",
    ]);
    expect(textsTo(LIANGZHOU_FOLLOWER).at(-1)).toBe(
      [
        "【年报期限已过】县级以上人民政府部门年度报告（2022年度）已于2023年1月31日（星期二）截止。",
        "依据：《中华人民共和国政府信息公开条例》（2019年修订）第四十九条",
        "凉州区：2022年度报告，资料库中已有0家，近年有报告而本年度尚未收录1家。",
        "· 凉州区科学技术局（已有2021年度报告；应于2023年1月31日（星期二）前公布，已过截止日期）",
        "（以本资料库收录为准；未收录不等于未公布。）",
        UNSUBSCRIBE_HINT,
      ].join("\n"),
    );
    expect(textsTo(GULANG_FOLLOWER).at(-1)).toBe(
      [
        "【年报期限已过】县级以上人民政府部门年度报告（2022年度）已于2023年1月31日（星期二）截止。",
        "依据：《中华人民共和国政府信息公开条例》（2019年修订）第四十九条",
        "资料库里没有“龙港区”受该期限约束的机构往年的年度报告，无法判断2022年度报告是否已公布。",
        UNSUBSCRIBE_HINT,
      ].join("\n"),
    );

    // The 2022 report arrives as a file in the data directory, picked up by /reload.
    await writeFile(path.join(seeded.dataDir, "liangzhou-2022.txt"), await liangzhouReport(2022, 17));
    const beforeReload = fake.sent("sendMessage").length;
    const reload = await say(ADMIN, "/reload");
    expect(reload[0]).toBe("正在载入……");
    expect(reload[1]).toMatch(/^重新载入完成。\n文件：6 个（新增 1，/);
    expect(notices).toHaveLength(1);
    expect((await notices[0]!).map((s) => `${s.status} ${s.key}`)).toEqual(["sent new_report:凉州区科学技术局:2022:tg:7"]);
    expect(textsTo(LIANGZHOU_FOLLOWER, beforeReload)).toEqual([newReportNotice(2022, 17)]);
    expect(textsTo(GULANG_FOLLOWER, beforeReload)).toEqual([]);

    // The notice's button asks about the new report itself; the chat then follows up on that agency.
    const notice = fake.sent("sendMessage").filter((c) => c.payload.chat_id === LIANGZHOU_FOLLOWER).at(-1)!.payload;
    const [[button]] = (notice.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard as [
      [{ text: string; callback_data: string }],
    ];
    expect(button.text).toBe("问这份年报");
    const beforeTap = fake.sent("sendMessage").length;
    await bot.handleUpdate(callbackUpdate(LIANGZHOU_FOLLOWER, button.callback_data));
    expect(textsTo(LIANGZHOU_FOLLOWER, beforeTap)).toEqual([
      "收录的凉州区科学技术局年报：\n- 凉州区科学技术局 2022年：《凉州区科学技术局2022年政府信息公开工作年度报告》",
    ]);
    expect(await say(LIANGZHOU_FOLLOWER, "主动公开了多少条信息")).toEqual([expect.stringContaining("凉州区科学技术局2022年年报：主动公开政府信息 <b>17条</b>")]);

    expect(await say(LIANGZHOU_FOLLOWER, "/missing 凉州区 2022")).toEqual(["凉州区：2022年度报告，资料库中已有1家，近年有报告而本年度尚未收录0家。"]);

    // The 2023 report is uploaded to the bot as a document.
    const bytes = new TextEncoder().encode(await liangzhouReport(2023, 9));
    fake.addFile("doc-2023", bytes, "documents/file_2023.txt");
    const beforeUpload = fake.sent("sendMessage").length;
    await bot.handleUpdate(documentUpdate(ADMIN, "doc-2023", "liangzhou-2023.txt", bytes.length));
    expect(textsTo(ADMIN, beforeUpload)[1]).toMatch(/^已载入 liangzhou-2023\.txt：\n· 凉州区科学技术局 2023年\n/);
    expect(notices).toHaveLength(2);
    expect((await notices[1]!).map((s) => `${s.status} ${s.key}`)).toEqual(["sent new_report:凉州区科学技术局:2023:tg:7"]);
    expect(textsTo(LIANGZHOU_FOLLOWER, beforeUpload)).toEqual([newReportNotice(2023, 9)]);

    // Reloading unchanged files adds no report and announces nothing again.
    const beforeSecondReload = fake.sent("sendMessage").length;
    await say(ADMIN, "/reload");
    expect(notices).toHaveLength(2);
    expect(textsTo(LIANGZHOU_FOLLOWER, beforeSecondReload)).toEqual([]);
  });
});
