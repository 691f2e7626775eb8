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
  /** Files holding a stored version. */
  files: number;
  /** Files whose last ingest attempt failed. */
  failedFiles: number;
}

export async function readCorpusStats(db: Kysely<Schema>): Promise<CorpusStats> {
  const [reports, agencies, years, figures, warnings, files] = await Promise.all([
    db.selectFrom("reports").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    db
      .selectFrom("reports")
      .select((eb) => eb.fn.count<number>(eb.fn.coalesce("agency_normalized", "agency")).distinct().as("n"))
      .executeTakeFirstOrThrow(),
    db.selectFrom("reports").select("year").distinct().where("year", "is not", null).orderBy("year").execute(),
    db.selectFrom("figures").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    db.selectFrom("warnings").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
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
