/**
 * Loading report files from disk into the store. Files are hashed and compared with what the store
 * holds; only new and changed ones are parsed, and every change is written in one transaction at
 * the end, so answers read the previous corpus until the new one is committed. A file that cannot
 * be read or parsed is reported and skipped: its previous version stays, and a new one is recorded
 * as failed. Loads started while one runs wait for it.
 */
import path from "node:path";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { ParsedFile } from "../domain/report.ts";
import { parseFile } from "../ingest/parse-file.ts";
import { bumpCatalogVersion } from "../store/catalog-version.ts";
import type { Store } from "../store/db.ts";
import { replaceReports, type WrittenReport } from "../store/report-writer.ts";
import {
  deleteSourceFiles,
  listStoredFiles,
  recordFileFailure,
  saveSourceFile,
  type StoredFileState,
} from "../store/source-file.repository.ts";
import { readCorpusStats, readWarningLeaders } from "../store/stats.repository.ts";
import type { IngestSummary } from "./ingest-summary.ts";
import { readSource, type SourceFile } from "./read-source.ts";
import { describe, scanPaths } from "./scan-paths.ts";

export interface IngestOptions {
  /** Remove stored files that are gone from the given directories (a full reload). */
  removeMissing: boolean;
  /** Called after each file is read (and parsed, when it changed). */
  onProgress?: (progress: { done: number; total: number; path: string }) => void;
}

interface ParsedSource {
  source: SourceFile;
  parsed: ParsedFile;
  isNew: boolean;
}

interface FailedSource {
  source: SourceFile;
  reason: string;
}

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
  const failed: IngestSummary["failed"] = [...scan.unreadable];
  const parsed: ParsedSource[] = [];
  const failedSources: FailedSource[] = [];
  let unchanged = 0;
  for (const [i, file] of scan.files.entries()) {
    const outcome = await loadOne(file, stored.get(file));
    if (outcome.kind === "unchanged") unchanged++;
    else if (outcome.kind === "parsed") parsed.push(outcome.value);
    else {
      failed.push({ path: file, reason: outcome.reason });
      if (outcome.source) failedSources.push({ source: outcome.source, reason: outcome.reason });
    }
    options.onProgress?.({ done: i + 1, total: scan.files.length, path: file });
    // Parsing is synchronous: let queued answers run between files.
    await yieldToEventLoop();
  }
  const seen = new Set(scan.files);
  const missing = options.removeMissing
    ? [...stored.keys()].filter((p) => !seen.has(p) && scan.directories.some((d) => p.startsWith(d + path.sep)))
    : [];

  const addedReports: WrittenReport[] = [];
  let removed = 0;
  if (parsed.length > 0 || failedSources.length > 0 || missing.length > 0) {
    const at = new Date().toISOString();
    await store.db.transaction().execute(async (trx) => {
      for (const { source, parsed: file } of parsed) {
        const fileId = await saveSourceFile(trx, {
          path: source.path,
          name: source.name,
          contentHash: source.contentHash,
          url: source.meta?.url ?? null,
          encoding: file.encoding,
          originalText: file.original,
          ingestedAt: at,
        });
        addedReports.push(...(await replaceReports(trx, fileId, file.reports)));
      }
      for (const { source, reason } of failedSources) {
        await recordFileFailure(trx, { path: source.path, name: source.name, contentHash: source.contentHash, reason, at });
      }
      removed = await deleteSourceFiles(trx, missing);
      if (parsed.length > 0 || removed > 0) await bumpCatalogVersion(trx);
    });
  }

  const [stats, worst] = await Promise.all([readCorpusStats(store.db), readWarningLeaders(store.db, 5)]);
  const added = parsed.filter((p) => p.isNew).length;
  return {
    files: scan.files.length,
    unchanged,
    added,
    changed: parsed.length - added,
    removed,
    failed,
    reports: stats.reports,
    figures: stats.figures,
    warnings: stats.warnings,
    worst,
    addedReports,
  };
}

type LoadOutcome =
  | { kind: "unchanged" }
  | { kind: "parsed"; value: ParsedSource }
  | { kind: "failed"; reason: string; source: SourceFile | null };

async function loadOne(file: string, previous: StoredFileState | undefined): Promise<LoadOutcome> {
  let source: SourceFile;
  try {
    source = await readSource(file);
  } catch (error) {
    return { kind: "failed", reason: describe(error), source: null };
  }
  // A file whose last attempt failed is tried again even when unchanged: the parser may have improved.
  if (previous && previous.contentHash === source.contentHash && previous.error === null) return { kind: "unchanged" };
  try {
    const file = parseFile({ bytes: source.bytes, name: source.name, meta: source.meta });
    if (file.reports.length === 0) return { kind: "failed", reason: "no report found in the file", source };
    return { kind: "parsed", value: { source, parsed: file, isNew: !previous?.hasVersion } };
  } catch (error) {
    // Any parser failure, expected (IngestError) or not, costs only this file.
    return { kind: "failed", reason: describe(error), source };
  }
}
