/**
 * The corpus (files, reports and what was parsed from them) and the bot's small bookkeeping
 * tables. Frozen: a later change is a new migration. Valid on SQLite and PostgreSQL: generated
 * ids are `serial` and figure values `double precision` there (its `real` has 24 bits).
 */
import { PostgresAdapter, type ColumnDataType, type CreateTableBuilder, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const withId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    postgres
      ? table.addColumn("id", "serial", (c) => c.primaryKey())
      : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
  const real: ColumnDataType = postgres ? "double precision" : "real";

  await withId(db.schema.createTable("source_files"))
    .addColumn("path", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("encoding", "text")
    .addColumn("ingested_at", "text", (c) => c.notNull())
    .addColumn("error", "text")
    // Last, so reading the other columns never walks the text's overflow pages.
    .addColumn("original_text", "text")
    .execute();

  await withId(db.schema.createTable("reports"))
    .addColumn("file_id", "integer", (c) => c.notNull().references("source_files.id").onDelete("cascade"))
    .addColumn("piece_index", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("agency", "text")
    .addColumn("agency_normalized", "text")
    .addColumn("province", "text")
    .addColumn("city", "text")
    .addColumn("county", "text")
    .addColumn("township", "text")
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("year", "integer")
    .addColumn("published", "text")
    .addColumn("index_number", "text")
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("anonymized", "integer", (c) => c.notNull())
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("reports_file_id").on("reports").column("file_id").execute();
  await db.schema.createIndex("reports_agency_year").on("reports").columns(["agency_normalized", "year"]).execute();

  await db.schema
    .createTable("sections")
    .addColumn("report_id", "integer", (c) => c.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("idx", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("heading", "text", (c) => c.notNull())
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("sections_pk", ["report_id", "idx"])
    .execute();

  await db.schema
    .createTable("passages")
    .addColumn("report_id", "integer", (c) => c.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("idx", "integer", (c) => c.notNull())
    .addColumn("section_index", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("passages_pk", ["report_id", "idx"])
    .execute();

  await withId(db.schema.createTable("figures"))
    .addColumn("report_id", "integer", (c) => c.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("metric", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("value", real, (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("approximate", "integer", (c) => c.notNull())
    .addColumn("quote", "text", (c) => c.notNull())
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .addColumn("section_index", "integer", (c) => c.notNull())
    .addColumn("parent_key", "text")
    .execute();
  await db.schema.createIndex("figures_report_id").on("figures").column("report_id").execute();

  await db.schema
    .createTable("warnings")
    .addColumn("report_id", "integer", (c) => c.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("idx", "integer", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("figure_keys", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("warnings_pk", ["report_id", "idx"])
    .execute();

  await db.schema
    .createTable("chat_states")
    .addColumn("chat_id", "text", (c) => c.primaryKey())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("processed_updates")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("processed_updates_created_at").on("processed_updates").column("created_at").execute();

  await db.schema
    .createTable("counters")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("meta")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
  await db.insertInto("meta").values({ key: "catalog_version", value: "0" }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "meta",
    "counters",
    "processed_updates",
    "chat_states",
    "warnings",
    "figures",
    "passages",
    "sections",
    "reports",
    "source_files",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
