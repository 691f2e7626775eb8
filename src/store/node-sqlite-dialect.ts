/**
 * A Kysely dialect over node-sqlite3's asynchronous API. Kysely's own SqliteDialect expects
 * better-sqlite3's synchronous calls; node-sqlite3 runs statements on the libuv pool, so a long
 * reload transaction does not stall the event loop. The dialect holds a small pool of connections
 * to one file: with WAL, readers on other connections keep seeing the last committed data while a
 * write transaction is open. It knows the driver only through `SqliteHandle`, which
 * node-sqlite3's `Database` satisfies.
 */
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from "kysely";

/** The part of a node-sqlite3 `Database` the dialect uses. */
export interface SqliteHandle {
  all(sql: string, params: unknown[], callback: (err: Error | null, rows: unknown[]) => void): unknown;
  run(sql: string, params: unknown[], callback: (this: { lastID: number; changes: number }, err: Error | null) => void): unknown;
  close(callback: (err: Error | null) => void): void;
}

export interface NodeSqliteDialectConfig {
  /** Opens one connection; called `connections` times when the driver starts. */
  open: () => Promise<SqliteHandle>;
  /** Size of the pool (default 3). Use 1 for `:memory:`, where every connection is a separate database. */
  connections?: number;
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
  readonly #all: NodeSqliteConnection[] = [];
  readonly #idle: NodeSqliteConnection[] = [];
  readonly #waiting: Array<(connection: NodeSqliteConnection) => void> = [];

  constructor(config: NodeSqliteDialectConfig) {
    this.#config = config;
  }

  async init(): Promise<void> {
    const size = Math.max(1, this.#config.connections ?? 3);
    // Sequential, so the first connection's one-time setup (WAL) is in place before the others open.
    for (let i = 0; i < size; i++) {
      const connection = new NodeSqliteConnection(await this.#config.open());
      this.#all.push(connection);
      this.#idle.push(connection);
    }
  }

  acquireConnection(): Promise<DatabaseConnection> {
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const next = this.#waiting.shift();
    if (next) next(connection as NodeSqliteConnection);
    else this.#idle.push(connection as NodeSqliteConnection);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // IMMEDIATE takes the write lock up front, so a transaction never fails half-way on a lock upgrade.
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async destroy(): Promise<void> {
    // Wait until every connection is back, so no statement is mid-flight when its handle closes.
    const held = await Promise.all(this.#all.map(() => this.acquireConnection()));
    await Promise.all(held.map((c) => (c as NodeSqliteConnection).close()));
    this.#all.length = 0;
    this.#idle.length = 0;
  }
}

class NodeSqliteConnection implements DatabaseConnection {
  readonly #handle: SqliteHandle;

  constructor(handle: SqliteHandle) {
    this.#handle = handle;
  }

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const params = [...compiledQuery.parameters];
    if (returnsRows(compiledQuery)) {
      return new Promise((resolve, reject) => {
        this.#handle.all(compiledQuery.sql, params, (err, rows) => {
          if (err) reject(err);
          else resolve({ rows: rows as R[] });
        });
      });
    }
    return new Promise((resolve, reject) => {
      this.#handle.run(compiledQuery.sql, params, function (err) {
        if (err) reject(err);
        else resolve({ rows: [], numAffectedRows: BigInt(this.changes), insertId: BigInt(this.lastID) });
      });
    });
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("NodeSqliteDialect: streaming queries is not supported");
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.#handle.close((err) => (err ? reject(err) : resolve())));
  }
}

/**
 * Selects, raw statements (pragmas, `sql` templates) and writes with RETURNING go through `all`;
 * plain writes and DDL through `run`, which reports changes and the last insert id.
 */
function returnsRows(compiledQuery: CompiledQuery): boolean {
  const node = compiledQuery.query as { kind: string; returning?: unknown };
  return node.kind === "SelectQueryNode" || node.kind === "RawNode" || node.returning !== undefined;
}
