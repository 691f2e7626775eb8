/**
 * What a subscription's entries cover in the catalogue, looked up through the agency directory:
 * each target once per check or batch of notices, and the followed agencies' standing for a year.
 */
import type { AgencyDirectory, DirectoryAgency } from "../answers/catalog/agency-directory.ts";
import type { FollowStatus } from "./messages.ts";
import { agencyKind, type AgencyKind } from "./missing-reports.ts";
import type { FollowRef } from "../domain/subscription.ts";

/** The agencies a target covers (null: every agency), each target looked up once over the cache's life. */
export type Coverage = (ref: FollowRef | null) => Promise<DirectoryAgency[]>;

export function coverageCache(directory: AgencyDirectory): Coverage {
  const found = new Map<string, Promise<DirectoryAgency[]>>();
  return (ref) => {
    const id = ref === null ? "" : `${ref.scope}:${ref.name}`;
    let agencies = found.get(id);
    if (!agencies) found.set(id, (agencies = directory.covered(ref)));
    return agencies;
  };
}

/** The followed agencies of one target of the rule's kind, and which of them filed for the year. */
export function followStatus(ref: FollowRef, agencies: readonly DirectoryAgency[], reportYear: number, kind: AgencyKind | null): FollowStatus {
  const status: FollowStatus = { label: ref.name, filed: [], notFiled: [] };
  for (const agency of agencies) {
    if (kind !== null && agencyKind(agency.name) !== kind) continue;
    (agency.years.includes(reportYear) ? status.filed : status.notFiled).push(agency.name);
  }
  status.filed.sort((a, b) => a.localeCompare(b, "zh"));
  status.notFiled.sort((a, b) => a.localeCompare(b, "zh"));
  return status;
}

/** The targets without repeats, in order. */
export function uniqueRefs(refs: readonly FollowRef[]): FollowRef[] {
  return refs.filter((ref, i) => refs.findIndex((r) => r.scope === ref.scope && r.name === ref.name) === i);
}
