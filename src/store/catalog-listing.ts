/**
 * The whole catalogue (every report's summary with its file name and url) in one result row: the
 * database turns the reports into one JSON array of arrays, which is parsed in one call. At 100k
 * reports, 100k rows of fifteen cells each cost the driver seconds to hand over cell by cell; one
 * text value of about 15 MB costs a fraction of that. A load ends by saving that text for the
 * version it reached, so a start-up reads one stored value instead of building it again.
 */
import { sql, type Kysely } from "kysely";
import type { ReportSummary } from "../answers/report-source.ts";
import type { AgencyLevel, ReportFormat } from "../domain/report.ts";
import { CATALOG_VERSION_KEY } from "./catalog-version.ts";
import { dialectOf } from "./dialect.ts";
import type { Schema } from "./schema.ts";

/** One report as the database writes it into the array: the columns below, in this order. */
type CatalogTuple = [
  id: number,
  title: string,
  agency: string | null,
  agencyNormalized: string | null,
  province: string | null,
  city: string | null,
  county: string | null,
  township: string | null,
  level: string,
  year: number | null,
  published: string | null,
  format: string,
  anonymized: number,
  source: string,
  url: string | null,
];

/** The report columns of a catalogue entry, in the order of `CatalogTuple`; its file's name and url follow. */
export const SUMMARY_COLUMNS = [
  "reports.id",
  "reports.title",
  "reports.agency",
  "reports.agency_normalized",
  "reports.province",
  "reports.city",
  "reports.county",
  "reports.township",
  "reports.level",
  "reports.year",
  "reports.published",
  "reports.format",
  "reports.anonymized",
] as const;

const COLUMNS = sql.join([...SUMMARY_COLUMNS, "source_files.name", "source_files.url"].map((column) => sql.ref(column)));

/**
 * Every report's summary, in id order: from the snapshot saved at the store's current version when
 * there is one (the version and the snapshot are read in one statement, so a snapshot of another
 * version never answers), else from the reports themselves.
 */
export async function listCatalog(db: Kysely<Schema>): Promise<ReportSummary[]> {
  const snapshot = await db
    .selectFrom("catalog_snapshots")
    .innerJoin("meta", (join) => join.on("meta.key", "=", CATALOG_VERSION_KEY).on("catalog_snapshots.version", "=", currentVersion))
    .select("catalog_snapshots.catalogue")
    .executeTakeFirst();
  const text = snapshot?.catalogue ?? (await catalogueQuery(db).executeTakeFirst())?.catalogue ?? "[]";
  const tuples = JSON.parse(text) as CatalogTuple[];
  if (!inIdOrder(tuples)) tuples.sort((a, b) => a[0] - b[0]);
  return tuples.map(toSummary);
}

/**
 * Saves the catalogue as it is at the current version, unless a snapshot of that version is
 * already there, and deletes older ones; call it after a load. One statement reads the version
 * and the reports, so the snapshot holds exactly what its version says even while another
 * instance's load commits.
 */
export async function saveCatalogSnapshot(db: Kysely<Schema>): Promise<void> {
  await sql`insert into ${sql.table("catalog_snapshots")} (${sql.ref("version")}, ${sql.ref("catalogue")})
    select ${currentVersion}, (${catalogueQuery(db)}) from ${sql.table("meta")}
    where ${sql.ref("meta.key")} = ${CATALOG_VERSION_KEY}
      and not exists (select 1 from ${sql.table("catalog_snapshots")} where ${sql.ref("catalog_snapshots.version")} = ${currentVersion})
    on conflict (${sql.ref("version")}) do nothing`.execute(db);
  await db
    .deleteFrom("catalog_snapshots")
    .where(
      "version",
      "<",
      db.selectFrom("meta").select(currentVersion.as("v")).where("meta.key", "=", CATALOG_VERSION_KEY),
    )
    .execute();
}

/** The version kept in the `meta` row joined or selected, as a number. */
const currentVersion = sql<number>`cast(${sql.ref("meta.value")} as integer)`;

function catalogueQuery(db: Kysely<Schema>) {
  // The text cast keeps PostgreSQL's driver from parsing the JSON itself, so both hand back a string.
  // No ORDER BY in the aggregate: SQLite then sorts what its scan already gives in id order, a
  // sixth of the query's time; the order is checked (and mended) on reading instead.
  const aggregate =
    dialectOf(db) === "postgres"
      ? sql<string>`coalesce(json_agg(json_build_array(${COLUMNS})), '[]')::text`
      : sql<string>`json_group_array(json_array(${COLUMNS}))`;
  return db
    .selectFrom("reports")
    .innerJoin("source_files", "source_files.id", "reports.file_id")
    .select(aggregate.as("catalogue"));
}

function inIdOrder(tuples: readonly CatalogTuple[]): boolean {
  for (let i = 1; i < tuples.length; i++) if (tuples[i - 1]![0] > tuples[i]![0]) return false;
  return true;
}

/**
 * The same fields `toReportHead` maps, written out: spreading its result into a second object
 * per report doubles the catalogue's allocations. The store tests compare both readers' output.
 */
function toSummary(t: CatalogTuple): ReportSummary {
  return {
    id: t[0],
    title: t[1],
    agency: t[2],
    agencyNormalized: t[3],
    region: { province: t[4], city: t[5], county: t[6], township: t[7] },
    level: t[8] as AgencyLevel,
    year: t[9],
    published: t[10],
    format: t[11] as ReportFormat,
    anonymized: t[12] === 1,
    source: t[13],
    url: t[14],
  };
}
