import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerEngine } from "../../src/answers/answer.ts";
import { createAnswerEngine } from "../../src/answers/create-answer-engine.ts";
import { createCorpusService } from "../../src/corpus/corpus-service.ts";
import { formatIngestSummary, type IngestSummary } from "../../src/corpus/ingest-summary.ts";
import { createParsePool, type Parser } from "../../src/corpus/parse-pool.ts";
import { createChatStateStore } from "../../src/store/chat-state.repository.ts";
import { openDatabase, type Store } from "../../src/store/db.ts";
import { createReportSource } from "../../src/store/report-source.ts";
import { SEED_DIR } from "../support/seeded-engine.ts";

const PDF_DIR = path.resolve(import.meta.dirname, "../fixtures/pdf");
const SCAN_REASON = "scanned-2021.pdf 是扫描件，没有文字层，需要先做文字识别（OCR）。";

describe("a data directory with PDF reports, loaded through the parse pool", () => {
  let dir: string;
  let dataDir: string;
  let store: Store;
  let pool: Parser;
  let summary: IngestSummary;
  let engine: AnswerEngine;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "nianbao-pdf-"));
    dataDir = path.join(dir, "reports");
    await mkdir(dataDir);
    for (const name of ["qingshi-agriculture-2021.pdf", "scanned-2021.pdf"]) await copyFile(path.join(PDF_DIR, name), path.join(dataDir, name));
    await copyFile(path.join(SEED_DIR, "001_c6179b2d5830f109.txt"), path.join(dataDir, "001_c6179b2d5830f109.txt"));
    store = await openDatabase(path.join(dir, "test.sqlite"));
    pool = createParsePool({ threads: 1 });
    summary = await createCorpusService({ store, dataDir, parser: pool }).reload("start-up");
    engine = createAnswerEngine({ source: createReportSource(store.db), chats: createChatStateStore(store.db), now: () => new Date("2022-06-01T12:00:00+08:00") });
  }, 60_000);
  afterAll(async () => {
    await pool.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("loads the PDF with text and the text file, and names the scan as needing OCR", () => {
    expect([summary.files, summary.added, summary.reports]).toEqual([3, 2, 2]);
    expect(summary.failed).toEqual([{ path: path.join(dataDir, "scanned-2021.pdf"), reason: SCAN_REASON }]);
    expect(formatIngestSummary(summary).split("\n").slice(2, 4)).toEqual(["未能载入：", `- ${SCAN_REASON}`]);
  });

  it("answers a table cell of the PDF with that cell's figure and its row", async () => {
    const answer = await engine.ask("pdf", "青石县农业农村局2021年行政复议结果纠正多少件");
    expect(answer.text.split("\n")[0]).toBe("青石县农业农村局2021年年报：行政复议 · 结果纠正 **1件**。");
    expect(answer.figures.map((f) => [f.label, f.value, f.unit])).toEqual([["行政复议 · 结果纠正", 1, "件"]]);
    expect(answer.citations.map((c) => [c.source, c.section, c.quote])).toEqual([
      ["qingshi-agriculture-2021.pdf", "四、政府信息公开行政复议、行政诉讼情况", "2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0"],
    ]);
  });

  it("answers a row total of the application table from the PDF", async () => {
    const answer = await engine.ask("pdf", "青石县农业农村局2021年收到多少政府信息公开申请");
    expect(answer.text).toBe(
      "青石县农业农村局2021年年报：新收政府信息公开申请 **13件**。\n" +
        "出处：《青石县农业农村局2021年政府信息公开工作年度报告》 · 三、收到和处理政府信息公开申请情况\n" +
        "表中「本年新收政府信息公开申请数量 · 总计：13」所在行：\n" +
        "> 一、本年新收政府信息公开申请数量 | 9 | 3 | 0 | 0 | 1 | 0 | 13",
    );
  });

  it("still answers from the other files of the load", async () => {
    const answer = await engine.ask("txt", "凉州区科技局2021年公开了多少条信息");
    expect(answer.text.split("\n")[0]).toBe("凉州区科学技术局2021年年报：主动公开政府信息 **13条**。");
  });
});
