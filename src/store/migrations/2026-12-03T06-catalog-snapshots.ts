/**
 * `catalog_snapshots`: the whole catalogue as the JSON text the engine reads at start-up, kept for
 * the catalogue version it was taken at (one row: older ones are deleted when a newer is saved).
 * Frozen: a later change is a new migration.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("catalog_snapshots")
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("catalogue", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("catalog_snapshots").execute();
}
