/**
 * Delivery of reminder messages, each at most once: claimed in the send log under its key, sent
 * one at a time through its channel's notifier at a bounded pace with bounded retries, and marked
 * with its outcome. A chat that is gone is unsubscribed; one failing chat never stops the rest,
 * but a run of failures on one channel (the platform is down) leaves that channel's rest unclaimed
 * for the next check.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Kysely } from "kysely";
import type { Schema } from "../store/schema.ts";
import {
  claimSends,
  finishSends,
  loggedKeys,
  releaseClaims,
  type SendOutcomeRow,
} from "../store/send-log.repository.ts";
import { deleteSubscription, lastInboundTimes } from "../store/subscription.repository.ts";
import type { DueReminder } from "./due-reminders.ts";
import type { Notifier, RichMessage, SendOutcome } from "./notifier.ts";
import type { ReminderLog } from "./reminder-log.ts";
import { createSendPacer } from "./send-pacer.ts";
import { channelOf, platformChatId } from "./subscription.ts";

export interface DeliveryOptions {
  /** Sends started per second across all chats (default 30, Telegram's overall limit); Infinity lifts it. */
  maxPerSecond?: number;
  /** Tries per message for failures worth retrying (default 3). */
  attempts?: number;
  /** Wait before retry n is n × this (default 1000 ms). */
  retryDelayMs?: number;
  /** Sends claimed per send-log transaction (default 50: at 30/s, stopping waits at most about 2 s for a batch). */
  claimBatch?: number;
  /**
   * After this many sends in a row on one channel failed in a way worth retrying (the platform is
   * down, not one chat), that channel's rest is left unclaimed for the next check (default 5).
   */
  haltAfterFailures?: number;
}

/** A message to deliver once, under its send-log key. */
export interface Outgoing {
  key: string;
  chatId: string;
  topic: DueReminder["topic"] | "new_report";
  text: string;
  /** The message with markup and a button, for channels that show them. */
  rich?: RichMessage;
}

/**
 * One message planned or sent. `status` is "planned" only in a dry run; "skipped" (not claimed, so
 * a later check can send it) when no notifier serves the chat, the service is stopping, or the
 * channel seems down.
 */
export interface SendReport extends Outgoing {
  status: "planned" | "skipped" | SendOutcome["status"];
  detail: string | null;
}

export interface DelivererDeps {
  db: Kysely<Schema>;
  notifiers: { telegram?: Notifier; wechat?: Notifier };
  clock: () => Date;
  log: ReminderLog;
  /** True once the service is stopping: the claimed batch finishes, the rest is left. */
  isStopping: () => boolean;
  options?: DeliveryOptions;
}

export interface Deliverer {
  /**
   * Claims, sends and records `items`; with dryRun only lists them (the caller leaves out what is
   * already in the log). `now` places the push windows.
   */
  deliver(items: readonly Outgoing[], now: Date, dryRun: boolean): Promise<SendReport[]>;
  /** The notifier serving a chat's channel, or null when none is configured. */
  notifierFor(chatId: string): Notifier | null;
}

const HOUR_MS = 60 * 60 * 1000;

