/**
 * One report's detail (its summary row with the file's name and url, sections, passages, figures
 * and warnings) read in one statement that hands everything back as one JSON text. One statement
 * sees one snapshot on both databases, so a report never comes back with another version's
 * sections while a reload commits; and a question waits for one round trip to the driver's
 * threads, not six, which is what a loaded machine makes slow. Rows come back as objects keyed by
 * column name, so the mappers of `report-rows.ts` read them as they read rows.
 */
import { sql, type Kysely, type RawBuilder, type Selectable } from "kysely";
import { dialectOf } from "./dialect.ts";
import type { FigureTable, PassageTable, ReportTable, Schema, SectionTable, WarningTable } from "./schema.ts";

/** The summary row of a report with its file's name and url, as `summaryQuery` selects it, and its 索引号. */
export type DetailHeadRow = Omit<Selectable<ReportTable>, "file_id" | "piece_index" | "place_code" | "identity_confidence" | "identity_evidence" | "span_start" | "span_end"> & {
  source: string;
  url: string | null;
};

export interface DetailRows {
  head: DetailHeadRow;
  sections: Selectable<SectionTable>[];
  passages: Selectable<PassageTable>[];
  figures: Selectable<FigureTable>[];
  warnings: Pick<Selectable<WarningTable>, "code" | "message" | "figure_keys">[];
}

const HEAD_COLUMNS = ["id", "title", "agency", "agency_normalized", "province", "city", "county", "township", "level", "year", "published", "index_number", "format", "anonymized"] as const;
const SECTION_COLUMNS = ["report_id", "idx", "kind", "heading", "span_start", "span_end"] as const;
const PASSAGE_COLUMNS = ["report_id", "idx", "section_index", "text", "span_start", "span_end", "seams"] as const;
const FIGURE_COLUMNS = ["id", "report_id", "key", "metric", "label", "value", "unit", "approximate", "quote", "span_start", "span_end", "section_index", "parent_key"] as const;
const WARNING_COLUMNS = ["code", "message", "figure_keys"] as const;

/** The rows of report `id`, or null when it is gone. */
export async function readDetailRows(db: Kysely<Schema>, id: number): Promise<DetailRows | null> {
  const json = jsonFunctions(dialectOf(db));
  const head = json.object([...HEAD_COLUMNS.map((c) => [c, `r.${c}`] as const), ["source", "f.name"], ["url", "f.url"]]);
  const list = (table: string, columns: readonly string[], order: string) =>
    json.nested(sql`(select ${json.list(json.object(columns.map((c) => [c, c] as const)), order)} from ${sql.table(table)} where ${sql.ref("report_id")} = ${id})`);
  const row = await sql<{ detail: string | null }>`select ${json.text(
    json.object([
      ["head", json.nested(sql`(select ${head} from ${sql.table("reports")} as r inner join ${sql.table("source_files")} as f on ${sql.ref("f.id")} = ${sql.ref("r.file_id")} where ${sql.ref("r.id")} = ${id})`)],
      ["sections", list("sections", SECTION_COLUMNS, "idx")],
      ["passages", list("passages", PASSAGE_COLUMNS, "idx")],
      ["figures", list("figures", FIGURE_COLUMNS, "id")],
      ["warnings", list("warnings", WARNING_COLUMNS, "idx")],
    ]),
  )} as ${sql.ref("detail")}`.execute(db);
  const text = row.rows[0]?.detail;
  if (!text) return null;
  const rows = JSON.parse(text) as DetailRows | { head: null };
  return rows.head === null ? null : (rows as DetailRows);
}

interface JsonFunctions {
  /** A JSON object of `[key, column or expression]` pairs. */
  object(pairs: ReadonlyArray<readonly [string, string | RawBuilder<unknown>]>): RawBuilder<unknown>;
  /** The JSON array of `item` over the rows of the query it sits in, by `order`; `[]` for none. */
  list(item: RawBuilder<unknown>, order: string): RawBuilder<unknown>;
  /** A subquery's JSON value placed inside another: SQLite forgets that a subquery's text is JSON. */
  nested(subquery: RawBuilder<unknown>): RawBuilder<unknown>;
  /** The JSON value as text: PostgreSQL's driver would parse a `json` value itself. */
  text(value: RawBuilder<unknown>): RawBuilder<string>;
}

function jsonFunctions(dialect: "sqlite" | "postgres"): JsonFunctions {
  const value = (column: string | RawBuilder<unknown>) => {
    if (typeof column !== "string") return column;
    // SQLite writes a real into JSON with 15 digits; 17 bring every double back as it was stored.
    if (dialect === "sqlite" && column === "value") return sql`json(printf('%!.17g', ${sql.ref(column)}))`;
    return sql.ref(column);
  };
  const pairs = (entries: ReadonlyArray<readonly [string, string | RawBuilder<unknown>]>) => sql.join(entries.map(([key, column]) => sql`${sql.lit(key)}, ${value(column)}`));
  if (dialect === "postgres") {
    return {
      object: (entries) => sql`json_build_object(${pairs(entries)})`,
      list: (item, order) => sql`coalesce(json_agg(${item} order by ${sql.ref(order)}), '[]'::json)`,
      nested: (subquery) => subquery,
      text: (v) => sql<string>`(${v})::text`,
    };
  }
  return {
    object: (entries) => sql`json_object(${pairs(entries)})`,
    list: (item, order) => sql`json_group_array(${item} order by ${sql.ref(order)})`,
    nested: (subquery) => sql`json(${subquery})`,
    text: (v) => sql<string>`${v}`,
  };
}
