/**
 * The filing watch: agencies in the catalogue that filed reports for earlier years but have none
 * for a given report year. Pure: it reads a catalogue listing and the deadline calendar.
 */
import type { ReportSummary } from "../answers/report-source.ts";
import { followsAgency } from "./subscription.ts";
import { occurrenceFor, ruleFor, type DeadlineCalendar } from "./deadline-calendar.ts";
import type { IsoDate } from "./shanghai-time.ts";

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
  /** Agencies matching the place with a report for the year. */
  filed: string[];
  missing: MissingAgency[];
}

const GOVERNMENT_NAME = /人民政府(办公室|办公厅)?$/u;

export function agencyKind(agency: string): AgencyKind {
  return GOVERNMENT_NAME.test(agency) ? "governments" : "departments";
}

/** The name an agency is listed under: its normalized name where there is one. */
export function agencyName(report: ReportSummary): string | null {
  return report.agencyNormalized ?? report.agency;
}

/** The names a report can be found by: the agency as normalized and as written, and its places. */
export function namesOf(report: ReportSummary): string[] {
  const { province, city, county, township } = report.region;
  return [report.agencyNormalized, report.agency, province, city, county, township].filter(
    (name): name is string => name !== null && name.length > 0,
  );
}

/** What to look for: agencies matching `place` (null: all), the report year, optionally one kind of agency. */
export interface MissingQuery {
  place: string | null;
  reportYear: number;
  kind?: AgencyKind | null;
  asOf: IsoDate;
}

/**
 * Agencies matching the place (by name or place) that filed for an earlier year but not for the
 * report year. Anonymized reports (XX镇) are left out: they cannot be told apart.
 */
export function findMissingReports(
  catalogue: readonly ReportSummary[],
  calendar: DeadlineCalendar,
  query: MissingQuery,
): MissingReports {
  const { place, reportYear, asOf } = query;
  const kind = query.kind ?? null;
  const yearsByAgency = new Map<string, Set<number>>();
  for (const report of catalogue) {
    const name = agencyName(report);
    if (name === null || report.anonymized || report.year === null) continue;
    if (place !== null && followsAgency([place], namesOf(report)) === null) continue;
    if (kind !== null && agencyKind(name) !== kind) continue;
    const years = yearsByAgency.get(name) ?? new Set<number>();
    years.add(report.year);
    yearsByAgency.set(name, years);
  }
  const filed: string[] = [];
  const missing: MissingAgency[] = [];
  for (const [agency, years] of yearsByAgency) {
    if (years.has(reportYear)) {
      filed.push(agency);
      continue;
    }
    const earlier = [...years].filter((year) => year < reportYear).sort((a, b) => a - b);
    if (earlier.length === 0) continue;
    const rule = ruleFor(calendar, agencyKind(agency), reportYear);
    missing.push({
      agency,
      kind: agencyKind(agency),
      filedYears: earlier,
      due: rule ? (occurrenceFor(rule, reportYear)?.due ?? null) : null,
    });
  }
  filed.sort((a, b) => a.localeCompare(b, "zh"));
  missing.sort((a, b) => a.agency.localeCompare(b.agency, "zh"));
  return { place, reportYear, asOf, filed, missing };
}
