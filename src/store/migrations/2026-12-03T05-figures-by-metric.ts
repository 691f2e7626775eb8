/**
 * Figures found by measure within a set of reports (a ranking of 主动公开 across a place's
 * agencies) without reading every figure of each report. Frozen: a later change is a new migration.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("figures_metric_report").on("figures").columns(["metric", "report_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("figures_metric_report").execute();
}
