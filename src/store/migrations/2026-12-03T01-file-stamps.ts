/**
 * The size, modification time and inode of a file and its sidecar when its stored version was
 * read (`stat_stamp`), so a reload skips unchanged files without reading them. Null for rows
 * written before: those files are read and hashed once more. Frozen: a later change is a new
 * migration.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("source_files").addColumn("stat_stamp", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("source_files").dropColumn("stat_stamp").execute();
}
