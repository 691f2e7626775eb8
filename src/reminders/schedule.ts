/**
 * The daily wake-up of the reminder check, on node-cron in Asia/Shanghai time. The schedule only
 * wakes the check: what is due and what was sent lives in the database, so a tick missed while
 * the process was down is made up by the start-up check.
 */
import { createTask, type ScheduledTask } from "node-cron";
import type { ReminderLog } from "./reminders.ts";

/** Every day at 09:00 Shanghai time. */
export const REMINDER_CRON = "0 9 * * *";
export const REMINDER_TIME_ZONE = "Asia/Shanghai";

export interface ReminderSchedule {
  stop(): Promise<void>;
}

/** The cron task that calls `run`, not yet started. */
export function createReminderTask(expression: string, run: () => Promise<unknown>): ScheduledTask {
  return createTask(expression, () => run(), {
    timezone: REMINDER_TIME_ZONE,
    name: "nianbao-reminders",
    noOverlap: true,
  });
}

export function startReminderSchedule(
  expression: string = REMINDER_CRON,
  run: () => Promise<unknown>,
  log: ReminderLog,
): ReminderSchedule {
  const task = createReminderTask(expression, async () => {
    try {
      await run();
    } catch (error) {
      log.error({ err: error }, "reminders: scheduled check failed");
    }
  });
  void task.start();
  log.info({ cron: expression, timeZone: REMINDER_TIME_ZONE, next: task.getNextRun()?.toISOString() ?? null }, "reminders: scheduled");
  return {
    async stop() {
      await task.stop();
      await task.destroy();
    },
  };
}
