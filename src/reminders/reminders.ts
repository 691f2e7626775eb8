/**
 * The filing-season reminders service: subscriptions, the daily check that sends due reminders
 * exactly once through a send log, notices of newly ingested reports, and the filing watch.
 * `createReminders(deps)` is its factory; `src/main.ts` starts and stops its schedule.
 */
import type { Kysely } from "kysely";
import type { ReportSource } from "../answers/report-source.ts";
import type { Schema } from "../store/schema.ts";
import { loggedKeysUnder, takeAbandonedClaims, type AbandonedClaim } from "../store/send-log.repository.ts";
import {
  countSubscriptions,
  deleteSubscription,
  getSubscription,
  listSubscriptions,
  recordInbound,
  removeFollows,
  upsertSubscription,
} from "../store/subscription.repository.ts";
import {
  loadDeadlineCalendar,
  occurrencesDueIn,
  type DeadlineCalendar,
  type DeadlineOccurrence,
} from "./deadline-calendar.ts";
import { deadlineReminderPrefix, dueReminders, type DueReminder } from "./due-reminders.ts";
import {
  afterDeadlineText,
  deadlineReminderText,
  newReportText,
  type UpcomingDeadline,
} from "./messages.ts";
import { findMissingReports, namesOf, type AgencyKind, type MissingReports } from "./missing-reports.ts";
import type { Delivery, Notifier } from "./notifier.ts";
import type { ReminderLog } from "./reminder-log.ts";
import { DEFAULT_SEND_TIME, startReminderSchedule, type ReminderSchedule } from "./schedule.ts";
import { createDeliverer, type DeliveryOptions, type Outgoing, type SendReport } from "./send-delivery.ts";
import { daysBetween, shanghaiDate, shanghaiInstant, type DailyTime } from "./shanghai-time.ts";
import { followsAgency, type Subscription, type SubscriptionFilters } from "./subscription.ts";

export type { ReminderLog } from "./reminder-log.ts";
export type { SendReport } from "./send-delivery.ts";

export interface RemindersOptions extends DeliveryOptions {
  /** A claim older than this with no outcome is reported as abandoned (default 10 minutes). */
  abandonedAfterMs?: number;
  /** The Shanghai wall-clock time of the daily check (default 09:00). */
  sendAt?: DailyTime;
}

export interface RemindersDeps {
  db: Kysely<Schema>;
  source: ReportSource;
  notifiers: { telegram?: Notifier; wechat?: Notifier };
  clock: () => Date;
  log: ReminderLog;
  /** The deadline calendar (default: `data/deadlines.json`). */
  calendar?: DeadlineCalendar;
  options?: RemindersOptions;
}

export interface CheckReport {
  /** The Shanghai date the check ran as of (the date of `now`). */
  date: string;
  dryRun: boolean;
  sends: SendReport[];
  /** Earlier claims that never got an outcome (a crash between claim and send); not sent again. */
  abandoned: AbandonedClaim[];
}

export interface Reminders {
  /**
   * Schedules the daily check and, when today's check time has passed, runs a catch-up check at
   * once (before it, today's scheduled check will do: nothing goes out at night after a restart).
   * Resolves when the catch-up check is done.
   */
  start(): Promise<void>;
  /** Stops the schedule and waits for a running check to finish its current batch (the rest waits for the next start). */
  stop(): Promise<void>;
  /**
   * Sends (or, with dryRun, lists without claiming) every reminder due on the Shanghai date of
   * `now` and not yet in the send log. Claims are stamped with the clock, not with `now`.
   */
  runCheck(now: Date, options?: { dryRun?: boolean }): Promise<CheckReport>;
  subscribe(chatId: string, filters: SubscriptionFilters): Promise<{ subscription: Subscription; created: boolean }>;
  /** Ends the subscription; false when there was none. */
  unsubscribe(chatId: string): Promise<boolean>;
  /** Stops following some agencies or places, keeping the subscription; null when there is none. */
  unfollow(chatId: string, follows: readonly string[]): Promise<Subscription | null>;
  subscriptions(chatId: string): Promise<Subscription | null>;
  /** Number of subscribed chats (for /stats). */
  countSubscribers(): Promise<number>;
  recordInbound(chatId: string, at: Date): Promise<void>;
  /** Tells chats following an agency or place that its new report is in the corpus. */
  notifyNewReports(reports: ReadonlyArray<{ id: number; agency: string | null; year: number | null }>): Promise<SendReport[]>;
  /** Agencies matching `place` that filed for earlier years but not for `year` (default: the latest report year with a deadline past). */
  missing(place: string | null, year?: number): Promise<MissingReports>;
  upcomingDeadlines(now: Date): UpcomingDeadline[];
  /** How reminders reach a chat, for the subscribe reply (WeChat: within 48 hours of its last message). */
  delivery(chatId: string): Delivery;
  readonly calendar: DeadlineCalendar;
}

