/**
 * The daily wake-up of the reminder check, on node-cron in Asia/Shanghai time. The schedule only
 * wakes the check: what is due and what was sent lives in the database, so a tick missed while
 * the process was down is made up by the start-up check.
 */
import { createTask, type ScheduledTask } from "node-cron";
import type { ReminderLog } from "./reminder-log.ts";
import type { DailyTime } from "./shanghai-time.ts";

/** 09:00 Shanghai time: office hours for the agency staff being reminded. */
export const DEFAULT_SEND_TIME: DailyTime = { hour: 9, minute: 0 };
export const REMINDER_TIME_ZONE = "Asia/Shanghai";

export interface ReminderSchedule {
  stop(): Promise<void>;
}

/** The cron task that calls `run` every day at `at` Shanghai time, not yet started. */
export function createReminderTask(at: DailyTime, run: () => Promise<unknown>): ScheduledTask {
  return createTask(`${at.minute} ${at.hour} * * *`, () => run(), {
    timezone: REMINDER_TIME_ZONE,
    name: "nianbao-reminders",
    noOverlap: true,
  });
}

export function startReminderSchedule(at: DailyTime, run: () => Promise<unknown>, log: ReminderLog): ReminderSchedule {
  const task = createReminderTask(at, async () => {
    try {
      await run();
    } catch (error) {
      log.error({ err: error }, "reminders: scheduled check failed");
    }
  });
  void task.start();
  log.info({ at, timeZone: REMINDER_TIME_ZONE, next: task.getNextRun()?.toISOString() ?? null }, "reminders: scheduled");
  return {
    async stop() {
      await task.stop();
      await task.destroy();
    },
  };
}
