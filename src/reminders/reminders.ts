/**
 * The filing-season reminders service: subscriptions, the daily check that sends due reminders
 * exactly once through a send log, notices of newly ingested reports, and the filing watch.
 * `createReminders(deps)` is its factory; `src/main.ts` starts and stops its schedule.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Kysely } from "kysely";
import type { ReportSource } from "../answers/report-source.ts";
import type { Schema } from "../store/schema.ts";
import {
  claimSends,
  finishSends,
  loggedKeys,
  takeAbandonedClaims,
  type AbandonedClaim,
  type SendOutcomeRow,
} from "../store/send-log.repository.ts";
import {
  countSubscriptions,
  deleteSubscription,
  getSubscription,
  lastInboundTimes,
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
import { deadlineReminderKey, dueReminders, type DueReminder } from "./due-reminders.ts";
import {
  afterDeadlineText,
  deadlineReminderText,
  newReportText,
  type UpcomingDeadline,
} from "./messages.ts";
import { findMissingReports, namesOf, type AgencyKind, type MissingReports } from "./missing-reports.ts";
import type { Notifier, SendOutcome } from "./notifier.ts";
import { startReminderSchedule, type ReminderSchedule } from "./schedule.ts";
import { createSendPacer } from "./send-pacer.ts";
import { daysBetween, shanghaiDate } from "./shanghai-time.ts";
import {
  channelOf,
  followsAgency,
  platformChatId,
  type Channel,
  type Subscription,
  type SubscriptionFilters,
} from "./subscription.ts";

/** A pino-style logger (fields first, message second); `console` fits too. */
export interface ReminderLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface RemindersOptions {
  /** Sends started per second across all chats (default 30, Telegram's overall limit); Infinity lifts it. */
  maxPerSecond?: number;
  /** Tries per message for failures worth retrying (default 3). */
  attempts?: number;
  /** Wait before retry n is n × this (default 1000 ms). */
  retryDelayMs?: number;
  /** Sends claimed per send-log transaction (default 50: at 30/s, stop() waits at most about 2 s for a batch). */
  claimBatch?: number;
  /** A claim older than this with no outcome is reported as abandoned (default 10 minutes). */
  abandonedAfterMs?: number;
  /** When the daily check runs, a cron expression in Asia/Shanghai time (default "0 9 * * *"). */
  cron?: string;
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

/**
 * One message planned or sent. `status` is "planned" only in a dry run; "skipped" (not claimed, so
 * a later check can send it) when no notifier serves the chat or the service is stopping.
 */
export interface SendReport {
  key: string;
  chatId: string;
  topic: DueReminder["topic"] | "new_report";
  text: string;
  status: "planned" | "skipped" | SendOutcome["status"];
  detail: string | null;
}

export interface CheckReport {
  /** The Shanghai date the check ran as of. */
  date: string;
  dryRun: boolean;
  sends: SendReport[];
  /** Earlier claims that never got an outcome (a crash between claim and send); not sent again. */
  abandoned: AbandonedClaim[];
}

export interface Reminders {
  /** Schedules the daily check and runs a catch-up check; resolves when that check is done. */
  start(): Promise<void>;
  /** Stops the schedule and waits for a running check to finish its current batch (the rest waits for the next start). */
  stop(): Promise<void>;
  /** Sends (or, with dryRun, lists without claiming) every reminder due at `now` and not yet in the send log. */
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
  /** Agencies matching `place` that filed for earlier years but not for `year` (default: the year last due). */
  missing(place: string | null, year?: number): Promise<MissingReports>;
  upcomingDeadlines(now: Date): UpcomingDeadline[];
  /** Push window of a chat's channel, for the subscribe reply (WeChat: 48 hours). */
  pushWindowHours(chatId: string): number | null;
  readonly calendar: DeadlineCalendar;
}

interface Outgoing {
  key: string;
  chatId: string;
  topic: SendReport["topic"];
  text: string;
}

const HOUR_MS = 60 * 60 * 1000;

export function createReminders(deps: RemindersDeps): Reminders {
  const { db, source, clock, log } = deps;
  const calendar = deps.calendar ?? loadDeadlineCalendar();
  const options = deps.options ?? {};
  const attempts = options.attempts ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const claimBatch = options.claimBatch ?? 50;
  const abandonedAfterMs = options.abandonedAfterMs ?? 10 * 60 * 1000;
  const pacer = createSendPacer(options.maxPerSecond ?? 30);
  const instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let schedule: ReminderSchedule | null = null;
  // Set by stop(): a running check finishes its claimed batch and leaves the rest to the next start.
  let stopping = false;
  // Checks and notices run one after another in a process, so the pace limit holds across them.
  let queue: Promise<unknown> = Promise.resolve();

  function serially<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  function notifierFor(chatId: string): Notifier | null {
    const channel: Channel | null = channelOf(chatId);
    if (channel === "tg") return deps.notifiers.telegram ?? null;
    if (channel === "wx") return deps.notifiers.wechat ?? null;
    return null;
  }

  async function sendWithRetries(notifier: Notifier, chatId: string, text: string): Promise<SendOutcome> {
    let outcome: SendOutcome = { status: "failed", detail: "not attempted", retry: false };
    for (let attempt = 1; attempt <= attempts; attempt++) {
      await pacer.wait();
      try {
        outcome = await notifier.send(platformChatId(chatId), text);
      } catch (error) {
        outcome = { status: "failed", detail: error instanceof Error ? error.message : String(error), retry: true };
      }
      if (outcome.status !== "failed" || !outcome.retry || attempt === attempts) break;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs * attempt));
    }
    return outcome;
  }

  /** Claims, sends one at a time and records each message; a chat that is gone is unsubscribed. */
  async function deliver(items: readonly Outgoing[], now: Date, dryRun: boolean): Promise<SendReport[]> {
    const reports: SendReport[] = [];
    const sendable: Outgoing[] = [];
    for (const item of items) {
      if (notifierFor(item.chatId) === null) {
        reports.push({ ...item, status: "skipped", detail: "no notifier for this channel" });
      } else {
        sendable.push(item);
      }
    }
    const inbound = await lastInboundTimes(db, "wx:");
    const outsideWindow = (chatId: string, notifier: Notifier): string | null => {
      if (notifier.pushWindowHours === null) return null;
      const last = inbound.get(chatId);
      if (last && now.getTime() - last.getTime() <= notifier.pushWindowHours * HOUR_MS) return null;
      return `outside the ${notifier.pushWindowHours}-hour push window`;
    };

    if (dryRun) {
      const logged = await loggedKeys(db, sendable.map((item) => item.key));
      for (const item of sendable) {
        if (logged.has(item.key)) continue;
        const window = outsideWindow(item.chatId, notifierFor(item.chatId)!);
        reports.push({ ...item, status: window ? "undeliverable" : "planned", detail: window });
      }
      return reports;
    }

    for (let i = 0; i < sendable.length; i += claimBatch) {
      if (stopping) {
        for (const item of sendable.slice(i)) reports.push({ ...item, status: "skipped", detail: "stopping; left for the next check" });
        break;
      }
      const batch = sendable.slice(i, i + claimBatch);
      const won = await claimSends(db, batch, instanceId, now);
      const outcomes: SendOutcomeRow[] = [];
      try {
        for (const item of batch) {
          if (!won.has(item.key)) continue;
          const notifier = notifierFor(item.chatId)!;
          const window = outsideWindow(item.chatId, notifier);
          const outcome: SendOutcome = window
            ? { status: "undeliverable", detail: window }
            : await sendWithRetries(notifier, item.chatId, item.text);
          const detail = outcome.status === "sent" ? null : outcome.detail;
          outcomes.push({ key: item.key, status: outcome.status, detail });
          reports.push({ ...item, status: outcome.status, detail });
          if (outcome.status === "gone") {
            await deleteSubscription(db, item.chatId);
            log.warn({ chatId: item.chatId, detail }, "reminders: chat is gone; unsubscribed");
          } else if (outcome.status === "failed") {
            log.error({ chatId: item.chatId, key: item.key, detail }, "reminders: send failed");
          }
        }
      } finally {
        await finishSends(db, outcomes, clock());
      }
    }
    return reports;
  }

  /** The latest report year with a deadline already past at `now` (what `/missing` asks about by default). */
  function yearLastDue(now: Date): number {
    const today = shanghaiDate(now);
    const year = Number(today.slice(0, 4));
    const passed = occurrencesDueIn(calendar, year - 1, year).filter((o) => o.due < today);
    return passed.length > 0 ? Math.max(...passed.map((o) => o.reportYear)) : year - 2;
  }

  /**
   * Drops reminders whose shorter lead time already went out: after the clock jumps back, the
   * 7-day reminder must not follow the 1-day one.
   */
  async function withoutSuperseded(due: DueReminder[]): Promise<DueReminder[]> {
    const shorterKeys = new Map<string, string[]>();
    for (const reminder of due) {
      if (reminder.topic !== "deadline") continue;
      const shorter = calendar.leadDays.filter((lead) => lead < reminder.leadDays);
      shorterKeys.set(
        reminder.key,
        shorter.map((lead) => deadlineReminderKey(reminder.occurrence, lead, reminder.subscription.chatId)),
      );
    }
    const logged = await loggedKeys(db, [...shorterKeys.values()].flat());
    if (logged.size === 0) return due;
    return due.filter((reminder) => !(shorterKeys.get(reminder.key) ?? []).some((key) => logged.has(key)));
  }

  async function runCheck(now: Date, checkOptions: { dryRun?: boolean } = {}): Promise<CheckReport> {
    const dryRun = checkOptions.dryRun ?? false;
    const today = shanghaiDate(now);
    const abandoned = dryRun ? [] : await takeAbandonedClaims(db, new Date(now.getTime() - abandonedAfterMs));
    for (const claim of abandoned) {
      log.warn({ ...claim }, "reminders: a claimed reminder was never confirmed sent; not sending it again");
    }
    const due = await withoutSuperseded(dueReminders(calendar, await listSubscriptions(db), today));
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
      if (!found) listings.set(id, (found = findMissingReports(reports, calendar, place, reportYear, kind)));
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
      schedule = startReminderSchedule(options.cron, () => serially(() => runCheck(clock())), log);
      await serially(() => runCheck(clock()));
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
      return findMissingReports(await source.listReports(), calendar, place, year ?? yearLastDue(clock()));
    },
    upcomingDeadlines(now) {
      const today = shanghaiDate(now);
      const year = Number(today.slice(0, 4));
      return occurrencesDueIn(calendar, year, year + 1)
        .filter((o) => o.due >= today && daysBetween(today, o.due) <= 366)
        .map((occurrence) => ({ occurrence, daysLeft: daysBetween(today, occurrence.due) }));
    },
    pushWindowHours(chatId) {
      return notifierFor(chatId)?.pushWindowHours ?? null;
    },
  };
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
