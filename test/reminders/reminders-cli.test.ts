import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createReminders } from "../../src/reminders/reminders.ts";
import { createReportSource } from "../../src/store/report-source.ts";
import { sendLogCounts } from "../../src/store/send-log.repository.ts";
import { openTempStore, recordingLog, type TempStore } from "./reminders-fixture.ts";

const run = promisify(execFile);
let temp: TempStore;

beforeEach(async () => {
  temp = await openTempStore();
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
  await temp.cleanup();
});

describe("npm run reminders", () => {
  it("without a configured channel runs as a dry run, says so, and prints what it would send", async () => {
    const env = { ...process.env };
    for (const name of ["TELEGRAM_BOT_TOKEN", "WECHAT_TOKEN", "WECHAT_APPID", "WECHAT_APPSECRET"]) delete env[name];
    const { stdout } = await run(process.execPath, ["--import", "tsx", "src/cli/reminders.ts", "--now", "2027-01-24", "--db", temp.file], { env });
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
});
