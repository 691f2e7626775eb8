import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
const HOOK = path.resolve("src/typescript-cache.mjs");

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "nianbao-ts-cache-"));
  await writeFile(path.join(dir, "package.json"), '{ "type": "module" }');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Runs a module importing `answer.ts` with the cache; what it printed and whether the type stripper loaded. */
async function importAnswer(): Promise<{ answer: string; stripperLoaded: boolean }> {
  const script = "const m = await import('./answer.ts'); console.log(JSON.stringify([m.answer, process.moduleLoadList.some((x) => x.includes('amaro'))]));";
  const { stdout, stderr } = await run(process.execPath, ["--import", HOOK, "--input-type=module", "-e", script], {
    cwd: dir,
    env: { ...process.env, NIANBAO_TYPESCRIPT_CACHE: path.join(dir, "cache") },
  });
  expect(stderr).toBe("");
  const [answer, stripperLoaded] = JSON.parse(stdout) as [string, boolean];
  return { answer, stripperLoaded };
}

describe.skipIf((process.features as { typescript?: string }).typescript !== "strip")("the stripped TypeScript kept between runs", () => {
  it("strips a module once, serves it stripped the next time, and strips it again once edited", async () => {
    await writeFile(path.join(dir, "answer.ts"), "const n: number = 41;\nexport const answer: string = `is ${n + 1}`;\n");
    expect(await importAnswer()).toEqual({ answer: "is 42", stripperLoaded: true });
    expect(await readdir(path.join(dir, "cache"))).toHaveLength(1);
    expect(await importAnswer()).toEqual({ answer: "is 42", stripperLoaded: false });

    await writeFile(path.join(dir, "answer.ts"), "const n: number = 6;\nexport const answer: string = `is ${n * 7}!`;\n");
    expect(await importAnswer()).toEqual({ answer: "is 42!", stripperLoaded: true });
    expect(await importAnswer()).toEqual({ answer: "is 42!", stripperLoaded: false });
    expect(await readdir(path.join(dir, "cache"))).toHaveLength(1);
  });
});
