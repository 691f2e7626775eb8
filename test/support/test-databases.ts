/**
 * The databases store tests run on: SQLite always, PostgreSQL when the server at
 * `TEST_POSTGRES_URL` (default postgres://postgres@127.0.0.1:5432/postgres) answers. In CI
 * (`CI=true`) an unreachable server fails the run instead of quietly dropping half the tests.
 * Each PostgreSQL test store is a database of its own with a random name, dropped after.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { it } from "vitest";
import type { StoreDialect } from "../../src/store/dialect.ts";

export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const unreachable = await reachable();
if (unreachable !== null && process.env.CI === "true") {
  throw new Error(`PostgreSQL at ${ADMIN_URL} is unreachable in CI: ${unreachable}`);
}

/** The dialects to run a store test on. */
export const DIALECTS: readonly StoreDialect[] = unreachable === null ? ["sqlite", "postgres"] : ["sqlite"];

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database; returns its URL and how to drop it (closing any connection left). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `nianbao_test_${randomBytes(6).toString("hex")}`;
  await admin((client) => client.query(`create database ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(async (client) => void (await client.query(`drop database if exists ${name} with (force)`))),
  };
}

/** `it` for a test about one database only: registered when `dialect` is `wanted`, absent (not skipped) otherwise. */
export function itOn(dialect: StoreDialect, wanted: StoreDialect): typeof it {
  return dialect === wanted ? it : ((() => undefined) as unknown as typeof it);
}
