import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCorpusService, type CorpusService } from "../../src/corpus/corpus-service.ts";
import { createParsePool, type Parser } from "../../src/corpus/parse-pool.ts";
import { buildServer } from "../../src/http/server.ts";
import { eventually } from "../support/eventually.ts";
import { openSeededEngine, SEED_DIR, type SeededEngine } from "../support/seeded-engine.ts";

/** A seed report padded with paragraphs to about `bytes` of UTF-8: one report, slow to parse. */
async function largeReport(bytes: number): Promise<Uint8Array> {
  const seed = await readFile(path.join(SEED_DIR, "001_c6179b2d5830f109.txt"), "utf8");
  const paragraph = "本年度继续推进政务公开标准化规范化建设，完善信息发布审核机制，及时回应社会关切，公开内容涵盖工作动态、通知公告和政策解读。\n";
  const copies = Math.ceil((bytes - Buffer.byteLength(seed)) / Buffer.byteLength(paragraph));
  return new TextEncoder().encode(seed.replace("三、", `${paragraph.repeat(copies)}三、`));
}

describe("corpus service with a parse pool", () => {
  let seeded: SeededEngine;
  let pool: Parser;
  let corpus: CorpusService;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    seeded = await openSeededEngine({ copySeeds: true });
    pool = createParsePool({ threads: 1 });
    corpus = createCorpusService({ store: seeded.store, dataDir: seeded.dataDir, parser: pool });
    app = await buildServer({ engine: seeded.engine, loadStatus: () => corpus.status() });
    base = await app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await app.close();
    await pool.close();
    await seeded.close();
  });

  async function ask(question: string): Promise<{ status: number; body: { status: string; agency: string | null } }> {
    const response = await fetch(`${base}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question }) });
    return { status: response.status, body: (await response.json()) as { status: string; agency: string | null } };
  }

  it("keeps answering over HTTP while a large upload is parsed, and /healthz shows the load", async () => {
    const bytes = await largeReport(3_000_000);
    let settled = false;
    const upload = corpus.upload("large.txt", bytes).finally(() => (settled = true));
    await eventually(() => corpus.status().running);

    const health = await fetch(`${base}/healthz`);
    expect(await health.json()).toMatchObject({ ok: true, load: { running: true, current: { kind: "upload" } } });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await ask("凉州区科技局2021年公开了多少条信息"));
    // Every answer came back while the file was still being parsed.
    expect(settled).toBe(false);
    expect(answers.map((a) => [a.status, a.body.status, a.body.agency])).toEqual(Array(5).fill([200, "answered", "凉州区科学技术局"]));

    const result = await upload;
    expect(result.status).toBe("ingested");
    const after = (await (await fetch(`${base}/healthz`)).json()) as { load: unknown };
    expect(after.load).toMatchObject({ running: false, current: null, last: { kind: "upload", files: 1, failed: 0, error: null } });
  }, 120_000);

  it("reloads the data directory through the pool and reports a parse failure per file", async () => {
    const { writeFile } = await import("node:fs/promises");
    await writeFile(path.join(seeded.dataDir, "broken.txt"), "no report in here");
    const summary = await corpus.reload();
    expect([summary.files, summary.failed]).toEqual([7, [{ path: path.join(seeded.dataDir, "broken.txt"), reason: "broken.txt 中没有找到政府信息公开工作年度报告" }]]);
    expect(corpus.status()).toMatchObject({ running: false, last: { kind: "reload", files: 7, failed: 1, error: null } });
  }, 60_000);
});

describe("a parse pool closed during a load", () => {
  it("stops the load with the pool's error and records no file as failed", async () => {
    const seeded = await openSeededEngine({ copySeeds: true, corpus: SEED_DIR });
    const pool = createParsePool({ threads: 1 });
    try {
      const { writeFile } = await import("node:fs/promises");
      for (let i = 0; i < 20; i++) await writeFile(path.join(seeded.dataDir, `large-${i}.txt`), await largeReport(200_000));
      const corpus = createCorpusService({ store: seeded.store, dataDir: seeded.dataDir, parser: pool });
      const load = corpus.reload().then(
        () => null,
        (error: unknown) => error,
      );
      await eventually(() => corpus.status().running);
      await pool.close();
      expect(String(await load)).toBe("Error: parse pool: closed");
      expect(corpus.status()).toMatchObject({ running: false, last: { kind: "reload", error: "parse pool: closed" } });
      const failed = await seeded.store.db.selectFrom("source_files").select("path").where("error", "is not", null).execute();
      expect(failed).toEqual([]);
    } finally {
      await pool.close();
      await seeded.close();
    }
  }, 60_000);
});
