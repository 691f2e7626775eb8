/**
 * The filing-season reminders service: subscriptions, the daily check that sends due reminders
 * exactly once through a send log, notices of newly ingested reports, and the filing watch.
 * `createReminders(deps)` is its factory; `src/main.ts` starts and stops its schedule.
 */
import type { Kysely } from "kysely";
import { agencyDirectoryOver, type AgencyDirectory } from "../answers/catalog/agency-directory.ts";
import type { ReportSource } from "../answers/report-source.ts";
import type { Schema } from "../store/schema.ts";
import { loggedKeysUnder, takeAbandonedClaims, type AbandonedClaim } from "../store/send-log.repository.ts";
import { countSubscriptions, deleteEntry, deleteSubscription, getSubscription, listSubscriptions, recordInbound } from "../store/subscription.repository.ts";
import { commandWords } from "./command-words.ts";
import {
  loadDeadlineCalendar,
  occurrencesDueIn,
  type DeadlineCalendar,
} from "./deadline-calendar.ts";
import { deadlineReminderPrefix, dueReminders, entryCovers, type DueReminder } from "./due-reminders.ts";
import { coverageCache, followStatus, uniqueRefs } from "./follow-coverage.ts";
import { createFollowing, type MissingOutcome, type SubscribeOutcome, type UnfollowOutcome } from "./following.ts";
import { afterDeadlineText, deadlineReminderText, type FollowStatus, type UpcomingDeadline } from "./messages.ts";
import { newReportNotice } from "./new-report-notice.ts";
import { findMissingReports, type AgencyKind, type MissingReports } from "./missing-reports.ts";
import type { Delivery, Notifier } from "./notifier.ts";
import type { ReminderLog } from "./reminder-log.ts";
import { DEFAULT_SEND_TIME, startReminderSchedule, type ReminderSchedule } from "./schedule.ts";
import { createDeliverer, type DeliveryOptions, type Outgoing, type SendReport } from "./send-delivery.ts";
import { daysBetween, shanghaiDate, shanghaiInstant, type DailyTime } from "./shanghai-time.ts";
import type { FollowRef, Subscription, SubscriptionEntry } from "../domain/subscription.ts";
import type { SubscriptionFilters } from "./subscription.ts";

export type { MissingOutcome, SubscribeOutcome, UnfollowOutcome } from "./following.ts";

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
  /** Reads the names subscribers type and what they cover (default: over `source`'s catalogue). */
  directory?: AgencyDirectory;
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
  /** Adds an entry per name that resolves (or one following every agency when none is named); the others are refused. */
  subscribe(chatId: string, filters: SubscriptionFilters): Promise<SubscribeOutcome>;
  /** Ends every subscription of the chat; false when there was none. */
  unsubscribe(chatId: string): Promise<boolean>;
  /** Ends the entries following the named agencies or places; the others stay. */
  unfollow(chatId: string, names: readonly string[]): Promise<UnfollowOutcome>;
  /** Ends one entry (a button under the list); null when the chat has no such entry. */
  removeEntry(chatId: string, entryId: number): Promise<SubscriptionEntry | null>;
  subscriptions(chatId: string): Promise<Subscription | null>;
  /** Number of subscribed chats (for /stats). */
  countSubscribers(): Promise<number>;
  recordInbound(chatId: string, at: Date): Promise<void>;
  /** Tells chats following an agency or place that its new report is in the corpus. */
  notifyNewReports(reports: ReadonlyArray<{ id: number; agency: string | null; year: number | null }>): Promise<SendReport[]>;
  /**
   * Agencies of `place` (read like a subscription name; null: all) expected for `year` (default: the
   * latest report year with a deadline past) with no report for it; a name that resolves to nothing is refused.
   */
  missing(place: string | null, year?: number): Promise<MissingOutcome>;
  upcomingDeadlines(now: Date): UpcomingDeadline[];
  /** How reminders reach a chat, for the subscribe reply (WeChat: within 48 hours of its last message). */
  delivery(chatId: string): Delivery;
  readonly calendar: DeadlineCalendar;
}

