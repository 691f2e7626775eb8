/**
 * Writing one batch of a load in one transaction: new versions of files (each replacing the
 * file's reports, sections, passages, figures and warnings), failed attempts, and files gone
 * from the corpus. When SQLite refuses a version (a constraint the parsed data breaks), the
 * batch is written again with each version in a savepoint of its own, so only that file is
 * recorded as failed (keeping its previous version) and the rest commits; the first try goes
 * without savepoints, which cost two statements a file. Errors of the store itself (busy, I/O,
 * disk full) roll the batch back and are thrown.
 */
import { sql, type Kysely } from "kysely";
import type { ParsedReport } from "../domain/report.ts";
import { bumpCatalogVersion } from "./catalog-version.ts";
import { isDataError } from "./dialect.ts";
import { replaceFilesReports, type WrittenReport } from "./report-writer.ts";
import type { Schema } from "./schema.ts";
import { deleteSourceFiles, recordFileFailure, restampSourceFiles, saveSourceFiles, type SourceFileVersion } from "./source-file.repository.ts";

export interface FileBatch {
  versions: ReadonlyArray<{ file: SourceFileVersion; reports: readonly ParsedReport[] }>;
  failures: ReadonlyArray<{ path: string; name: string; contentHash: string; reason: string }>;
  /** Paths of stored files to delete with their reports. */
  removals: readonly string[];
  /** New stat stamps of stored files whose content is unchanged (default none). */
  restamps?: ReadonlyArray<{ path: string; statStamp: string }>;
  /** When the attempt happened (ISO), for failures. */
  at: string;
}

export interface BatchOutcome {
  /** Files whose new version was written, in batch order, with their reports' new ids. */
  written: Array<{ path: string; reports: WrittenReport[] }>;
  /** Versions SQLite refused, recorded as failures. */
  refused: Array<{ path: string; reason: string }>;
  removed: number;
  /** The catalogue version after the batch, or null when the batch changed no report. */
  catalogVersion: number | null;
  /** How long the transaction held the write lock, from `begin` to `commit`, in ms. */
  lockMs: number;
}

export async function writeFileBatch(db: Kysely<Schema>, batch: FileBatch): Promise<BatchOutcome> {
  try {
    return await writeInTransaction(db, batch, false);
  } catch (error) {
    if (!isDataError(error)) throw error;
    return writeInTransaction(db, batch, true);
  }
}

/** Saves the files' new versions and replaces their reports, a few statements for all of them. */
async function writeVersions(trx: Kysely<Schema>, versions: FileBatch["versions"]): Promise<BatchOutcome["written"]> {
  const ids = await saveSourceFiles(trx, versions.map((v) => v.file));
  const reports = await replaceFilesReports(trx, versions.map((v) => ({ fileId: ids.get(v.file.path)!, reports: v.reports })));
  return versions.map((v, i) => ({ path: v.file.path, reports: reports[i]! }));
}

async function writeInTransaction(db: Kysely<Schema>, batch: FileBatch, isolate: boolean): Promise<BatchOutcome> {
  let began = 0;
  const outcome = await db.transaction().execute(async (trx): Promise<BatchOutcome> => {
    began = performance.now();
    const written: BatchOutcome["written"] = [];
    const refused: BatchOutcome["refused"] = [];
    if (!isolate) written.push(...(await writeVersions(trx, batch.versions)));
    for (const version of isolate ? batch.versions : []) {
      const { file } = version;
      await sql`savepoint file_version`.execute(trx);
      try {
        written.push(...(await writeVersions(trx, [version])));
      } catch (error) {
        if (!isDataError(error)) throw error;
        await sql`rollback to file_version`.execute(trx);
        const reason = `store refused the file: ${(error as Error).message}`;
        refused.push({ path: file.path, reason });
        await recordFileFailure(trx, { path: file.path, name: file.name, contentHash: file.contentHash, reason, at: batch.at });
      }
      await sql`release file_version`.execute(trx);
    }
    for (const failure of batch.failures) await recordFileFailure(trx, { ...failure, at: batch.at });
    await restampSourceFiles(trx, batch.restamps ?? []);
    const removed = await deleteSourceFiles(trx, batch.removals);
    const catalogVersion = written.length > 0 || removed > 0 ? await bumpCatalogVersion(trx) : null;
    return { written, refused, removed, catalogVersion, lockMs: 0 };
  });
  outcome.lockMs = performance.now() - began;
  return outcome;
}
