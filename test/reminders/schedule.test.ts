import { afterEach, describe, expect, it } from "vitest";
import { createReminderTask, REMINDER_CRON } from "../../src/reminders/schedule.ts";
import { nextShanghaiTime } from "../../src/reminders/shanghai-time.ts";

const serverZone = process.env.TZ;

afterEach(() => {
  if (serverZone === undefined) delete process.env.TZ;
  else process.env.TZ = serverZone;
});

describe("the daily reminder schedule", () => {
  it("computes the next 09:00 in Shanghai as 01:00 UTC", () => {
    expect(nextShanghaiTime(new Date("2026-11-23T00:59:00Z"), 9, 0).toISOString()).toBe("2026-11-23T01:00:00.000Z");
    expect(nextShanghaiTime(new Date("2026-11-23T01:00:00Z"), 9, 0).toISOString()).toBe("2026-11-24T01:00:00.000Z");
    // 20:00 UTC on 31 December is already 04:00 on 1 January in Shanghai.
    expect(nextShanghaiTime(new Date("2026-12-31T20:00:00Z"), 9, 0).toISOString()).toBe("2027-01-01T01:00:00.000Z");
  });

  for (const zone of ["UTC", "America/Los_Angeles"]) {
    it(`has node-cron fire at Shanghai 09:00 on a server in ${zone}`, () => {
      process.env.TZ = zone;
      const task = createReminderTask(REMINDER_CRON, async () => undefined);
      try {
        const runs = task.getNextRuns(3).map((d) => d.toISOString());
        const first = nextShanghaiTime(new Date(), 9, 0);
        expect(runs).toEqual([0, 1, 2].map((day) => new Date(first.getTime() + day * 86_400_000).toISOString()));
        expect(runs.every((iso) => iso.slice(11) === "01:00:00.000Z")).toBe(true);
      } finally {
        void task.destroy();
      }
    });
  }
});
