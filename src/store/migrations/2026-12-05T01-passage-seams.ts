/**
 * Where a web page's markup parts a passage's characters (`seams`, JSON offsets into its text), so
 * a citation quotes a run the page's source holds. Null for passages of other sources, and for
 * rows written before: their files get seams when next parsed. Frozen: a later change is a new
 * migration.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("passages").addColumn("seams", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("passages").dropColumn("seams").execute();
}
