import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
// As `npm run ingest` runs it: Node itself strips the types.
const NODE = process.execPath;
const CLI = path.resolve("src/cli/ingest.ts");

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "nianbao-cli-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(NODE, [CLI, ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run ingest", () => {
  it("loads a folder into the default database and prints the summary", async () => {
    const corpus = path.join(dir, "reports");
    await mkdir(corpus);
    const seeds = path.resolve("data/reports");
    for (const name of await readdir(seeds)) await writeFile(path.join(corpus, name), await readFile(path.join(seeds, name)));
    await writeFile(path.join(corpus, "empty.txt"), "");
    const result = await ingest("reports");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^文件：6 个（新增 5，更新 0，未变 0，移除 0，失败 1）\n/);
    expect(result.stdout).toContain("- empty.txt：文件是空的\n");
    expect(await readdir(path.join(dir, "var"))).toContain("nianbao.sqlite");
  });

  it("exits non-zero when nothing could be ingested", async () => {
    await writeFile(path.join(dir, "empty.txt"), "");
    const result = await ingest("--db", "x.sqlite", "empty.txt");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("失败 1）");
  });

  it("exits non-zero when the database cannot be opened", async () => {
    await mkdir(path.join(dir, "taken.sqlite"));
    const result = await ingest("--db", "taken.sqlite", ".");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^cannot open the database taken\.sqlite: /);
  });

  it("prints the usage without paths", async () => {
    const result = await ingest();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: npm run ingest");
  });

  it("prints the usage for a thread count that is not a whole number above zero", async () => {
    for (const threads of ["0", "1.5", "two"]) {
      const result = await ingest("--threads", threads, ".");
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("usage: npm run ingest");
    }
  });

  it("parses with the number of threads given", async () => {
    const corpus = path.join(dir, "reports");
    await mkdir(corpus);
    const seeds = path.resolve("data/reports");
    for (const name of await readdir(seeds)) await writeFile(path.join(corpus, name), await readFile(path.join(seeds, name)));
    const result = await ingest("--db", "x.sqlite", "--threads", "2", "reports");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^文件：5 个（新增 5，更新 0，未变 0，移除 0，失败 0）\n/);
  });
});
