/**
 * SQLite handles lent one at a time, first asked first served. The dialect keeps one pool holding
 * the single write handle (so in-process writers queue here instead of polling SQLite's busy lock)
 * and one holding the read handles.
 */
import type { CompiledQuery, QueryResult } from "kysely";

/** The part of a node-sqlite3 `Database` the dialect uses. */
export interface SqliteHandle {
  all(sql: string, params: unknown[], callback: (err: Error | null, rows: unknown[]) => void): unknown;
  run(sql: string, params: unknown[], callback: (this: { lastID: number; changes: number }, err: Error | null) => void): unknown;
  close(callback: (err: Error | null) => void): void;
}

interface Waiter {
  resolve: (handle: SqliteHandle) => void;
  timer: NodeJS.Timeout | undefined;
}

export class HandlePool {
  readonly #all: SqliteHandle[];
  readonly #idle: SqliteHandle[];
  readonly #waiting: Waiter[] = [];
  readonly #timeoutMs: number | undefined;
  readonly #name: string;
  #closed = false;

  /**
   * `timeoutMs`: how long `acquire` waits before failing with an SQLITE_BUSY error (default: no
   * limit). A bound turns a caller that waits on a handle it holds itself into an error, not a hang.
   */
  constructor(name: string, handles: readonly SqliteHandle[], timeoutMs?: number) {
    this.#name = name;
    this.#all = [...handles];
    this.#idle = [...handles];
    this.#timeoutMs = timeoutMs;
  }

  acquire(): Promise<SqliteHandle> {
    if (this.#closed) return Promise.reject(new Error(`NodeSqliteDialect: the ${this.#name} connections are closed`));
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, timer: undefined };
      if (this.#timeoutMs !== undefined) {
        const ms = this.#timeoutMs;
        waiter.timer = setTimeout(() => {
          this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
          reject(Object.assign(new Error(`SQLITE_BUSY: waited ${ms} ms for the ${this.#name} connection`), { code: "SQLITE_BUSY" }));
        }, ms);
      }
      this.#waiting.push(waiter);
    });
  }

  release(handle: SqliteHandle): void {
    const next = this.#waiting.shift();
    if (!next) {
      this.#idle.push(handle);
      return;
    }
    clearTimeout(next.timer);
    next.resolve(handle);
  }

  /** Waits until every handle is back, so none is mid-statement, then closes them all. */
  async close(): Promise<void> {
    this.#closed = true;
    const held: SqliteHandle[] = [];
    // Without the time limit: closing waits for the longest transaction, however long.
    while (held.length < this.#all.length) {
      held.push(this.#idle.pop() ?? (await new Promise<SqliteHandle>((resolve) => this.#waiting.push({ resolve, timer: undefined }))));
    }
    await Promise.all(held.map((handle) => new Promise<void>((resolve, reject) => handle.close((err) => (err ? reject(err) : resolve())))));
    this.#all.length = 0;
  }
}

/**
 * Runs one statement. Selects, raw statements (pragmas, `sql` templates) and writes with RETURNING
 * go through `all`; plain writes and DDL through `run`, which reports changes and the last insert
 * id. Driver errors, SQLITE_BUSY included, reject unchanged.
 */
export function runOn<R>(handle: SqliteHandle, query: CompiledQuery): Promise<QueryResult<R>> {
  const params = [...query.parameters];
  const node = query.query as { kind: string; returning?: unknown };
  if (node.kind === "SelectQueryNode" || node.kind === "RawNode" || node.returning !== undefined) {
    return new Promise((resolve, reject) => {
      handle.all(query.sql, params, (err, rows) => (err ? reject(err) : resolve({ rows: rows as R[] })));
    });
  }
  return new Promise((resolve, reject) => {
    handle.run(query.sql, params, function (err) {
      if (err) reject(err);
      else resolve({ rows: [], numAffectedRows: BigInt(this.changes), insertId: BigInt(this.lastID) });
    });
  });
}
