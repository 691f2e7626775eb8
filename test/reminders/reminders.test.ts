import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTelegramNotifier } from "../../src/bot/telegram/telegram-notifier.ts";
import { createWechatNotifier } from "../../src/bot/wechat/wechat-notifier.ts";
import { createReminders, type Reminders, type RemindersDeps } from "../../src/reminders/reminders.ts";
import { addDays } from "../../src/reminders/shanghai-time.ts";
import { createReportSource } from "../../src/store/report-source.ts";
import { claimSends, sendLogCounts } from "../../src/store/send-log.repository.ts";
import { importSubscriptions } from "../../src/store/subscription.repository.ts";
import type { Store } from "../../src/store/db.ts";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.ts";
import { DIALECTS } from "../support/test-databases.ts";
import { openTempStore, type TempStore } from "../support/temp-store.ts";
import { recordingLog, seedReports, shanghaiNine, testBot } from "./reminders-fixture.ts";

describe.each(DIALECTS)("on %s", (dialect) => {
  let temp: TempStore;
  let fake: FakeBotApi;
  let now: Date;

  beforeEach(async () => {
    temp = await openTempStore(dialect);
    fake = await startFakeBotApi();
    now = shanghaiNine("2026-12-01");
  });

  afterEach(async () => {
    await fake.close();
    await temp.dispose();
  });

  function reminders(store: Store = temp.store, overrides: Partial<RemindersDeps> = {}): Reminders {
    return createReminders({
      db: store.db,
      source: createReportSource(store.db),
      notifiers: { telegram: createTelegramNotifier(testBot(fake.url).api) },
      clock: () => now,
      log: recordingLog(),
      options: { maxPerSecond: Infinity, retryDelayMs: 0 },
      ...overrides,
    });
  }

  const serverZone = process.env.TZ;

  /** Waits on real time (the test may fake timers) until `done` holds, for at most five seconds. */
  async function until(done: () => boolean): Promise<void> {
    const started = performance.now();
    while (!done()) {
      if (performance.now() - started > 5000) throw new Error("condition not met in time");
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  function sentTo(chatId: number | string): string[] {
    return fake.sent("sendMessage").filter((c) => String(c.payload.chat_id) === String(chatId)).map((c) => String(c.payload.text));
  }

  describe("the reminder check", () => {
    it("sends each lead time once, on its Shanghai date, then the after-deadline notice", async () => {
      const service = reminders();
      await service.subscribe("tg:1001", { kind: "departments", follows: [] });
      const sentOn: Record<string, string[]> = {};
      for (let date = "2026-12-25"; date <= "2027-02-10"; date = addDays(date, 1)) {
        // Twice a day: the scheduled run and a restart later that day.
        for (const at of [shanghaiNine(date), new Date(`${date}T23:30:00+08:00`)]) {
          const report = await service.runCheck(at);
          for (const send of report.sends) (sentOn[date] ??= []).push(`${send.status} ${send.key}`);
        }
      }
      expect(sentOn).toEqual({
        "2027-01-01": ["sent deadline:departments-2019:2026:30:tg:1001"],
        "2027-01-24": ["sent deadline:departments-2019:2026:7:tg:1001"],
        "2027-01-30": ["sent deadline:departments-2019:2026:1:tg:1001"],
        "2027-01-31": ["sent deadline:departments-2019:2026:0:tg:1001"],
        "2027-02-01": ["sent after_deadline:departments-2019:2026:tg:1001"],
      });
      const texts = sentTo(1001);
      expect(texts).toHaveLength(5);
      expect(texts[0]).toBe(
        [
          "【年报提醒】县级以上人民政府部门年度报告（2026年度）",
          "截止日期：2027年1月31日（星期日），还有30天。",
          // The 2027 holiday arrangement is not in the calendar: a Sunday may yet be a swapped working day.
          "该日为周末（尚未收录2027年节假日安排，未能核对是否调休上班），截止日期仍按条例规定，不顺延。",
          "依据：《中华人民共和国政府信息公开条例》（2019年修订）第四十九条：“县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布。”",
          "全部退订请发送 /unsubscribe；只退订其中一项，请发送 /subscriptions 后按“退订”按钮。",
        ].join("\n"),
      );
      expect(texts[3]!.split("\n")[1]).toBe("截止日期：2027年1月31日（星期日），今天截止。");
    });

    it("uses the Shanghai date, not the server's: 23:30 UTC on 31 December is already 1 January", async () => {
      const service = reminders();
      await service.subscribe("tg:1001", { kind: "departments", follows: [] });
      expect((await service.runCheck(new Date("2026-12-31T15:59:00Z"))).sends).toEqual([]);
      const report = await service.runCheck(new Date("2026-12-31T16:00:00Z"));
      expect(report.date).toBe("2027-01-01");
      expect(report.sends.map((s) => s.key)).toEqual(["deadline:departments-2019:2026:30:tg:1001"]);
    });

    it("after downtime sends only the latest missed reminder, once, and nothing once the deadline has passed", async () => {
      const service = reminders();
      await service.subscribe("tg:1001", { kind: "governments", follows: [] });
      // Down from 1 March to 26 March: the 30-day (1 Mar) and 7-day (24 Mar) reminders were missed.
      const first = await service.runCheck(shanghaiNine("2027-03-26"));
      expect(first.sends.map((s) => `${s.status} ${s.key}`)).toEqual(["sent deadline:governments-2019:2026:7:tg:1001"]);
      expect(first.sends[0]!.text.split("\n")[1]).toBe("截止日期：2027年3月31日（星期三），还有5天。");
      expect((await service.runCheck(shanghaiNine("2027-03-27"))).sends).toEqual([]);

      await service.subscribe("tg:1002", { kind: "governments", follows: [] });
      // Down across the whole season: only the after-deadline notice remains.
      const late = await service.runCheck(shanghaiNine("2027-04-02"));
      expect(late.sends.map((s) => s.key).sort()).toEqual([
        "after_deadline:governments-2019:2026:tg:1001",
        "after_deadline:governments-2019:2026:tg:1002",
      ]);
      expect((await service.runCheck(shanghaiNine("2027-04-20"))).sends).toEqual([]);
      expect(sentTo(1002)).toHaveLength(1);
      expect(sentTo(1002)[0]!.startsWith("【年报期限已过】")).toBe(true);
    });

    it("does not send an earlier lead time after a later one when the clock jumps back", async () => {
      const service = reminders();
      await service.subscribe("tg:1001", { kind: "departments", follows: [] });
      await service.runCheck(shanghaiNine("2027-01-30"));
      const jumped = await service.runCheck(shanghaiNine("2027-01-24"));
      expect(jumped.sends).toEqual([]);
      expect(sentTo(1001)).toHaveLength(1);
    });

    it("does not re-send a reminder claimed before a crash, and reports the claim once", async () => {
      await reminders().subscribe("tg:1001", { kind: "departments", follows: [] });
      await reminders().subscribe("tg:1002", { kind: "departments", follows: [] });
      const at = shanghaiNine("2027-01-24");
      now = at;
      // The crashed process claimed tg:1001's reminder and died before sending it.
      const won = await claimSends(
        temp.store.db,
        [{ key: "deadline:departments-2019:2026:7:tg:1001", chatId: "tg:1001", topic: "deadline" }],
        "crashed-process",
        at,
      );
      expect([...won]).toEqual(["deadline:departments-2019:2026:7:tg:1001"]);

      const restarted = reminders();
      const first = await restarted.runCheck(at);
      expect(first.sends.map((s) => s.key)).toEqual(["deadline:departments-2019:2026:7:tg:1002"]);
      expect(first.abandoned).toEqual([]);

      now = new Date(at.getTime() + 60 * 60 * 1000);
      const later = await restarted.runCheck(now);
      expect(later.sends).toEqual([]);
      expect(later.abandoned).toEqual([
        {
          key: "deadline:departments-2019:2026:7:tg:1001",
          chatId: "tg:1001",
          topic: "deadline",
          claimedAt: at.toISOString(),
          claimedBy: "crashed-process",
        },
      ]);
      now = new Date(at.getTime() + 2 * 60 * 60 * 1000);
      expect((await restarted.runCheck(now)).abandoned).toEqual([]);
      expect(sentTo(1001)).toEqual([]);
      expect(await sendLogCounts(temp.store.db)).toEqual({ abandoned: 1, sent: 1 });
    });

    it("does not take a running process's fresh claim for abandoned when a check runs as of a later date", async () => {
      now = shanghaiNine("2027-01-24");
      await reminders().subscribe("tg:1001", { kind: "governments", follows: [] });
      const key = "deadline:departments-2019:2026:7:tg:1001";
      await claimSends(temp.store.db, [{ key, chatId: "tg:1001", topic: "deadline" }], "live-process", now);
      // An operator's check as of 1 March, run at the same real moment.
      const report = await reminders().runCheck(shanghaiNine("2027-03-01"));
      expect(report.abandoned).toEqual([]);
      expect(report.sends.map((s) => s.key)).toEqual(["deadline:governments-2019:2026:30:tg:1001"]);
      expect(await sendLogCounts(temp.store.db)).toEqual({ claimed: 1, sent: 1 });
    });

    it("sends once when two schedulers on one database file run at the same moment", async () => {
      const second = await temp.reopen();
      try {
        const a = reminders(temp.store);
        const b = reminders(second);
        for (let i = 1; i <= 60; i++) await a.subscribe(`tg:${2000 + i}`, { kind: null, follows: [] });
        const at = shanghaiNine("2027-01-01");
        const [ra, rb] = await Promise.all([a.runCheck(at), b.runCheck(at)]);
        const sentByA = ra.sends.filter((s) => s.status === "sent").length;
        const sentByB = rb.sends.filter((s) => s.status === "sent").length;
        expect(sentByA + sentByB).toBe(60);
        expect(fake.sent("sendMessage")).toHaveLength(60);
        expect(new Set(fake.sent("sendMessage").map((c) => String(c.payload.chat_id))).size).toBe(60);
        expect(await sendLogCounts(temp.store.db)).toEqual({ sent: 60 });
      } finally {
        await second.close();
      }
    });

    it("unsubscribes a chat that blocked the bot or was deleted, and keeps sending to the rest", async () => {
      const service = reminders();
      for (const id of [1001, 1002, 1003, 1004]) await service.subscribe(`tg:${id}`, { kind: "departments", follows: [] });
      fake.failNext("sendMessage", { status: 400, description: "Bad Request: chat not found" });
      fake.blockChat(1002);
      const report = await service.runCheck(shanghaiNine("2027-01-01"));
      expect(report.sends.map((s) => `${s.chatId} ${s.status} ${s.detail}`)).toEqual([
        "tg:1001 gone 400: Bad Request: chat not found",
        "tg:1002 gone 403: Forbidden: bot was blocked by the user",
        "tg:1003 sent null",
        "tg:1004 sent null",
      ]);
      expect(await service.subscriptions("tg:1001")).toBeNull();
      expect(await service.subscriptions("tg:1002")).toBeNull();
      expect((await service.subscriptions("tg:1003"))?.chatId).toBe("tg:1003");
      const next = await service.runCheck(shanghaiNine("2027-01-24"));
      expect(next.sends.map((s) => s.chatId)).toEqual(["tg:1003", "tg:1004"]);
    });

    it("records a failed send without stopping the others, and retries only failures worth retrying", async () => {
      const service = reminders();
      for (const id of [1001, 1002]) await service.subscribe(`tg:${id}`, { kind: "departments", follows: [] });
      fake.failNext("sendMessage", { status: 400, description: "Bad Request: message is too long" }, { status: 500 });
      const report = await service.runCheck(shanghaiNine("2027-01-01"));
      expect(report.sends.map((s) => `${s.chatId} ${s.status}`)).toEqual(["tg:1001 failed", "tg:1002 sent"]);
      // One refused call for tg:1001 (not retried); tg:1002 got a 500 that auto-retry repeated.
      expect(fake.calls.filter((c) => c.method === "sendMessage").map((c) => `${c.payload.chat_id} ${c.status}`)).toEqual([
        "1001 400",
        "1002 500",
        "1002 200",
      ]);
      expect(await sendLogCounts(temp.store.db)).toEqual({ failed: 1, sent: 1 });
    });

    it("lists in a dry run what it would send, without claiming anything", async () => {
      const service = reminders();
      await service.subscribe("tg:1001", { kind: null, follows: [] });
      await service.subscribe("wx:openid-1", { kind: null, follows: [] });
      const dry = await service.runCheck(shanghaiNine("2027-03-01"), { dryRun: true });
      expect(dry.sends.map((s) => `${s.status} ${s.key}`)).toEqual([
        "skipped deadline:governments-2019:2026:30:wx:openid-1",
        "planned deadline:governments-2019:2026:30:tg:1001",
      ]);
      expect(fake.sent("sendMessage")).toEqual([]);
      expect(await sendLogCounts(temp.store.db)).toEqual({});
      // Once sent, a dry run no longer lists it.
      await service.runCheck(shanghaiNine("2027-03-01"));
      const after = await service.runCheck(shanghaiNine("2027-03-01"), { dryRun: true });
      expect(after.sends.map((s) => `${s.status} ${s.key}`)).toEqual(["skipped deadline:governments-2019:2026:30:wx:openid-1"]);
    });
  });

  describe("when the Bot API does not answer", () => {
    /** A local HTTP server that accepts requests and never answers them. */
    async function startSilentServer(): Promise<{ url: string; close(): Promise<void> }> {
      const sockets = new Set<Socket>();
      const server = createServer(() => undefined);
      server.on("connection", (socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const { port } = server.address() as AddressInfo;
      return {
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((resolve) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => resolve());
          }),
      };
    }

    it("gives up on a send after its time limit, and after five chats in a row fail leaves that channel's rest for the next check", async () => {
      const silent = await startSilentServer();
      try {
        const log = recordingLog();
        const wechatSent: string[] = [];
        const down = reminders(temp.store, {
          notifiers: {
            telegram: createTelegramNotifier(testBot(silent.url).api, { sendTimeoutMs: 100 }),
            wechat: createWechatNotifier({ sendText: async (openid) => void wechatSent.push(openid) }),
          },
          log,
          options: { maxPerSecond: Infinity, retryDelayMs: 0, attempts: 2 },
        });
        for (let id = 1001; id <= 1008; id++) await down.subscribe(`tg:${id}`, { kind: "departments", follows: [] });
        await down.subscribe("wx:o-1", { kind: "departments", follows: [] });
        const at = shanghaiNine("2027-01-24");
        await down.recordInbound("wx:o-1", at);
        const started = performance.now();
        const report = await down.runCheck(at);
        expect(performance.now() - started).toBeLessThan(5000);
        expect(report.sends.map((s) => `${s.chatId} ${s.status} ${s.detail}`)).toEqual([
          ...[1001, 1002, 1003, 1004, 1005].map((id) => `tg:${id} failed no answer within 100 ms`),
          ...[1006, 1007, 1008].map((id) => `tg:${id} skipped 5 sends in a row failed; left for the next check`),
          "wx:o-1 sent null",
        ]);
        expect(wechatSent).toEqual(["o-1"]);
        expect(log.entries.filter((e) => e.level === "error").map((e) => e.message)).toEqual([
          ...Array(5).fill("reminders: send failed"),
          "reminders: the channel seems down; the rest waits for the next check",
        ]);
        // The claims never tried were given back: the next check, with the API answering, sends them.
        expect(await sendLogCounts(temp.store.db)).toEqual({ failed: 5, sent: 1 });
        const next = await reminders().runCheck(at);
        expect(next.sends.map((s) => `${s.chatId} ${s.status}`)).toEqual(["tg:1006 sent", "tg:1007 sent", "tg:1008 sent"]);
        expect(await sendLogCounts(temp.store.db)).toEqual({ failed: 5, sent: 4 });
      } finally {
        await silent.close();
      }
    });
  });

  describe("subscriptions", () => {
    it("keeps each subscription as its own entry, resolving names as questions do and refusing the unknown", async () => {
      await seedReports(temp.store, [
        { agency: "武威市凉州区科学技术局", year: 2025, province: "甘肃省", city: "武威市", county: "凉州区" },
        { agency: "武威市凉州区人民政府", year: 2025, province: "甘肃省", city: "武威市", county: "凉州区" },
        { agency: "古浪县财政局", year: 2025, province: "甘肃省", city: "武威市", county: "古浪县" },
      ]);
      const service = reminders();
      const first = await service.subscribe("tg:1", { kind: "departments", follows: ["凉州区科技局"] });
      expect(first.changes.map((c) => [c.change, c.entry.kind, c.entry.follows])).toEqual([
        ["added", "departments", { scope: "agency", name: "武威市凉州区科学技术局" }],
      ]);
      expect(first.refused).toEqual([]);
      const second = await service.subscribe("tg:1", { kind: "governments", follows: ["古浪县", "火星市", "省级"] });
      expect(second.changes.map((c) => [c.change, c.entry.kind, c.entry.follows])).toEqual([
        ["added", "governments", { scope: "place", name: "古浪县" }],
      ]);
      expect(second.refused.map((r) => [r.kind, r.mention])).toEqual([
        ["unknown", "火星市"],
        ["level", "省级"],
      ]);
      // The earlier entry keeps its own deadline choice.
      expect((await service.subscriptions("tg:1"))!.entries.map((e) => [e.kind, e.follows?.name])).toEqual([
        ["departments", "武威市凉州区科学技术局"],
        ["governments", "古浪县"],
      ]);
      const again = await service.subscribe("tg:1", { kind: "both", follows: ["古浪县"] });
      expect(again.changes.map((c) => [c.change, c.entry.kind])).toEqual([["updated", null]]);
      const unfollowed = await service.unfollow("tg:1", ["古浪县", "凉州区"]);
      expect(unfollowed.removed.map((e) => e.follows?.name)).toEqual(["古浪县"]);
      expect(unfollowed.notFollowed).toEqual(["凉州区"]);
      expect(unfollowed.subscription!.entries.map((e) => e.follows?.name)).toEqual(["武威市凉州区科学技术局"]);
      await service.subscribe("wx:o-1", { kind: null, follows: [] });
      expect((await service.subscriptions("wx:o-1"))!.entries.map((e) => [e.kind, e.follows])).toEqual([[null, null]]);
      expect(await service.countSubscribers()).toBe(2);
      const only = (await service.subscriptions("tg:1"))!.entries[0]!;
      expect(await service.removeEntry("wx:o-1", only.id)).toBeNull();
      expect((await service.removeEntry("tg:1", only.id))?.follows?.name).toBe("武威市凉州区科学技术局");
      expect(await service.subscriptions("tg:1")).toBeNull();
    });

    it("resolves a name kept as typed from before names were resolved when it is used", async () => {
      await importSubscriptions(temp.store.db, [
        { chatId: "tg:1", entries: [{ id: 0, kind: null, follows: { scope: "name", name: "凉州区科技局" }, createdAt: now.toISOString() }], createdAt: now.toISOString() },
      ]);
      const added = await seedReports(temp.store, [{ agency: "武威市凉州区科学技术局", year: 2025, province: "甘肃省", city: "武威市", county: "凉州区" }]);
      expect((await reminders().notifyNewReports(added)).map((s) => `${s.status} ${s.key}`)).toEqual([
        "sent new_report:武威市凉州区科学技术局:2025:tg:1",
      ]);
    });
  });

  describe("start and stop", () => {
    it("runs a catch-up check on start, then stops its schedule", async () => {
      now = shanghaiNine("2027-01-24");
      const service = reminders();
      await service.subscribe("tg:1001", { kind: "departments", follows: [] });
      await service.start();
      expect(sentTo(1001)).toHaveLength(1);
      await service.stop();
      // A second start the same day (a restart) sends nothing more.
      await service.start();
      await service.stop();
      expect(sentTo(1001)).toHaveLength(1);
    });

    it("on a server in UTC, starting at 08:59 Shanghai sends nothing until the 09:00 Shanghai tick", async () => {
      process.env.TZ = "UTC";
      vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"], now: new Date("2027-01-24T00:59:30Z") });
      const log = recordingLog();
      const checks: string[] = [];
      const service = reminders(temp.store, {
        clock: () => new Date(),
        log: {
          ...log,
          info(fields, message) {
            if (message === "reminders: check done") checks.push(new Date().toISOString());
            log.info(fields, message);
          },
        },
      });
      try {
        await service.subscribe("tg:1001", { kind: "departments", follows: [] });
        await service.start();
        // Today's check time has not come: a restart before it sends nothing at night.
        expect(checks).toEqual([]);
        expect(log.entries.find((e) => e.message === "reminders: scheduled")?.fields).toMatchObject({ next: "2027-01-24T01:00:00.000Z" });
        await vi.advanceTimersByTimeAsync(29_000);
        expect(checks).toEqual([]);
        await vi.advanceTimersByTimeAsync(1_000);
        await until(() => checks.length === 1 && fake.sent("sendMessage").length === 1);
        expect(checks).toEqual(["2027-01-24T01:00:00.000Z"]);
        expect(sentTo(1001)[0]!.split("\n")[1]).toBe("截止日期：2027年1月31日（星期日），还有7天。");
      } finally {
        await service.stop();
        vi.useRealTimers();
        if (serverZone === undefined) delete process.env.TZ;
        else process.env.TZ = serverZone;
      }
    });

    it("on stop finishes the claimed batch and leaves the rest unclaimed for the next start", async () => {
      now = shanghaiNine("2027-01-24");
      const service = reminders(temp.store, { options: { maxPerSecond: 50, claimBatch: 10, retryDelayMs: 0 } });
      for (let i = 0; i < 100; i++) await service.subscribe(`tg:${5000 + i}`, { kind: null, follows: [] });
      const running = service.runCheck(now);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await service.stop();
      const report = await running;
      const sent = report.sends.filter((s) => s.status === "sent").length;
      expect(sent % 10).toBe(0);
      expect(sent).toBeLessThan(100);
      expect(report.sends.filter((s) => s.status === "skipped")).toHaveLength(100 - sent);
      expect(await sendLogCounts(temp.store.db)).toEqual({ sent });
      await service.start();
      await service.stop();
      expect(await sendLogCounts(temp.store.db)).toEqual({ sent: 100 });
      expect(fake.sent("sendMessage")).toHaveLength(100);
    });
  });
});
