import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

/** Each file under `src/<dir>` (or the one file `src/<dir>`) with the parts of `src` it imports (`store`, `domain`, …). */
async function importsOf(dir: string): Promise<Map<string, Set<string>>> {
  const root = path.join(SRC, dir);
  const files = dir.endsWith(".ts") ? [""] : (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".ts"));
  const found = new Map<string, Set<string>>();
  for (const f of files) {
    const file = path.join(root, f);
    const parts = new Set<string>();
    for (const m of (await readFile(file, "utf8")).matchAll(/from\s+["'](\.[^"']+)["']/g)) {
      const target = path.relative(SRC, path.resolve(path.dirname(file), m[1]!));
      if (!target.startsWith("..")) parts.add(target.split(path.sep)[0]!);
    }
    found.set(path.relative(SRC, file), parts);
  }
  return found;
}

/** The files of `dir` importing any of `forbidden`, with what they import of them. */
async function crossing(dir: string, forbidden: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const [file, parts] of await importsOf(dir)) {
    const bad = [...parts].filter((p) => forbidden.includes(p));
    if (bad.length > 0) out.push(`${file} → ${bad.join(", ")}`);
  }
  return out.sort();
}

describe("import directions", () => {
  it("keeps shared types in src/domain, which imports no other part", async () => {
    expect(await crossing("domain", ["answers", "bot", "cli", "corpus", "http", "ingest", "places", "reminders", "store", "text", "web", "main.ts"])).toEqual([]);
  });

  it("keeps the store below the reminders, the corpus service and the fronts", async () => {
    expect(await crossing("store", ["bot", "cli", "corpus", "http", "ingest", "reminders", "web", "main.ts"])).toEqual([]);
  });

  it("keeps the fronts' JSON contract and the eval code out of the answers library", async () => {
    expect(await crossing("answers", ["bot", "cli", "corpus", "http", "ingest", "reminders", "store", "web", "main.ts"])).toEqual([]);
    const files = [...(await importsOf("answers")).keys()];
    expect(files.filter((f) => f.includes("answer-json") || f.includes(`${path.sep}eval${path.sep}`))).toEqual([]);
  });

  it("keeps the reminders off the fronts, the CLI and the corpus service", async () => {
    expect(await crossing("reminders", ["bot", "cli", "corpus", "http", "ingest", "web", "main.ts"])).toEqual([]);
  });

  it("has the admin commands reach the corpus only through the corpus service", async () => {
    const parts = (await importsOf("bot/telegram/admin-actions.ts")).get(path.join("bot", "telegram", "admin-actions.ts"));
    expect([...parts!].sort()).toEqual(["bot", "corpus"]);
  });
});
