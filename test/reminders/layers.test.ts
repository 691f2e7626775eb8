import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("src/reminders", () => {
  it("reaches the answer engine's catalogue only through the agency directory and the report source", async () => {
    const root = path.resolve(import.meta.dirname, "../../src/reminders");
    const imported = new Set<string>();
    for (const file of await readdir(root)) {
      const text = await readFile(path.join(root, file), "utf8");
      for (const m of text.matchAll(/from\s+["']\.\.\/answers\/([^"']+)["']/g)) imported.add(m[1]!);
    }
    expect([...imported].sort()).toEqual(["catalog/agency-directory.ts", "report-source.ts"]);
  });
});
