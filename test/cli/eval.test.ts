import path from "node:path";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, seededDatabase } from "./cli-db.ts";

describe("npm run eval", () => {
  let db: { file: string; remove(): Promise<void> };
  beforeAll(async () => {
    db = await seededDatabase();
  });
  afterAll(() => db.remove());

  it("scores the dev questions per kind and overall, with no misses, and exits 0", async () => {
    const { stdout, code } = await runCli("eval", ["--db", db.file, path.resolve(import.meta.dirname, "../fixtures/dev-questions.jsonl")]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toEqual([
      "figure: 27/27 (100.0%)",
      "text: 1/1 (100.0%)",
      "absent: 3/3 (100.0%)",
      "followup: 1/1 (100.0%)",
      "overall: 32/32 (100.0%)",
    ]);
  });

  it("reads relative years against --now, so a file scores the same on any day", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nianbao-eval-"));
    try {
      const file = path.join(dir, "relative.jsonl");
      const question = {
        id: "r1",
        question: "去年凉州区科技局主动公开了多少条信息",
        kind: "figure",
        agency: "凉州区科学技术局",
        year: 2021,
        expected: "13",
        unit: "条",
        source: "001_c6179b2d5830f109.txt",
        quote: "2021年我局共主动公开政府信息13条",
      };
      await writeFile(file, JSON.stringify(question) + "\n");
      const onTime = await runCli("eval", ["--db", db.file, "--now", "2022-06-01", file]);
      expect(onTime.stdout.trim().split("\n").at(-1)).toBe("overall: 1/1 (100.0%)");
      const later = await runCli("eval", ["--db", db.file, "--now", "2024-06-01", file]);
      expect(later.stdout.trim().split("\n").at(-1)).toBe("overall: 0/1 (0.0%)");
      const bad = await runCli("eval", ["--db", db.file, "--now", "June", file]);
      expect(bad.code).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
