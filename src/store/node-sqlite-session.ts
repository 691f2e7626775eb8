/**
 * What Kysely sees as a connection: a session that sends each statement to the right SQLite
 * handle. Reads go to a read handle and writes to the single write handle, each borrowed for one
 * statement; a transaction holds the write handle from `begin immediate` to its end, so
 * in-process writers take turns in order and reads never wait for them. Raw SQL is routed by its
 * first words: `begin` (deferred) holds a read handle until `commit` or `rollback`, so a few reads
 * share one snapshot; `pragma name = value` holds the write handle until the session ends, so the
 * setting applies to the writes that follow on it.
 */
import { CompiledQuery, type DatabaseConnection, type QueryResult } from "kysely";
import { runOn, type HandlePool, type SqliteHandle } from "./sqlite-handle-pool.ts";

interface Pin {
  handle: SqliteHandle;
  pool: HandlePool;
  /** What ends the hold: a Kysely transaction's end, a raw commit/rollback, or the session's end. */
  until: "transaction" | "commit" | "release";
}

type Route = "read" | "write" | "read-transaction" | "write-transaction" | "write-session";

export class NodeSqliteSession implements DatabaseConnection {
  readonly #writer: HandlePool;
  readonly #readers: HandlePool;
  #pin: Pin | null = null;

  constructor(writer: HandlePool, readers: HandlePool) {
    this.#writer = writer;
    this.#readers = readers;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.#pin) {
      const pin = this.#pin;
      if (pin.until !== "commit" || !ENDS_TRANSACTION.test(query.sql)) return runOn<R>(pin.handle, query);
      try {
        return await runOn<R>(pin.handle, query);
      } catch (error) {
        // The handle goes back to the pool: it must not carry this session's transaction along.
        await runOn(pin.handle, CompiledQuery.raw("rollback")).catch(() => undefined);
        throw error;
      } finally {
        this.#unpin();
      }
    }
    const route = routeOf(query);
    if (route === "read" || route === "write") {
      const pool = route === "read" ? this.#readers : this.#writer;
      const handle = await pool.acquire();
      try {
        return await runOn<R>(handle, query);
      } finally {
        pool.release(handle);
      }
    }
    const pool = route === "read-transaction" ? this.#readers : this.#writer;
    const pin = await this.#hold(pool, route === "write-session" ? "release" : "commit");
    try {
      return await runOn<R>(pin.handle, query);
    } catch (error) {
      if (route !== "write-session") this.#unpin();
      throw error;
    }
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("NodeSqliteDialect: streaming queries is not supported");
  }

  /** Starts a Kysely transaction on the write handle; IMMEDIATE takes SQLite's write lock up front. */
  async begin(): Promise<void> {
    if (this.#pin && this.#pin.pool !== this.#writer) throw new Error("NodeSqliteDialect: a write transaction cannot start inside a read transaction");
    const held = this.#pin ?? (await this.#hold(this.#writer, "transaction"));
    try {
      await runOn(held.handle, CompiledQuery.raw("begin immediate"));
    } catch (error) {
      if (held.until === "transaction") this.#unpin();
      throw error;
    }
  }

  async commit(): Promise<void> {
    // A failed commit leaves the transaction open: Kysely rolls it back next, and that ends the hold.
    await runOn(this.#pinned().handle, CompiledQuery.raw("commit"));
    if (this.#pin?.until === "transaction") this.#unpin();
  }

  async rollback(): Promise<void> {
    try {
      await runOn(this.#pinned().handle, CompiledQuery.raw("rollback"));
    } finally {
      if (this.#pin?.until === "transaction") this.#unpin();
    }
  }

  /** Called when Kysely gives the session back: a handle still held goes back to its pool. */
  release(): void {
    if (this.#pin) this.#unpin();
  }

  async #hold(pool: HandlePool, until: Pin["until"]): Promise<Pin> {
    const handle = await pool.acquire();
    this.#pin = { handle, pool, until };
    return this.#pin;
  }

  #pinned(): Pin {
    if (!this.#pin) throw new Error("NodeSqliteDialect: no transaction is open on this connection");
    return this.#pin;
  }

  #unpin(): void {
    const pin = this.#pin!;
    this.#pin = null;
    pin.pool.release(pin.handle);
  }
}

const ENDS_TRANSACTION = /^\s*(commit|end|rollback(?!\s+(transaction\s+)?to\b))\b/i;

function routeOf(query: CompiledQuery): Route {
  const kind = (query.query as { kind: string }).kind;
  if (kind === "SelectQueryNode") return "read";
  if (kind !== "RawNode") return "write";
  const text = query.sql;
  if (/^\s*(select|explain)\b/i.test(text)) return "read";
  if (/^\s*begin\s+(immediate|exclusive)\b/i.test(text)) return "write-transaction";
  if (/^\s*begin\b/i.test(text)) return "read-transaction";
  if (/^\s*pragma\s+[\w.]+\s*=/i.test(text)) return "write-session";
  return "write";
}
