import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, seededDatabase } from "./cli-db.ts";

describe("npm run eval", () => {
  let db: { file: string; remove(): Promise<void> };
  beforeAll(async () => {
    db = await seededDatabase();
  });
  afterAll(() => db.remove());

  it("scores the dev questions per kind and overall, with no misses, and exits 0", async () => {
    const { stdout, code } = await runCli("eval", ["--db", db.file, "/work/shared/eval/dev-questions.jsonl"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toEqual([
      "figure: 27/27 (100.0%)",
      "text: 1/1 (100.0%)",
      "absent: 3/3 (100.0%)",
      "followup: 1/1 (100.0%)",
      "overall: 32/32 (100.0%)",
    ]);
  });
});
