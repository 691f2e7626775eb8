/** The catalogue version kept in `meta`: caches rebuild when it changes. */
import type { Kysely } from "kysely";
import type { Schema } from "./schema.ts";

const KEY = "catalog_version";

export async function readCatalogVersion(db: Kysely<Schema>): Promise<number> {
  const row = await db.selectFrom("meta").select("value").where("key", "=", KEY).executeTakeFirst();
  return row ? Number(row.value) : 0;
}

/** Increases the version by one; call it inside the transaction that changed the catalogue. */
export async function bumpCatalogVersion(db: Kysely<Schema>): Promise<number> {
  const next = (await readCatalogVersion(db)) + 1;
  await db
    .insertInto("meta")
    .values({ key: KEY, value: String(next) })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: String(next) }))
    .execute();
  return next;
}
