/** The catalogue version kept in `meta`: caches rebuild when it changes. */
import { sql, type Kysely } from "kysely";
import type { Schema } from "./schema.ts";

/** The `meta` key the version is kept under. */
export const CATALOG_VERSION_KEY = "catalog_version";
const KEY = CATALOG_VERSION_KEY;

export async function readCatalogVersion(db: Kysely<Schema>): Promise<number> {
  const row = await db.selectFrom("meta").select("value").where("key", "=", KEY).executeTakeFirst();
  return row ? Number(row.value) : 0;
}

/**
 * Increases the version by one; call it inside the transaction that changed the catalogue. One
 * statement reads and writes it, so two loads committing at once (two instances on PostgreSQL,
 * where a transaction does not lock the whole database) never both write the same next version.
 */
export async function bumpCatalogVersion(db: Kysely<Schema>): Promise<number> {
  const row = await db
    .insertInto("meta")
    .values({ key: KEY, value: "1" })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({ value: sql<string>`cast(cast(${sql.ref("meta.value")} as integer) + 1 as text)` }),
    )
    .returning("value")
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
