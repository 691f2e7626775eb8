/**
 * Which reminders are due on a Shanghai date, per subscription. Pure: the send log decides what
 * was already sent.
 *
 * Before a deadline, the reminder due is the one with the shortest lead time whose date has come:
 * each lead time fires once, and after downtime only the latest missed one goes out (while the
 * deadline has not passed). On the days after a deadline (up to `afterDays`) a who-has-not-filed
 * notice is due once.
 */
import {
  occurrencesDueIn,
  reminderDate,
  type DeadlineCalendar,
  type DeadlineOccurrence,
  type DeadlineRule,
} from "./deadline-calendar.ts";
import { addDays, daysBetween, type IsoDate } from "./shanghai-time.ts";
import type { Subscription, SubscriptionEntry } from "../domain/subscription.ts";

/** A reminder due for one subscription; its send-log `key` is `prefix` followed by the chat id. */
export type DueReminder =
  | { topic: "deadline"; prefix: string; key: string; subscription: Subscription; occurrence: DeadlineOccurrence; leadDays: number }
  | { topic: "after_deadline"; prefix: string; key: string; subscription: Subscription; occurrence: DeadlineOccurrence };

/** Whether an entry's deadline choice covers a rule (the 2008 rule covers every agency). */
export function entryCovers(entry: SubscriptionEntry, rule: DeadlineRule): boolean {
  return entry.kind === null || rule.kind === "all" || rule.kind === entry.kind;
}

/** Whether any of a chat's entries covers a rule: the chat gets one reminder for it, whatever number of entries do. */
export function subscriptionCovers(subscription: Subscription, rule: DeadlineRule): boolean {
  return subscription.entries.some((entry) => entryCovers(entry, rule));
}

/** The lead time whose reminder is due on `today`, or null when none is (too early, or past the deadline). */
export function dueLeadDays(calendar: DeadlineCalendar, occurrence: DeadlineOccurrence, today: IsoDate): number | null {
  const daysLeft = daysBetween(today, occurrence.due);
  if (daysLeft < 0) return null;
  const reached = calendar.leadDays.filter((lead) => reminderDate(occurrence, lead) <= today);
  return reached.length === 0 ? null : Math.min(...reached);
}

/**
 * The send-log keys of the reminders of one (deadline, report year, lead time) start with this;
 * the chat id follows, so each reminder has one key per chat.
 */
export function deadlineReminderPrefix(occurrence: DeadlineOccurrence, leadDays: number): string {
  return `deadline:${occurrence.rule.id}:${occurrence.reportYear}:${leadDays}:`;
}

/** The send-log keys of one deadline's after-deadline notices start with this. */
export function afterDeadlinePrefix(occurrence: DeadlineOccurrence): string {
  return `after_deadline:${occurrence.rule.id}:${occurrence.reportYear}:`;
}

export function dueReminders(
  calendar: DeadlineCalendar,
  subscriptions: readonly Subscription[],
  today: IsoDate,
): DueReminder[] {
  const year = Number(today.slice(0, 4));
  const due: DueReminder[] = [];
  for (const occurrence of occurrencesDueIn(calendar, year - 1, year + 1)) {
    const lead = dueLeadDays(calendar, occurrence, today);
    const afterDue = today > occurrence.due && today <= addDays(occurrence.due, calendar.afterDays);
    if (lead === null && !afterDue) continue;
    const prefix = lead !== null ? deadlineReminderPrefix(occurrence, lead) : afterDeadlinePrefix(occurrence);
    for (const subscription of subscriptions) {
      if (!subscriptionCovers(subscription, occurrence.rule)) continue;
      const key = `${prefix}${subscription.chatId}`;
      if (lead !== null) due.push({ topic: "deadline", prefix, key, subscription, occurrence, leadDays: lead });
      else due.push({ topic: "after_deadline", prefix, key, subscription, occurrence });
    }
  }
  return due;
}
