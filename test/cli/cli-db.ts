/**
 * Running the command lines against a temp database holding the ingested seeds.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ingestPaths } from "../../src/corpus/ingest-paths.ts";
import { openDatabase } from "../../src/store/db.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

export async function seededDatabase(): Promise<{ file: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "nianbao-cli-"));
  const file = path.join(dir, "cli.sqlite");
  const store = await openDatabase(file);
  await ingestPaths(store, [path.join(ROOT, "data/reports")], { removeMissing: true });
  await store.close();
  return { file, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs `src/cli/<name>.ts` with `args`, feeding `stdin`; resolves with stdout and the exit code. */
export function runCli(name: string, args: string[], stdin = ""): Promise<{ stdout: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(TSX, [path.join(ROOT, `src/cli/${name}.ts`), ...args], { cwd: ROOT }, (error, stdout) => {
      if (error && typeof error.code !== "number") reject(error);
      else resolve({ stdout, code: typeof error?.code === "number" ? error.code : 0 });
    });
    child.stdin!.end(stdin);
  });
}

