/**
 * Opening a PostgreSQL database: the one place that touches the `pg` driver. A pool of
 * `poolSize` connections (default 10) to the server the URL names; TLS, the user, password and
 * database come from the URL as `pg` reads it (`?sslmode=require`, `?sslmode=verify-full` with
 * `sslrootcert=…`). Each connection names the application, so `pg_stat_activity` shows whose it is.
 *
 * Connections commit with `synchronous_commit = off`, the counterpart of SQLite's
 * `synchronous=NORMAL`: a commit returns before its WAL reaches the disk, so a crash of the
 * server (not of the app) can lose the last fraction of a second of commits, never consistency.
 * Writes that must survive that (subscriptions, the send log) turn it back on: `withSynchronousFull`.
 */
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Schema } from "./schema.ts";

export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** How long a query waits for a free connection before failing (default 10 000 ms). */
  connectTimeoutMs?: number;
}

export function connectPostgres(url: string, options: PostgresOptions = {}): Kysely<Schema> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    application_name: "nianbao",
    options: "-c synchronous_commit=off",
  });
  // An idle connection the server drops (restart, failover) must not crash the process: the
  // pool discards it and the next query opens a new one.
  pool.on("error", () => undefined);
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
}
