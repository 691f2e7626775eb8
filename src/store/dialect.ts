/**
 * Which database a Kysely instance talks to, for the few statements that must differ: pragmas
 * only on SQLite, snapshot reads, key-prefix ranges and the codes of errors that blame the data.
 */
import { PostgresAdapter, sql, type Expression, type Kysely, type SqlBool } from "kysely";

export type StoreDialect = "sqlite" | "postgres";

export function dialectOf(db: Kysely<any>): StoreDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

/**
 * `column` starts with `prefix`. SQLite compares text bytewise, so an index range does it;
 * PostgreSQL compares by the database's collation, where a range on a prefix can miss rows.
 */
export function startsWith(db: Kysely<any>, column: string, prefix: string): Expression<SqlBool> {
  if (dialectOf(db) === "postgres") return sql<SqlBool>`starts_with(${sql.ref(column)}, ${prefix})`;
  // U+10FFFF sorts after every character SQLite's binary collation can meet in a key.
  return sql<SqlBool>`(${sql.ref(column)} >= ${prefix} and ${sql.ref(column)} < ${`${prefix}\u{10FFFF}`})`;
}

/** SQLite result codes that blame the values written, not the store. */
const SQLITE_DATA_ERRORS = new Set(["SQLITE_CONSTRAINT", "SQLITE_TOOBIG", "SQLITE_MISMATCH", "SQLITE_RANGE"]);

/**
 * True when the driver refused a statement for the values it carried (a constraint, a value out
 * of range or not representable): SQLite's codes above, PostgreSQL's SQLSTATE classes 22 (data
 * exception) and 23 (integrity constraint violation).
 */
export function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return false;
  return SQLITE_DATA_ERRORS.has(code) || /^2[23][0-9A-Z]{3}$/.test(code);
}
