import { afterEach, describe, expect, it } from "vitest";
import { createReminderTask, DEFAULT_SEND_TIME } from "../../src/reminders/schedule.ts";
import { addDays, shanghaiDate, shanghaiInstant } from "../../src/reminders/shanghai-time.ts";

const serverZone = process.env.TZ;

afterEach(() => {
  if (serverZone === undefined) delete process.env.TZ;
  else process.env.TZ = serverZone;
});

describe("the daily reminder schedule", () => {
  it("places 09:00 in Shanghai at 01:00 UTC, on the Shanghai date", () => {
    expect(shanghaiInstant("2026-11-23", DEFAULT_SEND_TIME).toISOString()).toBe("2026-11-23T01:00:00.000Z");
    expect(shanghaiInstant("2027-01-01", { hour: 23, minute: 30 }).toISOString()).toBe("2027-01-01T15:30:00.000Z");
    // 20:00 UTC on 31 December is already 1 January in Shanghai.
    expect(shanghaiDate(new Date("2026-12-31T20:00:00Z"))).toBe("2027-01-01");
    expect(shanghaiDate(new Date("2026-12-31T15:59:59Z"))).toBe("2026-12-31");
  });

  for (const zone of ["UTC", "America/Los_Angeles"]) {
    it(`has node-cron fire at Shanghai 09:00 on a server in ${zone}`, () => {
      process.env.TZ = zone;
      const task = createReminderTask(DEFAULT_SEND_TIME, async () => undefined);
      try {
        const now = new Date();
        const today = shanghaiInstant(shanghaiDate(now), DEFAULT_SEND_TIME);
        const firstDate = today.getTime() > now.getTime() ? shanghaiDate(now) : addDays(shanghaiDate(now), 1);
        const runs = task.getNextRuns(3).map((d) => d.toISOString());
        expect(runs).toEqual([0, 1, 2].map((day) => shanghaiInstant(addDays(firstDate, day), DEFAULT_SEND_TIME).toISOString()));
        expect(runs.every((iso) => iso.slice(11) === "01:00:00.000Z")).toBe(true);
      } finally {
        void task.destroy();
      }
    });
  }
});
