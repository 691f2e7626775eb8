/**
 * Reading one report file with its optional sidecar `<file>.meta.json` (url, title, agency, year,
 * published), and the content hash that tells whether it changed: sha256 of the bytes and the
 * sidecar's bytes.
 */
import { createHash } from "node:crypto";
import { readFile as readFileWithCallback, stat as statWithCallback } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import type { SourceMeta } from "../domain/report.ts";
import { sidecarPath } from "./scan-paths.ts";

export interface SourceFile {
  path: string;
  name: string;
  bytes: Uint8Array;
  meta: SourceMeta | undefined;
  contentHash: string;
  /** The file's stat stamp taken before it was read (see `fileStamp`), when the loader took one. */
  statStamp?: string;
}

// The callback forms: fs/promises goes through a file handle and a promise per step, about twice
// the CPU for a small file, which a load of thousands of files spends on its one thread.
const readFile = promisify(readFileWithCallback);
const stat = promisify(statWithCallback);

/** What a stamp holds for a sidecar that is not there. */
const NO_SIDECAR = "-";

/**
 * Size, mtime, ctime and inode of `file` and of its sidecar (or "-" without one; not looked for
 * with `sidecar: false`, when a directory listing just taken holds none): a file whose stamp
 * equals the stored one is taken as unchanged without being read. ctime and the inode change on
 * any write or rename, also one that keeps the size and sets the mtime back.
 */
export async function fileStamp(file: string, options: { sidecar?: boolean } = {}): Promise<string> {
  const one = async (p: string): Promise<string> => {
    try {
      const s = await stat(p, { bigint: true });
      return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return NO_SIDECAR;
      throw error;
    }
  };
  return `${await one(file)}|${options.sidecar === false ? NO_SIDECAR : await one(sidecarPath(file))}`;
}

/** Whether the file had a sidecar when `stamp` (a `fileStamp`) was taken. */
export function stampHasSidecar(stamp: string): boolean {
  return !stamp.endsWith(`|${NO_SIDECAR}`);
}

const sidecarSchema = z.object({
  url: z.string().optional(),
  title: z.string().optional(),
  agency: z.string().optional(),
  year: z.number().int().optional(),
  published: z.string().optional(),
});

/**
 * Reads `file` and its sidecar (not looked for with `sidecar: false`, when a stamp just taken
 * found none); throws an Error saying what is wrong when either cannot be read.
 */
export async function readSource(file: string, options: { sidecar?: boolean } = {}): Promise<SourceFile> {
  const bytes = new Uint8Array(await readFile(file));
  const sidecar = options.sidecar === false ? null : await readSidecar(sidecarPath(file));
  const hash = createHash("sha256").update(bytes);
  if (sidecar) hash.update("\0sidecar\0").update(sidecar.bytes);
  return { path: file, name: path.basename(file), bytes, meta: sidecar?.meta, contentHash: hash.digest("hex") };
}

// How a sidecar field's expected type is named in the load summary.
const EXPECTED: Record<string, string> = { number: "数字", string: "文字", object: "对象" };

async function readSidecar(file: string): Promise<{ bytes: Uint8Array; meta: SourceMeta } | null> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new Error(`${path.basename(file)} 不是有效的 JSON`, { cause: error });
  }
  const parsed = sidecarSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const expected = issue?.code === "invalid_type" ? `，应为${EXPECTED[issue.expected] ?? issue.expected}` : "";
    throw new Error(`${path.basename(file)} 中的“${issue?.path.join(".") ?? ""}”不合要求${expected}`);
  }
  return { bytes, meta: parsed.data };
}
