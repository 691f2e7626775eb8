/**
 * Loading report files from disk into the store. A file whose size, times and inode (and its
 * sidecar's) are those stored is skipped unread; others are hashed and compared with what the store
 * holds (an unchanged hash only records the new stamp); only new and changed ones are parsed, and they are written in bounded batches (see
 * `PendingBatch`), each one transaction that also bumps the catalogue version when it changed a
 * report. A file's old reports give way to its new ones in one commit, so answers read either
 * version of a file, never half of one, and other writes wait at most one batch. Files gone from
 * a full reload's directories are removed in the last batches. A file that cannot be read or
 * parsed (or that the store refuses) is reported and skipped: its previous version stays, and a
 * new one is recorded as failed. A store error stops the load and is thrown; the batches already
 * committed stay, and the next load picks up from there. Loads started while one runs wait for it.
 * A load ends by saving the catalogue snapshot of the version it reached (see `catalog-listing.ts`).
 * With a parse pool, up to a batch of files (`BATCH_LIMITS.files`, or more when the pool holds
 * more) is read and parsed ahead, in file order, fewer once the files read ahead hold
 * `AHEAD_BYTES`; files go on being parsed into the next batch while one is written (at most one
 * batch is written at a time), so the threads never wait for a write. Parsing inline reads one
 * file at a time and waits for each write.
 */
import path from "node:path";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { ParsedFile } from "../domain/report.ts";
import type { Store } from "../store/db.ts";
import { saveCatalogSnapshot } from "../store/catalog-listing.ts";
import { writeFileBatch } from "../store/file-batch.writer.ts";
import type { WrittenReport } from "../store/report-writer.ts";
import { listStoredFiles, type StoredFileState } from "../store/source-file.repository.ts";
import { readCorpusStats, readIdentityStats, readWarningLeaders } from "../store/stats.repository.ts";
import type { IngestSummary } from "./ingest-summary.ts";
import { BATCH_LIMITS, PendingBatch } from "./pending-batch.ts";
import { inlineParser, PoolClosedError, type Parser } from "./parse-pool.ts";
import { fileStamp, readSource, stampHasSidecar, type SourceFile } from "./read-source.ts";
import { describe, scanPaths } from "./scan-paths.ts";

export interface IngestOptions {
  /** Remove stored files that are gone from the given directories (a full reload). */
  removeMissing: boolean;
  /** Called after each file is read (and parsed, when it changed). */
  onProgress?: (progress: { done: number; total: number; path: string }) => void;
  /** Called after each write transaction commits, with its files (written, failed, removed) and how long it held the lock. */
  onBatch?: (batch: { files: number; lockMs: number }) => void;
  /** Where files are parsed (default: on the calling thread; give a `createParsePool()` to keep the event loop free). */
  parser?: Parser;
}

/**
 * Stored files deleted per transaction. A removal cascades to every row of the file's reports:
 * 200 synthetic files (about 40 rows each) took 25–70 ms here, and a template report has about
 * 300 rows, so 100 keeps a removal batch near a write batch's length.
 */
const REMOVALS_PER_BATCH = 100;

/** Bytes of files read ahead (read, not yet taken into a batch) past which no further file is started. */
const AHEAD_BYTES = 32_000_000;

/** The load running on each store: loads in one process run one after another, each seeing the last one's result. */
const running = new WeakMap<Store, Promise<unknown>>();

export function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const previous = running.get(store) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => ingestNow(store, paths, options));
  running.set(store, next);
  return next;
}

