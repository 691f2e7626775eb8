/**
 * How each report's identity was decided: the GB/T 2260 code of the place its agency sits in,
 * how far the winning name was ahead of the next, and the clues behind it (JSON array). Frozen:
 * a later change is a new migration.
 */
import type { Kysely } from "kysely";
import { sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("reports").addColumn("place_code", "text").execute();
  await db.schema.alterTable("reports").addColumn("identity_confidence", "real", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("reports").addColumn("identity_evidence", "text", (c) => c.notNull().defaultTo(sql`'[]'`)).execute();
}
