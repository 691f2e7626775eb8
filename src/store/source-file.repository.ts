/** The `source_files` rows: which version of each file the store holds, and which failed. */
import type { Kysely } from "kysely";
import { insertRows } from "./row-insert.ts";
import type { Schema } from "./schema.ts";

/** What the loader compares a file on disk against. */
export interface StoredFileState {
  id: number;
  path: string;
  contentHash: string;
  /** Why the last attempt failed, or null. */
  error: string | null;
  /** Whether a parsed version (text and reports) is stored; false for a file that never parsed. */
  hasVersion: boolean;
  /** The file's stat stamp when its hash was taken (see `fileStamp`), or null. */
  statStamp: string | null;
}

/** A successfully parsed version of a file. */
export interface SourceFileVersion {
  path: string;
  name: string;
  contentHash: string;
  url: string | null;
  encoding: string;
  originalText: string;
  ingestedAt: string;
  /** The file's stat stamp when it was read (default null: unknown). */
  statStamp?: string | null;
}

export async function listStoredFiles(db: Kysely<Schema>): Promise<Map<string, StoredFileState>> {
  const rows = await db
    .selectFrom("source_files")
    .select((eb) => ["id", "path", "content_hash", "error", "stat_stamp", eb("original_text", "is not", null).as("has_version")])
    .execute();
  return new Map(
    rows.map((r) => [
      r.path,
      {
        id: r.id,
        path: r.path,
        contentHash: r.content_hash,
        error: r.error,
        hasVersion: Number(r.has_version) === 1,
        statStamp: r.stat_stamp,
      },
    ]),
  );
}

/** Records a parsed version (inserting or updating by path, clearing any error); returns the file id. */
export async function saveSourceFile(db: Kysely<Schema>, file: SourceFileVersion): Promise<number> {
  return (await saveSourceFiles(db, [file])).get(file.path)!;
}

/** The columns `saveSourceFiles` writes, `path` first: it finds the row, the others are replaced. */
const VERSION_COLUMNS = ["path", "name", "content_hash", "url", "encoding", "ingested_at", "error", "original_text", "stat_stamp"] satisfies Array<
  keyof Schema["source_files"]
>;
const REPLACE_VERSION = `on conflict ("path") do update set ${VERSION_COLUMNS.slice(1).map((c) => `"${c}" = excluded."${c}"`).join(", ")}`;

/** Records parsed versions of several files in one statement (see `saveSourceFile`); returns their ids by path. */
export async function saveSourceFiles(db: Kysely<Schema>, files: readonly SourceFileVersion[]): Promise<Map<string, number>> {
  const rows = files.map((f) => [f.path, f.name, f.contentHash, f.url, f.encoding, f.ingestedAt, null, f.originalText, f.statStamp ?? null]);
  // A few rows, each with the file's whole text: bound as they are rather than sent as JSON.
  const saved = await insertRows<{ id: number; path: string }>(db, "source_files", VERSION_COLUMNS, rows, {
    onConflict: REPLACE_VERSION,
    returning: ["id", "path"],
    bound: true,
  });
  return new Map(saved.map((r) => [r.path, Number(r.id)]));
}

/**
 * Records that the current version of a file failed. A file with a stored version keeps it (and
 * its hash, so the next run tries again); a new one is recorded with no text and no reports.
 */
export async function recordFileFailure(
  db: Kysely<Schema>,
  failure: { path: string; name: string; contentHash: string; reason: string; at: string },
): Promise<void> {
  await db
    .insertInto("source_files")
    .values({
      path: failure.path,
      name: failure.name,
      content_hash: failure.contentHash,
      url: null,
      encoding: null,
      ingested_at: failure.at,
      error: failure.reason,
      original_text: null,
    })
    .onConflict((oc) => oc.column("path").doUpdateSet({ error: failure.reason }))
    .execute();
}

/** Records the stat stamps of files found unchanged by their hash (touched, copied), so the next load skips them unread. */
export async function restampSourceFiles(db: Kysely<Schema>, stamps: ReadonlyArray<{ path: string; statStamp: string }>): Promise<void> {
  for (const { path, statStamp } of stamps) {
    await db.updateTable("source_files").set({ stat_stamp: statStamp }).where("path", "=", path).execute();
  }
}

/** Deletes files by path; their reports go with them. Returns how many were deleted. */
export async function deleteSourceFiles(db: Kysely<Schema>, paths: readonly string[]): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < paths.length; i += 500) {
    const result = await db.deleteFrom("source_files").where("path", "in", paths.slice(i, i + 500)).executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}
