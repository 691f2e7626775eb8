/**
 * The filing watch: agencies that filed reports for recent years but have none for a given report
 * year. Pure: it reads the agencies a place covers (from the catalogue) and the deadline calendar.
 *
 * An agency is expected to have filed for year Y when the deadline rule for Y binds it (the 2019
 * rules bind county level and above, art. 49 of the regulation; the 2008 rule every agency) and it
 * filed for one of the `RECENT_YEARS` years before Y: an agency whose last report is older is taken
 * to have been merged or renamed, not to be late.
 */
import type { DirectoryAgency } from "../answers/catalog/agency-directory.ts";
import type { AgencyLevel } from "../domain/report.ts";
import { occurrenceFor, ruleFor, type DeadlineCalendar, type DeadlineRule } from "./deadline-calendar.ts";
import type { IsoDate } from "./shanghai-time.ts";

/** How many years before the report year an agency's last report may be for it to be expected again. */
export const RECENT_YEARS = 3;

/** Which 2019 deadline an agency falls under: governments (their disclosure offices publish) or departments. */
export type AgencyKind = "departments" | "governments";

export interface MissingAgency {
  agency: string;
  kind: AgencyKind;
  /** Earlier report years on file, ascending. */
  filedYears: number[];
  /** The date its report for the year was due, or null when no rule covers that year. */
  due: IsoDate | null;
}

export interface MissingReports {
  /** The place (or agency) asked about; null for the whole catalogue. */
  place: string | null;
  reportYear: number;
  /** The Shanghai date the listing was made on: deadlines before it have passed. */
  asOf: IsoDate;
  /** Agencies of the place with a report for the year. */
  filed: string[];
  missing: MissingAgency[];
  /** Agencies of the place left out: their last report is older than `RECENT_YEARS` years, or no deadline binds them. */
  notExpected: number;
}

const GOVERNMENT_NAME = /人民政府(办公室|办公厅)?$/u;

export function agencyKind(agency: string): AgencyKind {
  return GOVERNMENT_NAME.test(agency) ? "governments" : "departments";
}

/** Whether a deadline rule binds an agency of a level: the 2019 rules bind county level and above. */
export function ruleBinds(rule: DeadlineRule, level: AgencyLevel): boolean {
  return rule.kind === "all" || level !== "township";
}

/** What to look for: the report year, optionally one kind of agency. */
export interface MissingQuery {
  reportYear: number;
  kind?: AgencyKind | null;
  asOf: IsoDate;
}

/** Of the agencies a place covers (`place` null: the whole catalogue), those expected for the report year that have no report for it. */
export function findMissingReports(
  place: string | null,
  agencies: readonly DirectoryAgency[],
  calendar: DeadlineCalendar,
  query: MissingQuery,
): MissingReports {
  const { reportYear, asOf } = query;
  const kind = query.kind ?? null;
  const filed: string[] = [];
  const missing: MissingAgency[] = [];
  let notExpected = 0;
  for (const agency of agencies) {
    const agencyType = agencyKind(agency.name);
    if (kind !== null && agencyType !== kind) continue;
    if (agency.years.includes(reportYear)) {
      filed.push(agency.name);
      continue;
    }
    const earlier = agency.years.filter((year) => year < reportYear);
    if (earlier.length === 0) continue;
    const rule = ruleFor(calendar, agencyType, reportYear);
    if (earlier.at(-1)! < reportYear - RECENT_YEARS || (rule !== null && !ruleBinds(rule, agency.level))) {
      notExpected++;
      continue;
    }
    missing.push({
      agency: agency.name,
      kind: agencyType,
      filedYears: earlier,
      due: rule ? (occurrenceFor(rule, reportYear)?.due ?? null) : null,
    });
  }
  filed.sort((a, b) => a.localeCompare(b, "zh"));
  missing.sort((a, b) => a.agency.localeCompare(b.agency, "zh"));
  return { place, reportYear, asOf, filed, missing, notExpected };
}