export function createReminders(deps: RemindersDeps): Reminders {
  const { db, source, clock, log } = deps;
  const calendar = deps.calendar ?? loadDeadlineCalendar();
  const directory = deps.directory ?? agencyDirectoryOver(source);
  const following = createFollowing({ db, directory, calendar, clock });
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
    // Many subscriptions follow the same places: each is looked up once per check.
    const coverage = coverageCache(directory);
    const listings = new Map<string, MissingReports>();
    const listing = async (ref: FollowRef | null, reportYear: number, kind: AgencyKind | null): Promise<MissingReports> => {
      const id = JSON.stringify([ref, reportYear, kind]);
      let found = listings.get(id);
      if (!found) {
        found = findMissingReports(ref?.name ?? null, await coverage(ref), calendar, { reportYear, kind, asOf: today });
        listings.set(id, found);
      }
      return found;
    };
    const plainTexts = new Map<string, string>();
    const items: Outgoing[] = [];
    for (const reminder of due) {
      const base = { key: reminder.key, chatId: reminder.subscription.chatId, topic: reminder.topic };
      const { rule, reportYear } = reminder.occurrence;
      const kind: AgencyKind | null = rule.kind === "all" ? null : rule.kind;
      const entries = reminder.subscription.entries.filter((entry) => entryCovers(entry, rule));
      const targets = uniqueRefs(entries.flatMap((entry) => (entry.follows ? [entry.follows] : [])));
      const followsAll = entries.some((entry) => entry.follows === null);
      const words = commandWords(base.chatId);
      if (reminder.topic === "deadline") {
        if (targets.length === 0) {
          // Subscribers who follow no agency in particular share one text per deadline and channel.
          const id = `${reminder.prefix}${words.unsubscribe}`;
          let text = plainTexts.get(id);
          if (!text) plainTexts.set(id, (text = deadlineReminderText(calendar, reminder.occurrence, today, [], words)));
          items.push({ ...base, text });
          continue;
        }
        const statuses: FollowStatus[] = [];
        for (const ref of targets) statuses.push(followStatus(ref, await coverage(ref), reportYear, kind));
        items.push({ ...base, text: deadlineReminderText(calendar, reminder.occurrence, today, statuses, words) });
        continue;
      }
      const results: MissingReports[] = [];
      // Who has not filed anywhere already names the followed agencies among the rest.
      for (const ref of followsAll || targets.length === 0 ? [null] : targets) results.push(await listing(ref, reportYear, kind));
      items.push({ ...base, text: afterDeadlineText(reminder.occurrence, results, words) });
    }
    const sends = await deliver(items, now, dryRun);
    const counts = countBy(sends.map((s) => s.status));
    log.info({ date: today, dryRun, ...counts, abandoned: abandoned.length }, "reminders: check done");
    return { date: today, dryRun, sends, abandoned };
  }

  async function notifyNewReports(
    added: ReadonlyArray<{ id: number; agency: string | null; year: number | null }>,
  ): Promise<SendReport[]> {
    const followers = (await listSubscriptions(db)).filter((s) => s.entries.some((entry) => entry.follows !== null));
    if (followers.length === 0) return [];
    const coverage = coverageCache(directory);
    const items: Outgoing[] = [];
    for (const report of added) {
      if (report.agency === null) continue;
      const detail = await source.getReport(report.id);
      if (detail === null || detail.summary.anonymized) continue;
      const agency = detail.summary.agencyNormalized ?? report.agency;
      for (const subscription of followers) {
        let follow: FollowRef | null = null;
        for (const entry of subscription.entries) {
          if (entry.follows === null) continue;
          if ((await coverage(entry.follows)).some((a) => a.name === agency)) {
            follow = entry.follows;
            break;
          }
        }
        if (follow === null) continue;
        const notice = newReportNotice(detail, follow.name, commandWords(subscription.chatId));
        items.push({
          // Keyed by agency and year, not store id: a reload that re-ingests the report does not notify again.
          key: `new_report:${agency}:${detail.summary.year ?? report.year ?? "unknown"}:${subscription.chatId}`,
          chatId: subscription.chatId,
          topic: "new_report",
          ...notice,
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
    subscribe: (chatId, filters) => following.subscribe(chatId, filters),
    unsubscribe: (chatId) => deleteSubscription(db, chatId),
    unfollow: (chatId, names) => following.unfollow(chatId, names),
    removeEntry: (chatId, entryId) => deleteEntry(db, chatId, entryId),
    subscriptions: (chatId) => getSubscription(db, chatId),
    countSubscribers: () => countSubscriptions(db),
    recordInbound: (chatId, at) => recordInbound(db, chatId, at),
    notifyNewReports: (added) => serially(() => notifyNewReports(added)),
    missing(place, year) {
      const now = clock();
      return following.missing(place, year ?? yearLastDue(now), shanghaiDate(now));
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


