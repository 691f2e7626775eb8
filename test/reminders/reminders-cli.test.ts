import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createReminders } from "../../src/reminders/reminders.ts";
import { createReportSource } from "../../src/store/report-source.ts";
import { claimSends, sendLogCounts } from "../../src/store/send-log.repository.ts";
import { startFakeBotApi } from "../support/fake-bot-api.ts";
import { DIALECTS } from "../support/test-databases.ts";
import { openTempStore, type TempStore } from "../support/temp-store.ts";
import { recordingLog } from "./reminders-fixture.ts";

const run = promisify(execFile);
describe.each(DIALECTS)("on %s", (dialect) => {
  let temp: TempStore;
  const storeArgs = () => (temp.url === null ? ["--db", temp.file] : ["--database-url", temp.url]);

  beforeEach(async () => {
    temp = await openTempStore(dialect);
    const reminders = createReminders({
      db: temp.store.db,
      source: createReportSource(temp.store.db),
      notifiers: {},
      clock: () => new Date("2026-11-23T00:00:00Z"),
      log: recordingLog(),
    });
    await reminders.subscribe("tg:1001", { kind: "departments", follows: [] });
    await reminders.subscribe("wx:o-1", { kind: "departments", follows: [] });
  });

  afterEach(async () => {
    await temp.dispose();
  });

  describe("npm run reminders", () => {
    it("without a configured channel runs as a dry run, says so, and prints what it would send", async () => {
      const env = { ...process.env };
      for (const name of ["TELEGRAM_BOT_TOKEN", "WECHAT_TOKEN", "WECHAT_APPID", "WECHAT_APPSECRET"]) delete env[name];
      const { stdout } = await run(process.execPath, ["--import", "tsx", "src/cli/reminders.ts", "--now", "2027-01-24", ...storeArgs()], { env });
      expect(stdout.split("\n").slice(0, 6)).toEqual([
        "No channel configured (TELEGRAM_BOT_TOKEN, WECHAT_APPID/WECHAT_APPSECRET): running as a dry run.",
        "Reminder check as of 2027-01-24 (Asia/Shanghai), dry run",
        "",
        "[would send] tg:1001 deadline:departments-2019:2026:7:tg:1001",
        "  【年报提醒】县级以上人民政府部门年度报告（2026年度）",
        "  截止日期：2027年1月31日（星期日），还有7天。",
      ]);
      expect(stdout).toContain("[undeliverable] wx:o-1 deadline:departments-2019:2026:7:wx:o-1 (outside the 48-hour push window)");
      expect(stdout.trimEnd().split("\n").at(-1)).toBe("would send: 1, undeliverable: 1");
      expect(await sendLogCounts(temp.store.db)).toEqual({});
    });

    it("sends through a configured channel, prints what it sent and the claims left from a crash, and sends nothing twice", async () => {
      const fake = await startFakeBotApi();
      try {
        const crashedAt = new Date(Date.now() - 60 * 60 * 1000);
        const stale = "deadline:departments-2019:2026:30:tg:1001";
        await claimSends(temp.store.db, [{ key: stale, chatId: "tg:1001", topic: "deadline" }], "crashed-process", crashedAt);
        const env: NodeJS.ProcessEnv = { ...process.env, TELEGRAM_BOT_TOKEN: "123:abc", TELEGRAM_API_ROOT: fake.url };
        for (const name of ["WECHAT_TOKEN", "WECHAT_APPID", "WECHAT_APPSECRET", "TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET"]) delete env[name];
        const args = ["--import", "tsx", "src/cli/reminders.ts", "--now", "2027-01-24", ...storeArgs()];
        const { stdout } = await run(process.execPath, args, { env });
        const lines = stdout.split("\n");
        expect(lines.slice(0, 5)).toEqual([
          "Reminder check as of 2027-01-24 (Asia/Shanghai)",
          `! claimed at ${crashedAt.toISOString()} by crashed-process but never confirmed sent, not re-sent: ${stale}`,
          "",
          "[skipped] wx:o-1 deadline:departments-2019:2026:7:wx:o-1 (no notifier for this channel)",
          "  【年报提醒】县级以上人民政府部门年度报告（2026年度）",
        ]);
        expect(stdout).toContain("\n[sent] tg:1001 deadline:departments-2019:2026:7:tg:1001\n  【年报提醒】县级以上人民政府部门年度报告（2026年度）\n");
        expect(lines.filter((line) => line.length > 0).at(-1)).toBe("skipped: 1, sent: 1");
        expect(fake.sent("sendMessage").map((call) => `${call.payload.chat_id} ${String(call.payload.text).split("\n")[1]}`)).toEqual([
          "1001 截止日期：2027年1月31日（星期日），还有7天。",
        ]);
        expect(await sendLogCounts(temp.store.db)).toEqual({ abandoned: 1, sent: 1 });

        const again = (await run(process.execPath, args, { env })).stdout.split("\n");
        expect(again.filter((line) => /^[[!]/.test(line))).toEqual([
          "[skipped] wx:o-1 deadline:departments-2019:2026:7:wx:o-1 (no notifier for this channel)",
        ]);
        expect(again.filter((line) => line.length > 0).at(-1)).toBe("skipped: 1");
        expect(fake.sent("sendMessage")).toHaveLength(1);
      } finally {
        await fake.close();
      }
    });
  });
});
