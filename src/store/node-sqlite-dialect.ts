/**
 * A Kysely dialect over node-sqlite3's asynchronous API. Kysely's own SqliteDialect expects
 * better-sqlite3's synchronous calls; node-sqlite3 runs statements on the libuv pool, so a long
 * reload transaction does not stall the event loop. The dialect opens one write handle and a few
 * read handles to one file: with WAL, reads keep seeing the last committed data while a write
 * transaction is open, and in-process writers queue for the write handle in order instead of
 * polling SQLite's lock (see `NodeSqliteSession`). It knows the driver only through `SqliteHandle`,
 * which node-sqlite3's `Database` satisfies.
 */
import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
} from "kysely";
import { NodeSqliteSession } from "./node-sqlite-session.ts";
import { HandlePool, type SqliteHandle } from "./sqlite-handle-pool.ts";

export type { SqliteHandle } from "./sqlite-handle-pool.ts";

export interface NodeSqliteDialectConfig {
  /** Opens one handle; a "reader" is only ever given reads. */
  open: (role: "writer" | "reader") => Promise<SqliteHandle>;
  /**
   * Handles in all (default 3): one writer and the rest readers. With 1, the single handle serves
   * reads and writes one statement or transaction at a time; use 1 for `:memory:`, where every
   * handle is a separate database.
   */
  connections?: number;
  /** How long a statement waits for the write handle before failing with SQLITE_BUSY (default 10 000 ms). */
  writeWaitMs?: number;
}

export class NodeSqliteDialect implements Dialect {
  readonly #config: NodeSqliteDialectConfig;

  constructor(config: NodeSqliteDialectConfig) {
    this.#config = config;
  }

  createDriver(): Driver {
    return new NodeSqliteDriver(this.#config);
  }

  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }

  createAdapter() {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}

class NodeSqliteDriver implements Driver {
  readonly #config: NodeSqliteDialectConfig;
  #writer: HandlePool | null = null;
  #readers: HandlePool | null = null;
  /** Sessions handed out and not yet given back; closing waits for them. */
  #live = 0;
  #drained: Array<() => void> = [];

  constructor(config: NodeSqliteDialectConfig) {
    this.#config = config;
  }

  async init(): Promise<void> {
    const size = Math.max(1, this.#config.connections ?? 3);
    // The writer first, so its one-time setup of the file (WAL) is in place before the readers open.
    const writer = new HandlePool("write", [await this.#config.open("writer")], this.#config.writeWaitMs ?? 10_000);
    const readers: SqliteHandle[] = [];
    try {
      for (let i = 1; i < size; i++) readers.push(await this.#config.open("reader"));
    } catch (error) {
      await Promise.all([writer.close(), new HandlePool("read", readers).close()]);
      throw error;
    }
    this.#writer = writer;
    this.#readers = readers.length > 0 ? new HandlePool("read", readers) : writer;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.#live++;
    return new NodeSqliteSession(this.#writer!, this.#readers!);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as NodeSqliteSession).release();
    if (--this.#live === 0) for (const resolve of this.#drained.splice(0)) resolve();
  }

  beginTransaction(connection: DatabaseConnection): Promise<void> {
    return (connection as NodeSqliteSession).begin();
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return (connection as NodeSqliteSession).commit();
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return (connection as NodeSqliteSession).rollback();
  }

  async destroy(): Promise<void> {
    // Queries already given a session finish first: a session borrows its handles only when it runs.
    if (this.#live > 0) await new Promise<void>((resolve) => this.#drained.push(resolve));
    const writer = this.#writer;
    const readers = this.#readers;
    this.#writer = this.#readers = null;
    await Promise.all([writer?.close(), readers !== writer ? readers?.close() : undefined]);
  }
}
