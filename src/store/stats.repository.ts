/** Totals of what the corpus holds, for /stats and the reload reply. */
import type { Kysely } from "kysely";
import type { Schema } from "./schema.ts";

export interface CorpusStats {
  reports: number;
  /** Distinct agencies (normalized name, else as written). */
  agencies: number;
  /** Years covered, ascending. */
  years: number[];
  figures: number;
  warnings: number;
  /** Table rows left unread because their glued digits split more than one way (warnings `glued_row_unread`). */
  unreadRows: number;
  /** Files holding a stored version. */
  files: number;
  /** Files whose last ingest attempt failed. */
  failedFiles: number;
}

// The warning code ingest gives a glued table row it left unread.
const UNREAD_ROW = "glued_row_unread";

export async function readCorpusStats(db: Kysely<Schema>): Promise<CorpusStats> {
  const [reports, agencies, years, figures, warnings, unread, files] = await Promise.all([
    db.selectFrom("reports").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    db
      .selectFrom("reports")
      .select((eb) => eb.fn.count<number>(eb.fn.coalesce("agency_normalized", "agency")).distinct().as("n"))
      .executeTakeFirstOrThrow(),
    db.selectFrom("reports").select("year").distinct().where("year", "is not", null).orderBy("year").execute(),
    db.selectFrom("figures").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    db.selectFrom("warnings").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    db.selectFrom("warnings").select((eb) => eb.fn.countAll<number>().as("n")).where("code", "=", UNREAD_ROW).executeTakeFirstOrThrow(),
    db
      .selectFrom("source_files")
      .select((eb) => [
        eb.fn.count<number>("original_text").as("stored"),
        eb.fn.count<number>("error").as("failed"),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    reports: Number(reports.n),
    agencies: Number(agencies.n),
    years: years.map((y) => y.year!),
    figures: Number(figures.n),
    warnings: Number(warnings.n),
    unreadRows: Number(unread.n),
    files: Number(files.stored),
    failedFiles: Number(files.failed),
  };
}

/** The `limit` files with the most consistency warnings (only those with any), most first. */
export async function readWarningLeaders(
  db: Kysely<Schema>,
  limit: number,
): Promise<Array<{ path: string; warnings: number }>> {
  const rows = await db
    .selectFrom("warnings")
    .innerJoin("reports", "reports.id", "warnings.report_id")
    .innerJoin("source_files", "source_files.id", "reports.file_id")
    .select((eb) => ["source_files.path as path", eb.fn.countAll<number>().as("n")])
    .groupBy("source_files.path")
    .orderBy("n", "desc")
    .orderBy("source_files.path")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ path: r.path, warnings: Number(r.n) }));
}

/** How the stored reports got their agency: counts by the strongest clue, and the reports still without one. */
export interface IdentityStats {
  /** Reports per source of the clue that decided their agency (title, announced, sidecar …; none). */
  bySource: Record<string, number>;
  /** Reports with no agency, or only an anonymized one, with why (at most `limit`, by path). */
  unknown: Array<{ path: string; pieceIndex: number; reason: string }>;
  unknownTotal: number;
}

export async function readIdentityStats(db: Kysely<Schema>, limit: number): Promise<IdentityStats> {
  const rows = await db
    .selectFrom("reports")
    .innerJoin("source_files", "source_files.id", "reports.file_id")
    .select(["source_files.path as path", "reports.piece_index", "reports.agency_normalized", "reports.anonymized", "reports.year", "reports.identity_evidence"])
    .orderBy("source_files.path")
    .orderBy("reports.piece_index")
    .execute();
  const bySource: Record<string, number> = {};
  const unknown: IdentityStats["unknown"] = [];
  let unknownTotal = 0;
  for (const r of rows) {
    const evidence = JSON.parse(r.identity_evidence) as string[];
    const source = r.agency_normalized === null || r.anonymized === 1 ? "none" : (evidence[0]?.split(":")[0] ?? "none");
    bySource[source] = (bySource[source] ?? 0) + 1;
    const reason =
      r.agency_normalized === null ? "未写明机构" : r.anonymized === 1 ? "机构名称被隐去（XX）" : r.year === null ? "未写明年份" : null;
    if (reason === null) continue;
    unknownTotal++;
    if (unknown.length < limit) unknown.push({ path: r.path, pieceIndex: r.piece_index, reason });
  }
  return { bySource, unknown, unknownTotal };
}
