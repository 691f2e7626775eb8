/**
 * An answer engine over the real store: a corpus directory (the seed reports by default)
 * ingested into a temp SQLite file.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AnswerEngine } from "../../src/answers/answer.ts";
import { createAnswerEngine } from "../../src/answers/create-answer-engine.ts";
import type { ReportSource } from "../../src/answers/report-source.ts";
import { ingestPaths } from "../../src/corpus/ingest-paths.ts";
import { createChatStateStore } from "../../src/store/chat-state.repository.ts";
import { openDatabase, type Store } from "../../src/store/db.ts";
import { createReportSource } from "../../src/store/report-source.ts";

export interface SeededEngine {
  engine: AnswerEngine;
  source: ReportSource;
  store: Store;
  close(): Promise<void>;
}

export const SEEDS = path.resolve(import.meta.dirname, "../../data/reports");

/** Ingests `corpus` (default: the seeds) into a fresh temp database and builds an engine whose clock reads `now`. */
export async function seededEngine(now = new Date("2022-06-01T12:00:00"), corpus = SEEDS): Promise<SeededEngine> {
  const dir = await mkdtemp(path.join(tmpdir(), "nianbao-answers-"));
  const store = await openDatabase(path.join(dir, "test.sqlite"));
  await ingestPaths(store, [corpus], { removeMissing: true });
  const source = createReportSource(store.db);
  const engine = createAnswerEngine({ source, chats: createChatStateStore(store.db), now: () => now });
  return {
    engine,
    source,
    store,
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
