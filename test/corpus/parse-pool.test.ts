import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createParsePool, ParseError, type Parser } from "../../src/corpus/parse-pool.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";
import { SEED_DIR } from "../support/seeded-engine.ts";

describe("a parse pool holding several files per thread", () => {
  let pool: Parser;

  beforeAll(() => {
    pool = createParsePool({ threads: 1 });
  });
  afterAll(async () => {
    await pool.close();
  });

  it("answers every file with its own result, a failure among them", async () => {
    const names = ["000_cf33c6796e68b70b.txt", "001_c6179b2d5830f109.txt", "002_7ef76fd4a43235be.txt", "003_4ddafd7475420ab8.txt"];
    const inputs = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(path.join(SEED_DIR, name))) })));
    const broken = { name: "broken.txt", bytes: new TextEncoder().encode("no report in here") };
    const all = [inputs[0]!, broken, ...inputs.slice(1)];
    const results = await Promise.allSettled(all.map((input) => pool.parse(input)));
    expect(pool.parallelism).toBeGreaterThan(1);
    expect(results[1]).toMatchObject({ status: "rejected", reason: expect.any(ParseError) });
    const parsed = results.filter((_, i) => i !== 1);
    parsed.forEach((result, i) => {
      expect(result.status).toBe("fulfilled");
      expect((result as PromiseFulfilledResult<unknown>).value).toEqual(parseFile(inputs[i]!));
    });
  }, 60_000);
});

describe("a parse pool reading the files' text on the calling thread", () => {
  let pool: Parser;

  beforeAll(() => {
    pool = createParsePool({ threads: 1, readsText: true });
  });
  afterAll(async () => {
    await pool.close();
  });

  it("parses as the threads would from the bytes, and fails a file with the parser's message", async () => {
    const names = ["000_cf33c6796e68b70b.txt", "001_c6179b2d5830f109.txt"];
    const inputs = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(path.join(SEED_DIR, name))) })));
    const page = { name: "page.html", bytes: new TextEncoder().encode(`<html><body><p>${new TextDecoder().decode(inputs[1]!.bytes).replaceAll("\n", "</p><p>")}</p></body></html>`) };
    for (const input of [...inputs, page]) expect(await pool.parse(input)).toEqual(parseFile(input));
    await expect(pool.parse({ name: "empty.txt", bytes: new Uint8Array() })).rejects.toThrow(new ParseError("文件是空的"));
    await expect(pool.parse({ name: "broken.txt", bytes: new TextEncoder().encode("no report in here") })).rejects.toThrow(ParseError);
  }, 60_000);
});

