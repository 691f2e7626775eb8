/**
 * The catalogue as subscriptions and the filing watch use it: names read with the questions'
 * resolver, and the agencies a followed agency or place covers. The narrow interface the
 * reminders reach the catalogue through; it shares the catalogue cache of the answer engine.
 */
import type { ReportSource } from "../report-source.ts";
import { createCatalogCache, type CatalogCache } from "./catalog-cache.ts";
import { coveredAgencies, directoryAgency, resolveFollowTarget, type DirectoryAgency, type FollowTarget } from "./follow-target.ts";

export type { DirectoryAgency, FollowTarget } from "./follow-target.ts";

export interface AgencyDirectory {
  /** Reads one name a subscriber typed (凉州区科技局, 凉州区, 火星市, 省级). */
  resolve(name: string): Promise<FollowTarget>;
  /**
   * The agencies an agency or place covers in the catalogue as it is now (a report just ingested
   * included); a name as typed is resolved first. Null: every agency.
   */
  covered(ref: { scope: "agency" | "place" | "name"; name: string } | null): Promise<DirectoryAgency[]>;
}

export function createAgencyDirectory(catalog: CatalogCache): AgencyDirectory {
  return {
    async resolve(name) {
      return resolveFollowTarget(name, await catalog.latest());
    },
    async covered(ref) {
      const index = await catalog.latest();
      if (ref === null) return index.agencies.map(directoryAgency);
      if (ref.scope !== "name") return coveredAgencies(ref.scope, ref.name, index);
      const target = resolveFollowTarget(ref.name, index);
      return target.kind === "agency" || target.kind === "place" ? coveredAgencies(target.kind, target.name, index) : [];
    },
  };
}

/** A directory with a catalogue cache of its own, for a process that answers no questions (the reminders CLI, tests). */
export function agencyDirectoryOver(source: ReportSource): AgencyDirectory {
  return createAgencyDirectory(createCatalogCache(source));
}
