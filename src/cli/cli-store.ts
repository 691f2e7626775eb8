/**
 * Which store a command line opens: `--db PATH` is a SQLite file; otherwise `--database-url URL`,
 * else `DATABASE_URL` (read through `loadDatabaseConfig`), selects PostgreSQL; with neither,
 * SQLite at the command's default path. `DATABASE_POOL_SIZE` sizes the pool.
 */
import { loadDatabaseConfig } from "../config.ts";
import { openStore, type Store, type StoreTarget } from "../store/db.ts";
import { redactUrl } from "../store/database-url.ts";

export { STORE_OPTIONS } from "./store-options.ts";

export function cliStoreTarget(
  values: { db?: string; "database-url"?: string },
  env: Record<string, string | undefined>,
  defaultPath: string,
): StoreTarget {
  const config = loadDatabaseConfig({ ...env, ...(values["database-url"] !== undefined ? { DATABASE_URL: values["database-url"] } : {}) });
  if (values.db !== undefined) return { databaseUrl: null, databasePath: values.db };
  return { databaseUrl: config.databaseUrl, databasePath: defaultPath, databasePoolSize: config.databasePoolSize };
}

export function openCliStore(target: StoreTarget): Promise<Store> {
  return openStore(target);
}

/** Where the store is, for messages: the path as given, or the URL with its password masked. */
export function storeLabel(target: StoreTarget): string {
  return target.databaseUrl === null ? target.databasePath : redactUrl(target.databaseUrl);
}
