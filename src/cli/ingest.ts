/**
 * `npm run ingest -- [--db PATH] [--keep-missing] [--threads N] <path>...`: loads report files and directories
 * into the store (default `var/nianbao.sqlite`, or PostgreSQL with `--database-url` or
 * `DATABASE_URL`) and prints what it did. Stored files gone from the
 * given directories are removed unless `--keep-missing`. Exits non-zero only when nothing could be
 * ingested or the database is unusable. Files are parsed in worker threads: one per core but the
 * one this thread needs to read, hash and write the files (at least one), or `--threads N`.
 */
import { parseArgs } from "node:util";
import { createParsePool, loadThreads, type Parser } from "../corpus/parse-pool.ts";
import type { Store } from "../store/db.ts";
import { STORE_OPTIONS } from "./store-options.ts";

const USAGE = "usage: npm run ingest -- [--db PATH | --database-url URL] [--keep-missing] [--threads N] <path>...";

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: {
    ...STORE_OPTIONS,
    "keep-missing": { type: "boolean", default: false },
    threads: { type: "string" },
  },
  allowPositionals: true,
});

const threads = values.threads === undefined ? loadThreads() : Number(values.threads);

if (positionals.length === 0 || !Number.isInteger(threads) || threads < 1) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  // The parse threads start first and load the parser while this thread loads the store's
  // modules, opens the store and lists the files.
  const parser = createParsePool({ eager: true, threads, youngGenerationMb: 96, readsText: true });
  try {
    process.exitCode = await ingest(parser);
  } finally {
    await parser.close();
  }
}

async function ingest(parser: Parser): Promise<number> {
  const [{ ingestPaths }, { formatIngestSummary }, { cliStoreTarget, openCliStore, storeLabel }] = await Promise.all([
    import("../corpus/ingest-paths.ts"),
    import("../corpus/ingest-summary.ts"),
    import("./cli-store.ts"),
  ]);
  const target = cliStoreTarget(values, process.env, "var/nianbao.sqlite");
  let store: Store;
  try {
    store = await openCliStore(target);
  } catch (error) {
    console.error(`cannot open the database ${storeLabel(target)}: ${describeWithCause(error)}`);
    return 1;
  }
  try {
    const started = performance.now();
    const summary = await ingestPaths(store, positionals, {
      removeMissing: !values["keep-missing"],
      parser,
      onProgress: ({ done, total }) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${done}/${total}`);
      },
    });
    if (process.stderr.isTTY) process.stderr.write("\n");
    console.log(formatIngestSummary(summary, (performance.now() - started) / 1000));
    const stored = summary.added + summary.changed + summary.unchanged;
    return stored === 0 ? 1 : 0;
  } catch (error) {
    console.error(`ingest failed: ${describeWithCause(error)}`);
    return 1;
  } finally {
    await store.close();
  }
}

function describeWithCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}