export function createDeliverer(deps: DelivererDeps): Deliverer {
  const { db, clock, log } = deps;
  const options = deps.options ?? {};
  const attempts = options.attempts ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const claimBatch = options.claimBatch ?? 50;
  const haltAfterFailures = options.haltAfterFailures ?? 5;
  const pacer = createSendPacer(options.maxPerSecond ?? 30);
  const instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  function notifierFor(chatId: string): Notifier | null {
    const channel = channelOf(chatId);
    if (channel === "tg") return deps.notifiers.telegram ?? null;
    if (channel === "wx") return deps.notifiers.wechat ?? null;
    return null;
  }

  async function sendWithRetries(notifier: Notifier, chatId: string, text: string, rich?: RichMessage): Promise<SendOutcome> {
    let outcome: SendOutcome = { status: "failed", detail: "not attempted", retry: false };
    for (let attempt = 1; attempt <= attempts; attempt++) {
      await pacer.wait();
      try {
        outcome = await notifier.send(platformChatId(chatId), text, rich);
      } catch (error) {
        outcome = { status: "failed", detail: error instanceof Error ? error.message : String(error), retry: true };
      }
      if (outcome.status !== "failed" || !outcome.retry || attempt === attempts) break;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs * attempt));
    }
    return outcome;
  }

  async function deliver(items: readonly Outgoing[], now: Date, dryRun: boolean): Promise<SendReport[]> {
    const reports: SendReport[] = [];
    const sendable: Outgoing[] = [];
    const unserved: Outgoing[] = [];
    for (const item of items) (notifierFor(item.chatId) === null ? unserved : sendable).push(item);
    // Reported only while not in the log: a channel configured earlier may have sent it.
    const loggedUnserved = await loggedKeys(db, unserved.map((item) => item.key));
    for (const item of unserved) {
      if (!loggedUnserved.has(item.key)) reports.push({ ...item, status: "skipped", detail: "no notifier for this channel" });
    }
    const inbound = await lastInboundTimes(db, "wx:");
    const outsideWindow = (chatId: string, notifier: Notifier): string | null => {
      if (notifier.pushWindowHours === null) return null;
      const last = inbound.get(chatId);
      if (last && now.getTime() - last.getTime() <= notifier.pushWindowHours * HOUR_MS) return null;
      return `outside the ${notifier.pushWindowHours}-hour push window`;
    };

    if (dryRun) {
      for (const item of sendable) {
        const window = outsideWindow(item.chatId, notifierFor(item.chatId)!);
        reports.push({ ...item, status: window ? "undeliverable" : "planned", detail: window });
      }
      return reports;
    }

    // Per channel: sends failed in a row, and once it seems down, why its rest is left for the next check.
    const failuresInARow = new Map<string, number>();
    const down = new Map<string, string>();
    const leftOver = (item: Outgoing): string | null =>
      deps.isStopping() ? "stopping; left for the next check" : (down.get(channelOf(item.chatId)!) ?? null);
    for (let i = 0; i < sendable.length; i += claimBatch) {
      const batch = sendable.slice(i, i + claimBatch).filter((item) => {
        const reason = leftOver(item);
        if (reason !== null) reports.push({ ...item, status: "skipped", detail: reason });
        return reason === null;
      });
      if (batch.length === 0) continue;
      const won = await claimSends(db, batch, instanceId, clock());
      const outcomes: SendOutcomeRow[] = [];
      const unsent: string[] = [];
      try {
        for (const item of batch) {
          if (!won.has(item.key)) continue;
          const reason = down.get(channelOf(item.chatId)!);
          if (reason !== undefined) {
            unsent.push(item.key);
            reports.push({ ...item, status: "skipped", detail: reason });
            continue;
          }
          const notifier = notifierFor(item.chatId)!;
          const window = outsideWindow(item.chatId, notifier);
          const outcome: SendOutcome = window
            ? { status: "undeliverable", detail: window }
            : await sendWithRetries(notifier, item.chatId, item.text, item.rich);
          const detail = outcome.status === "sent" ? null : outcome.detail;
          outcomes.push({ key: item.key, status: outcome.status, detail });
          reports.push({ ...item, status: outcome.status, detail });
          if (outcome.status === "gone") {
            await deleteSubscription(db, item.chatId);
            log.warn({ chatId: item.chatId, detail }, "reminders: chat is gone; unsubscribed");
          } else if (outcome.status === "failed") {
            log.error({ chatId: item.chatId, key: item.key, detail }, "reminders: send failed");
          }
          const channel = channelOf(item.chatId)!;
          const failures = outcome.status === "failed" && outcome.retry ? (failuresInARow.get(channel) ?? 0) + 1 : 0;
          failuresInARow.set(channel, failures);
          if (failures >= haltAfterFailures) {
            down.set(channel, `${failures} sends in a row failed; left for the next check`);
            log.error({ channel, failures, detail }, "reminders: the channel seems down; the rest waits for the next check");
          }
        }
      } finally {
        await finishSends(db, outcomes, clock());
        await releaseClaims(db, unsent, instanceId);
      }
    }
    return reports;
  }

  return { deliver, notifierFor };
}
