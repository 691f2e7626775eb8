/**
 * The files a load has parsed but not yet written, up to the bound of one write transaction:
 * at most 32 files, 2,000 rows (reports, sections, passages, figures, warnings) and 4 million
 * characters of original text, whichever comes first; a single file over a bound is a batch of
 * its own. Writes cost 45–65 µs a row on the bench machine, so a batch holds SQLite's write lock
 * for about 50 ms (under 0.4 s at worst in the 100,000-report `bench:store`): other writes (chat
 * state, update claims, send log) wait that long at most, far inside the busy timeout, and a load
 * keeps at most one batch of parsed data in memory. Batches of 8 files took up to a quarter
 * longer in total than batches of 32.
 */
import type { ParsedFile } from "../domain/report.ts";
import type { FileBatch } from "../store/file-batch.writer.ts";
import type { SourceFile } from "./read-source.ts";

export const BATCH_LIMITS = { files: 32, rows: 2_000, textChars: 4_000_000, restamps: 500 } as const;

export class PendingBatch {
  readonly #versions: Array<FileBatch["versions"][number]> = [];
  readonly #failures: Array<FileBatch["failures"][number]> = [];
  readonly #restamps: Array<{ path: string; statStamp: string }> = [];
  /** Paths of the versions whose file had no stored version before (added, not changed). */
  readonly #newPaths = new Set<string>();
  #rows = 0;
  #chars = 0;
  readonly #at: string;

  /** `at`: when the load started (ISO), recorded on every version and failure. */
  constructor(at: string) {
    this.#at = at;
  }

  /** Takes a parsed version; only what the store keeps is held, not the file's bytes. */
  addVersion(source: SourceFile, parsed: ParsedFile, isNew: boolean): void {
    this.#versions.push({
      file: {
        path: source.path,
        name: source.name,
        contentHash: source.contentHash,
        url: source.meta?.url ?? null,
        encoding: parsed.encoding,
        originalText: parsed.original,
        ingestedAt: this.#at,
        statStamp: source.statStamp ?? null,
      },
      reports: parsed.reports,
    });
    if (isNew) this.#newPaths.add(source.path);
    for (const r of parsed.reports) this.#rows += 1 + r.sections.length + r.passages.length + r.figures.length + r.warnings.length;
    this.#chars += parsed.original.length;
  }

  addFailure(source: SourceFile, reason: string): void {
    this.#failures.push({ path: source.path, name: source.name, contentHash: source.contentHash, reason });
  }

  /** Takes the new stat stamp of a stored file whose content turned out unchanged. */
  addRestamp(path: string, statStamp: string): void {
    this.#restamps.push({ path, statStamp });
  }

  /** Files in the batch, written or failed. */
  get size(): number {
    return this.#versions.length + this.#failures.length;
  }

  get isEmpty(): boolean {
    return this.#versions.length === 0 && this.#failures.length === 0 && this.#restamps.length === 0;
  }

  get isFull(): boolean {
    return (
      this.size >= BATCH_LIMITS.files ||
      this.#restamps.length >= BATCH_LIMITS.restamps ||
      this.#rows >= BATCH_LIMITS.rows ||
      this.#chars >= BATCH_LIMITS.textChars
    );
  }

  /** Whether the version written for `path` is a file's first. */
  isNew(path: string): boolean {
    return this.#newPaths.has(path);
  }

  toFileBatch(removals: readonly string[] = []): FileBatch {
    return { versions: this.#versions, failures: this.#failures, removals, restamps: this.#restamps, at: this.#at };
  }
}