async function ingestNow(store: Store, paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const scan = await scanPaths(paths);
  const stored = await listStoredFiles(store.db);
  const at = new Date().toISOString();
  const failed: IngestSummary["failed"] = [...scan.unreadable];
  const addedReports: WrittenReport[] = [];
  const counts = { unchanged: 0, added: 0, changed: 0, removed: 0 };

  let pending = new PendingBatch(at);
  const write = async (batch: PendingBatch, removals: readonly string[]): Promise<void> => {
    const outcome = await writeFileBatch(store.db, batch.toFileBatch(removals));
    for (const { path: written, reports } of outcome.written) {
      if (batch.isNew(written)) counts.added++;
      else counts.changed++;
      addedReports.push(...reports);
    }
    failed.push(...outcome.refused);
    counts.removed += outcome.removed;
    options.onBatch?.({ files: batch.size + removals.length, lockMs: outcome.lockMs });
  };
  // The batch being written while the next one fills: parsing goes on during a write, and a
  // batch starts only after the one before it committed, so batches commit in file order.
  let writing: Promise<void> = Promise.resolve();
  const flush = async (removals: readonly string[] = []): Promise<void> => {
    await writing;
    const batch = pending;
    pending = new PendingBatch(at);
    writing = write(batch, removals);
    // A failed write is thrown by the next `await writing`, not reported as unhandled meanwhile.
    writing.catch(() => undefined);
  };

  const parser = options.parser ?? inlineParser;
  const ahead = parser === inlineParser ? 1 : Math.max(BATCH_LIMITS.files, parser.parallelism);
  const inFlight: Array<Promise<LoadOutcome>> = [];
  const held = { bytes: 0 };
  let bytesParsed = 0;
  let started = 0;
  try {
    for (const [i, file] of scan.files.entries()) {
      while (started < scan.files.length && inFlight.length < ahead && (held.bytes < AHEAD_BYTES || inFlight.length === 0)) {
        const next = scan.files[started++]!;
        const loading = loadOne(next, stored.get(next), !scan.withoutSidecar.has(next), parser, held);
        // A load stopped by a closing pool leaves files read ahead that nobody awaits.
        loading.catch(() => undefined);
        inFlight.push(loading);
      }
      const outcome = await inFlight.shift()!;
      if (outcome.kind !== "unchanged" && outcome.source) {
        held.bytes -= outcome.source.bytes.length;
        bytesParsed += outcome.source.bytes.length;
      }
      if (outcome.kind === "unchanged") {
        counts.unchanged++;
        if (outcome.restamp) pending.addRestamp(file, outcome.restamp);
      }
      else if (outcome.kind === "parsed") pending.addVersion(outcome.source, outcome.parsed, outcome.isNew);
      else {
        failed.push({ path: file, reason: outcome.reason });
        if (outcome.source) pending.addFailure(outcome.source, outcome.reason);
      }
      options.onProgress?.({ done: i + 1, total: scan.files.length, path: file });
      if (pending.isFull) await flush();
      if (parser === inlineParser) {
        // Inline parsing holds this thread: parsing during a write would hold up the other
        // writers waiting to follow it, so the batch commits first. Let queued answers run between files.
        await writing;
        await yieldToEventLoop();
      }
    }
    const seen = new Set(scan.files);
    const missing = options.removeMissing
      ? [...stored.keys()].filter((p) => !seen.has(p) && scan.directories.some((d) => p.startsWith(d + path.sep)))
      : [];
    if (!pending.isEmpty || missing.length > 0) await flush(missing.slice(0, REMOVALS_PER_BATCH));
    for (let i = REMOVALS_PER_BATCH; i < missing.length; i += REMOVALS_PER_BATCH) await flush(missing.slice(i, i + REMOVALS_PER_BATCH));
    await writing;
  } finally {
    // A load that stops early still lets the write it started finish before the next load begins.
    await writing.catch(() => undefined);
  }
  // Once per load, not per batch: at 100k reports taking the snapshot costs about half a second.
  await saveCatalogSnapshot(store.db);

  const [stats, worst, identity] = await Promise.all([readCorpusStats(store.db), readWarningLeaders(store.db, 5), readIdentityStats(store.db, 20)]);
  return {
    files: scan.files.length,
    bytesParsed,
    ...counts,
    failed,
    reports: stats.reports,
    figures: stats.figures,
    warnings: stats.warnings,
    unreadRows: stats.unreadRows,
    worst,
    identity,
    addedReports,
  };
}

type LoadOutcome =
  /** `restamp`: the file's new stat stamp, when it differs from the stored one but the content does not. */
  | { kind: "unchanged"; restamp?: string }
  | { kind: "parsed"; source: SourceFile; parsed: ParsedFile; isNew: boolean }
  | { kind: "failed"; reason: string; source: SourceFile | null };

/**
 * `held.bytes` counts the bytes of the file once read, until the load takes its outcome;
 * `sidecar` is false when the directory listing holds no sidecar for it.
 */
async function loadOne(file: string, previous: StoredFileState | undefined, sidecar: boolean, parser: Parser, held: { bytes: number }): Promise<LoadOutcome> {
  let source: SourceFile;
  try {
    // One stat less for a file whose listing showed no sidecar: a load of thousands of files spends them on its one thread.
    const statStamp = await fileStamp(file, { sidecar });
    // Same size, times and inode as when the stored version was read: not read again.
    if (previous && previous.error === null && previous.statStamp === statStamp) return { kind: "unchanged" };
    source = { ...(await readSource(file, { sidecar: stampHasSidecar(statStamp) })), statStamp };
  } catch (error) {
    return { kind: "failed", reason: describe(error), source: null };
  }
  // A file whose last attempt failed is tried again even when unchanged: the parser may have improved.
  if (previous && previous.contentHash === source.contentHash && previous.error === null) return { kind: "unchanged", restamp: source.statStamp! };
  held.bytes += source.bytes.length;
  try {
    const parsed = await parser.parse({ bytes: source.bytes, name: source.name, ...(source.meta ? { meta: source.meta } : {}) });
    if (parsed.reports.length === 0) return { kind: "failed", reason: "文件中没有找到年报", source };
    return { kind: "parsed", source, parsed, isNew: !previous?.hasVersion };
  } catch (error) {
    if (error instanceof PoolClosedError) throw error;
    // Any parser failure, expected (IngestError) or not, costs only this file.
    return { kind: "failed", reason: describe(error), source };
  }
}