export function createReminders(deps: RemindersDeps): Reminders {
  const { db, source, clock, log } = deps;
  const calendar = deps.calendar ?? loadDeadlineCalendar();
  const options = deps.options ?? {};
  const abandonedAfterMs = options.abandonedAfterMs ?? 10 * 60 * 1000;
  const sendAt = options.sendAt ?? DEFAULT_SEND_TIME;
  let schedule: ReminderSchedule | null = null;
  // Set by stop(): a running check finishes its claimed batch and leaves the rest to the next start.
  let stopping = false;
  const { deliver, notifierFor } = createDeliverer({
    db,
    notifiers: deps.notifiers,
    clock,
    log,
    isStopping: () => stopping,
    options,
  });
  // Checks and notices run one after another in a process, so the pace limit holds across them.
  let queue: Promise<unknown> = Promise.resolve();

  function serially<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  /** The latest report year with a deadline already past at `now` (what `/missing` asks about by default). */
  function yearLastDue(now: Date): number {
    const today = shanghaiDate(now);
    const year = Number(today.slice(0, 4));
    const passed = occurrencesDueIn(calendar, year - 1, year).filter((o) => o.due < today);
    return passed.length > 0 ? Math.max(...passed.map((o) => o.reportYear)) : year - 2;
  }

  /**
   * The due reminders not yet in the send log, without those whose shorter lead time already went
   * out (after the clock jumps back, the 7-day reminder must not follow the 1-day one).
   */
  async function notYetLogged(due: readonly DueReminder[]): Promise<DueReminder[]> {
    const shorterPrefixes = new Map<string, string[]>();
    for (const reminder of due) {
      if (reminder.topic !== "deadline" || shorterPrefixes.has(reminder.prefix)) continue;
      const shorter = calendar.leadDays.filter((lead) => lead < reminder.leadDays);
      shorterPrefixes.set(reminder.prefix, shorter.map((lead) => deadlineReminderPrefix(reminder.occurrence, lead)));
    }
    const logged = await loggedKeysUnder(db, [...due.map((d) => d.prefix), ...[...shorterPrefixes.values()].flat()]);
    if (logged.size === 0) return [...due];
    return due.filter((reminder) => {
      if (logged.has(reminder.key)) return false;
      const chatId = reminder.subscription.chatId;
      return !(shorterPrefixes.get(reminder.prefix) ?? []).some((prefix) => logged.has(`${prefix}${chatId}`));
    });
  }

  async function runCheck(now: Date, checkOptions: { dryRun?: boolean } = {}): Promise<CheckReport> {
    const dryRun = checkOptions.dryRun ?? false;
    const today = shanghaiDate(now);
    // Measured on the clock: a check run as of another date (the CLI's --now) must not take a
    // running process's fresh claims for abandoned ones.
    const abandoned = dryRun ? [] : await takeAbandonedClaims(db, new Date(clock().getTime() - abandonedAfterMs));
    for (const claim of abandoned) {
      log.warn({ ...claim }, "reminders: a claimed reminder was never confirmed sent; not sending it again");
    }
    const due = await notYetLogged(dueReminders(calendar, await listSubscriptions(db), today));
    const reports = due.some((d) => d.topic === "after_deadline") ? await source.listReports() : [];
    // Many subscriptions get the same text: build each once per check.
    const reminderTexts = new Map<DeadlineOccurrence, string>();
    const reminderText = (occurrence: DeadlineOccurrence): string => {
      let text = reminderTexts.get(occurrence);
      if (!text) reminderTexts.set(occurrence, (text = deadlineReminderText(calendar, occurrence, today)));
      return text;
    };
    const listings = new Map<string, MissingReports>();
    const listing = (place: string | null, reportYear: number, kind: AgencyKind | null): MissingReports => {
      const id = JSON.stringify([place, reportYear, kind]);
      let found = listings.get(id);
      if (!found) listings.set(id, (found = findMissingReports(reports, calendar, { place, reportYear, kind, asOf: today })));
      return found;
    };
    const items: Outgoing[] = due.map((reminder) => {
      const base = { key: reminder.key, chatId: reminder.subscription.chatId, topic: reminder.topic };
      if (reminder.topic === "deadline") return { ...base, text: reminderText(reminder.occurrence) };
      const { rule, reportYear } = reminder.occurrence;
      const kind: AgencyKind | null = rule.kind === "all" ? null : rule.kind;
      const places = reminder.subscription.follows.length > 0 ? reminder.subscription.follows : [null];
      const results = places.map((place) => listing(place, reportYear, kind));
      return { ...base, text: afterDeadlineText(reminder.occurrence, results) };
    });
    const sends = await deliver(items, now, dryRun);
    const counts = countBy(sends.map((s) => s.status));
    log.info({ date: today, dryRun, ...counts, abandoned: abandoned.length }, "reminders: check done");
    return { date: today, dryRun, sends, abandoned };
  }

  async function notifyNewReports(
    added: ReadonlyArray<{ id: number; agency: string | null; year: number | null }>,
  ): Promise<SendReport[]> {
    const followers = (await listSubscriptions(db)).filter((s) => s.follows.length > 0);
    if (followers.length === 0) return [];
    const items: Outgoing[] = [];
    for (const report of added) {
      if (report.agency === null) continue;
      const detail = await source.getReport(report.id);
      if (detail === null || detail.summary.anonymized) continue;
      const names = namesOf(detail.summary);
      const agency = detail.summary.agencyNormalized ?? report.agency;
      for (const subscription of followers) {
        const follow = followsAgency(subscription.follows, names);
        if (follow === null) continue;
        items.push({
          // Keyed by agency and year, not store id: a reload that re-ingests the report does not notify again.
          key: `new_report:${agency}:${detail.summary.year ?? report.year ?? "unknown"}:${subscription.chatId}`,
          chatId: subscription.chatId,
          topic: "new_report",
          text: newReportText(detail, follow),
        });
      }
    }
    return deliver(items, clock(), false);
  }

  return {
    calendar,
    async start() {
      stopping = false;
      schedule = startReminderSchedule(sendAt, () => serially(() => runCheck(clock())), log);
      const now = clock();
      if (now.getTime() >= shanghaiInstant(shanghaiDate(now), sendAt).getTime()) await serially(() => runCheck(now));
    },
    async stop() {
      stopping = true;
      await schedule?.stop();
      schedule = null;
      await queue;
    },
    runCheck: (now, checkOptions) => serially(() => runCheck(now, checkOptions)),
    subscribe: (chatId, filters) => upsertSubscription(db, chatId, filters, clock()),
    unsubscribe: (chatId) => deleteSubscription(db, chatId),
    unfollow: (chatId, follows) => removeFollows(db, chatId, follows, clock()),
    subscriptions: (chatId) => getSubscription(db, chatId),
    countSubscribers: () => countSubscriptions(db),
    recordInbound: (chatId, at) => recordInbound(db, chatId, at),
    notifyNewReports: (added) => serially(() => notifyNewReports(added)),
    async missing(place, year) {
      const now = clock();
      return findMissingReports(await source.listReports(), calendar, {
        place,
        reportYear: year ?? yearLastDue(now),
        asOf: shanghaiDate(now),
      });
    },
    upcomingDeadlines(now) {
      const today = shanghaiDate(now);
      const year = Number(today.slice(0, 4));
      return occurrencesDueIn(calendar, year, year + 1)
        .filter((o) => o.due >= today && daysBetween(today, o.due) <= 366)
        .map((occurrence) => ({ occurrence, daysLeft: daysBetween(today, occurrence.due) }));
    },
    delivery(chatId) {
      const notifier = notifierFor(chatId);
      if (notifier === null) return { kind: "none" };
      return notifier.pushWindowHours === null ? { kind: "push" } : { kind: "window", hours: notifier.pushWindowHours };
    },
  };
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
