/**
 * Expanding the paths given to a load into report files: directories are walked recursively for
 * `.txt`, `.html`, `.htm` and `.pdf` files (hidden entries skipped); `<file>.meta.json` files are never
 * reports themselves, only sidecars of the file they name.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

const REPORT_FILE = /\.(txt|html?|pdf)$/i;
const SIDECAR_SUFFIX = ".meta.json";

export interface ScanResult {
  /** Absolute paths of report files, sorted. */
  files: string[];
  /** Absolute paths of the directories walked: a full reload removes stored files under them that are gone. */
  directories: string[];
  /** Given paths that could not be read. */
  unreadable: Array<{ path: string; reason: string }>;
  /** Files found in a directory whose listing holds no sidecar for them: a load need not look for one. */
  withoutSidecar: Set<string>;
}

export function isReportFileName(name: string): boolean {
  return REPORT_FILE.test(name) && !name.endsWith(SIDECAR_SUFFIX);
}

export function sidecarPath(file: string): string {
  return file + SIDECAR_SUFFIX;
}

export async function scanPaths(paths: readonly string[]): Promise<ScanResult> {
  const files = new Set<string>();
  const directories: string[] = [];
  const unreadable: ScanResult["unreadable"] = [];
  const withoutSidecar = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(given);
    try {
      const info = await stat(absolute);
      if (info.isDirectory()) {
        directories.push(absolute);
        for (const file of await walk(absolute, withoutSidecar)) files.add(file);
      } else if (isReportFileName(path.basename(absolute))) {
        files.add(absolute);
      } else if (!absolute.endsWith(SIDECAR_SUFFIX)) {
        unreadable.push({ path: absolute, reason: "不是 .txt、.html、.htm 或 .pdf 文件" });
      }
    } catch (error) {
      unreadable.push({ path: absolute, reason: describe(error) });
    }
  }
  return { files: [...files].sort(), directories, unreadable, withoutSidecar };
}

async function walk(dir: string, withoutSidecar: Set<string>): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(full, withoutSidecar)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && isReportFileName(entry.name)) {
      found.push(full);
      if (!names.has(entry.name + SIDECAR_SUFFIX)) withoutSidecar.add(full);
    }
  }
  return found;
}

/** The message of a thrown value, for a failure line. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
