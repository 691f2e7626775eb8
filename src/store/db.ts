/**
 * Opening the store: SQLite at a path (the one place that touches the node-sqlite3 driver), or
 * PostgreSQL at a URL (through `postgres-connection.ts`, whose driver loads only then); the same
 * migrations run on open. SQLite: one write connection and (by default) two read connections,
 * each in WAL mode with `synchronous=NORMAL` (consistent after a crash; a power loss can drop the
 * last commits), foreign keys on, a busy timeout so a writer in another process is waited for
 * instead of failing, and a 32 MB page cache (SQLite's default 2 MB thrashes on a full reload).
 * Read connections are `query_only`, so a write sent to one fails loudly instead of contending
 * for the lock. Migrations under `./migrations/` run on open.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Kysely, Migrator, sql, type Migration, type MigrationProvider } from "kysely";
import sqlite3 from "sqlite3";
import { dialectOf, type StoreDialect } from "./dialect.ts";
import { NodeSqliteDialect, type SqliteHandle } from "./node-sqlite-dialect.ts";
import { redactUrl } from "./database-url.ts";
import type { Schema } from "./schema.ts";
import { StoreError } from "./store-error.ts";

export interface Store {
  db: Kysely<Schema>;
  /** Which database holds the store. */
  dialect: StoreDialect;
  /** Waits for running queries, then closes every connection. */
  close(): Promise<void>;
}

/** Where the store lives: PostgreSQL when `databaseUrl` is set, else the SQLite file at `databasePath`. */
export interface StoreTarget {
  databaseUrl: string | null;
  databasePath: string;
  /** Connections of the PostgreSQL pool (default 10). */
  databasePoolSize?: number;
}

export interface OpenOptions {
  /**
   * How long a write waits for the write connection (held by another write of this process), and
   * then for SQLite's lock (held by another process), before failing with SQLITE_BUSY (default 10 000 ms).
   */
  busyTimeoutMs?: number;
  /** Connections: one writer, the rest readers (default 3; always 1 for `:memory:`). */
  connections?: number;
}

const MIGRATION_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

/** Opens and migrates the store `target` names; on PostgreSQL no file is created at `databasePath`. */
export async function openStore(target: StoreTarget, options: OpenOptions = {}): Promise<Store> {
  if (target.databaseUrl === null) return openDatabase(target.databasePath, options);
  return openPostgresStore(target.databaseUrl, target.databasePoolSize);
}

/** Opens and migrates the PostgreSQL database at `url` (a `postgres://` URL). */
export async function openPostgresStore(url: string, poolSize?: number): Promise<Store> {
  // The driver loads only for a PostgreSQL store: a SQLite one never needs it.
  const { connectPostgres } = await import("./postgres-connection.ts");
  const db = connectPostgres(url, { poolSize });
  try {
    await migrate(db, redactUrl(url));
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error instanceof StoreError ? error : new StoreError(`store: cannot open ${redactUrl(url)}`, { cause: error });
  }
  return { db, dialect: "postgres", close: () => db.destroy() };
}

/** Where a target's store lives, for logs: the path resolved, or the URL with its password masked. */
export function describeTarget(target: StoreTarget): string {
  return target.databaseUrl === null ? path.resolve(target.databasePath) : redactUrl(target.databaseUrl);
}

/** Opens (creating it and its folder if needed) and migrates the SQLite database at `file`. */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Store> {
  const inMemory = file === ":memory:";
  if (!inMemory) await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const busyTimeoutMs = options.busyTimeoutMs ?? 10_000;
  const db = new Kysely<Schema>({
    dialect: new NodeSqliteDialect({
      open: (role) => openConnection(file, busyTimeoutMs, role),
      connections: inMemory ? 1 : options.connections,
      writeWaitMs: busyTimeoutMs,
    }),
  });
  try {
    await migrate(db, file);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error instanceof StoreError ? error : new StoreError(`store: cannot open ${file}`, { cause: error });
  }
  return { db, dialect: "sqlite", close: () => db.destroy() };
}

/**
 * Runs `work` on SQLite's write connection with `synchronous=FULL`, for writes that must survive a
 * power loss (subscriptions, the send log). Other writes of this process wait until `work` ends,
 * so keep it to a few statements. Call it outside a transaction; `work` may open one on the
 * Kysely it receives. On PostgreSQL the connection commits with `synchronous_commit = on` instead
 * (the pool's connections have it off).
 */
export async function withSynchronousFull<T>(
  db: Kysely<Schema>,
  work: (db: Kysely<Schema>) => Promise<T>,
): Promise<T> {
  const [durable, usual] =
    dialectOf(db) === "postgres"
      ? [sql`set synchronous_commit = on`, sql`set synchronous_commit = off`]
      : [sql`pragma synchronous = FULL`, sql`pragma synchronous = NORMAL`];
  return db.connection().execute(async (pinned) => {
    await durable.execute(pinned);
    try {
      return await work(pinned);
    } finally {
      await usual.execute(pinned);
    }
  });
}

async function migrate(db: Kysely<Schema>, file: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new FolderMigrationProvider(MIGRATION_FOLDER),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    const message = failed ? `store: migration ${failed} failed on ${file}` : `store: cannot open or migrate ${file}`;
    throw new StoreError(message, { cause: error });
  }
}

/**
 * Kysely's FileMigrationProvider, with the import done from this module: the runtime that loads
 * the app's TypeScript (tsx, vitest) then loads the migrations too. Migrations are keyed by file
 * name without extension and run in name order.
 */
class FolderMigrationProvider implements MigrationProvider {
  readonly #folder: string;

  constructor(folder: string) {
    this.#folder = folder;
  }

  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const name of await fs.readdir(this.#folder)) {
      if (!/\.(ts|js|mts|mjs)$/.test(name) || /\.d\.m?ts$/.test(name)) continue;
      const module = (await import(pathToFileURL(path.join(this.#folder, name)).href)) as Migration;
      migrations[name.slice(0, name.lastIndexOf("."))] = module;
    }
    return migrations;
  }
}

function openConnection(file: string, busyTimeoutMs: number, role: "writer" | "reader"): Promise<SqliteHandle> {
  const setup = "pragma journal_mode = WAL; pragma synchronous = NORMAL; pragma foreign_keys = ON; pragma cache_size = -32000;";
  return new Promise((resolve, reject) => {
    const handle = new sqlite3.Database(file, (err) => {
      if (err) return reject(err);
      handle.configure("busyTimeout", busyTimeoutMs);
      handle.exec(role === "reader" ? `${setup} pragma query_only = ON;` : setup, (execErr) => {
        if (execErr) handle.close(() => reject(execErr));
        else resolve(handle);
      });
    });
  });
}
