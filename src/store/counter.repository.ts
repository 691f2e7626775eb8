/** Named running totals (questions answered, reloads …). */
import type { Kysely } from "kysely";
import type { Schema } from "./schema.ts";

/** Adds `by` (default 1) to counter `name`, creating it at 0 first; returns the new value. */
export async function incrementCounter(db: Kysely<Schema>, name: string, by = 1): Promise<number> {
  const row = await db
    .insertInto("counters")
    .values({ name, value: by })
    .onConflict((oc) => oc.column("name").doUpdateSet((eb) => ({ value: eb("counters.value", "+", by) })))
    .returning("value")
    .executeTakeFirstOrThrow();
  return row.value;
}

export async function readCounters(db: Kysely<Schema>): Promise<Record<string, number>> {
  const rows = await db.selectFrom("counters").select(["name", "value"]).orderBy("name").execute();
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}
