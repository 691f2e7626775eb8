/**
 * Inserting many rows into one table with one statement whose single parameter is the rows as
 * JSON: SQLite reads them with `json_each`, PostgreSQL with `json_populate_recordset` (typed by the
 * table itself). Binding every value separately costs the driver a conversion per value and the
 * query builder a node per value; one JSON text is built natively and parsed inside the database.
 * Rows are inserted in the order given, so generated ids follow it. Strings with unpaired
 * surrogates are stored with U+FFFD in their place, as binding them as parameters does.
 * Rows JSON would not carry exactly go as bound parameters instead (multi-row inserts): on SQLite,
 * which does not always read a decimal fraction back to the nearest double, any number other than
 * a safe integer; on PostgreSQL, NaN and infinities. So do rows the caller asks `bound`: a few
 * rows of long texts gain nothing from one statement for all and lose a copy and an escape of
 * every character to the JSON.
 */
import { CompiledQuery, type Kysely } from "kysely";
import { dialectOf } from "./dialect.ts";
import type { Schema } from "./schema.ts";

/** A value of one column: what the tables hold. */
export type CellValue = string | number | null;

/** Rows per statement: bounds the JSON text of one statement to a few megabytes. */
const ROWS_PER_STATEMENT = 5_000;

/** Statement texts by dialect, table and columns: built once each. */
const texts = new Map<string, string>();

/** What may follow the rows: a conflict clause and the columns to return. */
export interface InsertTail {
  /** SQL after the rows, such as `on conflict ("path") do update set …`, written for both databases. */
  onConflict?: string;
  /** Columns to return from each inserted (or updated) row. */
  returning?: readonly string[];
  /**
   * Bind each value as a parameter instead of sending the rows as JSON: for a few rows of long
   * texts (a file's whole text), which the JSON would have both sides copy and escape once more.
   */
  bound?: boolean;
}

/**
 * Inserts `rows` (each one value per entry of `columns`, in that order) into `table`; returns the
 * `returning` columns of the rows, in no particular order (none without `returning`).
 */
export async function insertRows<R = Record<string, unknown>>(
  db: Kysely<Schema>,
  table: keyof Schema,
  columns: readonly string[],
  rows: ReadonlyArray<readonly CellValue[]>,
  tail: InsertTail = {},
): Promise<R[]> {
  const returned: R[] = [];
  if (rows.length === 0) return returned;
  const postgres = dialectOf(db) === "postgres";
  const text = statementText(postgres, table, columns, tail);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const exact = chunk.every((row) => row.every(postgres ? isJsonValue : readsBackExactly));
    if (tail.bound || !exact) {
      returned.push(...(await insertBound<R>(db, postgres, table, columns, chunk, tail)));
      continue;
    }
    const json = postgres ? JSON.stringify(chunk.map((row) => rowObject(columns, row))) : JSON.stringify(chunk.map(wellFormedRow));
    returned.push(...(await db.executeQuery<R>(CompiledQuery.raw(text, [json]))).rows);
  }
  return returned;
}

/** Rows per multi-row insert with bound parameters; keeps them far below SQLite's limit. */
const BOUND_ROWS = 400;

async function insertBound<R>(
  db: Kysely<Schema>,
  postgres: boolean,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly CellValue[]>,
  tail: InsertTail,
): Promise<R[]> {
  const names = columns.map(quoteName).join(", ");
  const returned: R[] = [];
  for (let i = 0; i < rows.length; i += BOUND_ROWS) {
    const chunk = rows.slice(i, i + BOUND_ROWS);
    let n = 0;
    const tuples = chunk.map(() => `(${columns.map(() => (postgres ? `$${++n}` : "?")).join(", ")})`);
    const text = `insert into ${quoteName(table)} (${names}) values ${tuples.join(", ")}${tailText(tail)}`;
    returned.push(...(await db.executeQuery<R>(CompiledQuery.raw(text, chunk.flat()))).rows);
  }
  return returned;
}

function tailText(tail: InsertTail): string {
  return `${tail.onConflict ? ` ${tail.onConflict}` : ""}${tail.returning ? ` returning ${tail.returning.map(quoteName).join(", ")}` : ""}`;
}

/** Whether JSON can carry `value` at all (not NaN or an infinity). */
function isJsonValue(value: CellValue): boolean {
  return typeof value !== "number" || Number.isFinite(value);
}

/** Whether SQLite reads `value` back from JSON text as the same value: text, null and safe integers. */
function readsBackExactly(value: CellValue): boolean {
  return typeof value !== "number" || (Number.isSafeInteger(value) && !Object.is(value, -0));
}

function statementText(postgres: boolean, table: string, columns: readonly string[], tail: InsertTail): string {
  const key = [postgres ? "pg" : "sqlite", table, ...columns, tailText(tail)].join("\0");
  let text = texts.get(key);
  if (text === undefined) {
    const names = columns.map(quoteName).join(", ");
    // `where true` keeps SQLite from reading a conflict clause as a join's ON.
    text = postgres
      ? `insert into ${quoteName(table)} (${names}) select ${names} from json_populate_recordset(null::${quoteName(table)}, $1::json)${tailText(tail)}`
      : `insert into ${quoteName(table)} (${names}) select ${columns.map((_, i) => `value ->> ${i}`).join(", ")} from json_each(?) where true${tailText(tail)}`;
    texts.set(key, text);
  }
  return text;
}

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function rowObject(columns: readonly string[], row: readonly CellValue[]): Record<string, CellValue> {
  const object: Record<string, CellValue> = {};
  columns.forEach((column, i) => (object[column] = wellFormed(row[i]!)));
  return object;
}

function wellFormedRow(row: readonly CellValue[]): readonly CellValue[] {
  return row.some((value) => typeof value === "string" && !isWellFormed(value)) ? row.map(wellFormed) : row;
}

function wellFormed(value: CellValue): CellValue {
  return typeof value === "string" && !isWellFormed(value) ? toWellFormed(value) : value;
}

// String.prototype.isWellFormed / toWellFormed (ES2024) exist in Node 20; the project's lib is ES2023.
function isWellFormed(text: string): boolean {
  return (text as unknown as { isWellFormed(): boolean }).isWellFormed();
}

function toWellFormed(text: string): string {
  return (text as unknown as { toWellFormed(): string }).toWellFormed();
}
