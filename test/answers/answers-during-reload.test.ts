import { appendFile, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createAnswerEngine } from "../../src/answers/create-answer-engine.ts";
import { ingestPaths } from "../../src/corpus/ingest-paths.ts";
import { createChatStateStore } from "../../src/store/chat-state.repository.ts";
import { openDatabase, type Store } from "../../src/store/db.ts";
import { createReportSource } from "../../src/store/report-source.ts";
import { SEEDS } from "./seeded-engine.ts";

let dir = "";
let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
  await rm(dir, { recursive: true, force: true });
});

describe("answers across a reload", () => {
  it("answers about a report a reload has just replaced from the new data, not as missing", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "nianbao-reload-answers-"));
    const reports = path.join(dir, "reports");
    await cp(SEEDS, reports, { recursive: true });
    store = await openDatabase(path.join(dir, "test.sqlite"));
    await ingestPaths(store, [reports], { removeMissing: true });
    const engine = createAnswerEngine({
      source: createReportSource(store.db),
      chats: createChatStateStore(store.db),
      now: () => new Date("2022-06-01T12:00:00"),
    });
    // Builds the catalogue index without loading the report asked about below.
    expect((await engine.ask("a", "本溪市教育局2010年主动公开了多少条信息")).status).toBe("answered");

    await appendFile(path.join(reports, "001_c6179b2d5830f109.txt"), "\n");
    const summary = await ingestPaths(store, [reports], { removeMissing: true });
    expect(summary.changed).toBe(1);

    const answer = await engine.ask("b", "凉州区科技局2021年公开了多少条信息");
    expect(answer.status).toBe("answered");
    expect(answer.agency).toBe("凉州区科学技术局");
    expect(answer.figures[0]).toMatchObject({ metric: "proactive.total", value: 13, unit: "条" });
  });
});
