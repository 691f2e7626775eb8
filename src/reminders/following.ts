/**
 * What a chat follows, by the names it types: subscribing (each name resolved through the agency
 * directory into an entry of its own, or refused with suggestions), ending entries by name, and
 * the filing watch for a named place (`/missing 凉州区 2022`).
 */
import type { Kysely } from "kysely";
import type { AgencyDirectory, FollowTarget } from "../answers/catalog/agency-directory.ts";
import type { Schema } from "../store/schema.ts";
import { addEntries, deleteEntry, getSubscription, type EntryChange } from "../store/subscription.repository.ts";
import type { DeadlineCalendar } from "./deadline-calendar.ts";
import { findMissingReports, type MissingReports } from "./missing-reports.ts";
import type { IsoDate } from "./shanghai-time.ts";
import type { FollowRef, Subscription, SubscriptionEntry } from "../domain/subscription.ts";
import type { SubscriptionFilters } from "./subscription.ts";

/** A name that could not be followed, with why and what to suggest. */
export type RefusedName = Exclude<FollowTarget, { kind: "agency" } | { kind: "place" }>;

export interface SubscribeOutcome {
  changes: EntryChange[];
  refused: RefusedName[];
  /** The chat's subscriptions after the change; null when it has none. */
  subscription: Subscription | null;
}

export interface UnfollowOutcome {
  removed: SubscriptionEntry[];
  /** Names that match no entry of the chat. */
  notFollowed: string[];
  subscription: Subscription | null;
}

export type MissingOutcome = { kind: "listing"; result: MissingReports } | { kind: "refused"; refused: RefusedName };

export interface FollowingDeps {
  db: Kysely<Schema>;
  directory: AgencyDirectory;
  calendar: DeadlineCalendar;
  clock: () => Date;
}

export interface Following {
  subscribe(chatId: string, filters: SubscriptionFilters): Promise<SubscribeOutcome>;
  unfollow(chatId: string, names: readonly string[]): Promise<UnfollowOutcome>;
  missing(place: string | null, reportYear: number, asOf: IsoDate): Promise<MissingOutcome>;
}

export function createFollowing(deps: FollowingDeps): Following {
  const { db, directory, calendar, clock } = deps;

  return {
    async subscribe(chatId, filters) {
      const kind = filters.kind === "both" ? null : filters.kind;
      const refused: RefusedName[] = [];
      const targets: Array<FollowRef | null> = [];
      for (const name of filters.follows) {
        const target = await directory.resolve(name);
        if (target.kind !== "agency" && target.kind !== "place") refused.push(target);
        else if (!targets.some((t) => t?.scope === target.kind && t.name === target.name)) targets.push({ scope: target.kind, name: target.name });
      }
      // Only names that were all refused subscribe nothing; no name at all follows every agency.
      if (filters.follows.length === 0) targets.push(null);
      const changes = targets.length > 0 ? await addEntries(db, chatId, kind, targets, clock()) : [];
      return { changes, refused, subscription: await getSubscription(db, chatId) };
    },

    async unfollow(chatId, names) {
      const subscription = await getSubscription(db, chatId);
      const removed: SubscriptionEntry[] = [];
      const notFollowed: string[] = [];
      for (const name of names) {
        const target = await directory.resolve(name);
        const resolved = target.kind === "agency" || target.kind === "place" ? target.name : null;
        // An entry kept as typed matches the name as typed; the others match the name resolved.
        const matching = (subscription?.entries ?? []).filter(
          (entry) => entry.follows !== null && (entry.follows.name === name || entry.follows.name === resolved),
        );
        if (matching.length === 0) notFollowed.push(name);
        for (const entry of matching) {
          if (removed.some((r) => r.id === entry.id)) continue;
          const gone = await deleteEntry(db, chatId, entry.id);
          if (gone) removed.push(gone);
        }
      }
      return { removed, notFollowed, subscription: await getSubscription(db, chatId) };
    },

    async missing(place, reportYear, asOf) {
      let ref: FollowRef | null = null;
      if (place !== null) {
        const target = await directory.resolve(place);
        if (target.kind !== "agency" && target.kind !== "place") return { kind: "refused", refused: target };
        ref = { scope: target.kind, name: target.name };
      }
      const result = findMissingReports(ref?.name ?? null, await directory.covered(ref), calendar, { reportYear, asOf });
      return { kind: "listing", result };
    },
  };
}
