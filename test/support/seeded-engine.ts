/**
 * A real answer engine over a real SQLite store in a temp directory, loaded from `data/reports`
 * (or a copy of it, for tests that add or remove files, or another corpus directory).
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AnswerEngine } from "../../src/answers/answer.ts";
import type { ReportSource } from "../../src/answers/report-source.ts";
import { createAnswerEngine } from "../../src/answers/create-answer-engine.ts";
import { ingestPaths } from "../../src/corpus/ingest-paths.ts";
import { createChatStateStore } from "../../src/store/chat-state.repository.ts";
import { openDatabase, type Store } from "../../src/store/db.ts";
import { createReportSource } from "../../src/store/report-source.ts";

export const SEED_DIR = path.resolve(import.meta.dirname, "../../data/reports");

export interface SeededEngine {
  dir: string;
  /** The data directory the store was loaded from (a copy of the seeds when `copySeeds`). */
  dataDir: string;
  store: Store;
  source: ReportSource;
  engine: AnswerEngine;
  close(): Promise<void>;
}

export interface SeededEngineOptions {
  /** Load a copy of the corpus, which the test may change. */
  copySeeds?: boolean;
  /** The corpus directory; default `data/reports`. */
  corpus?: string;
  now?: () => Date;
}

export async function openSeededEngine(options: SeededEngineOptions = {}): Promise<SeededEngine> {
  const dir = await mkdtemp(path.join(tmpdir(), "nianbao-seeded-"));
  const corpus = options.corpus ?? SEED_DIR;
  const dataDir = options.copySeeds ? path.join(dir, "reports") : corpus;
  if (options.copySeeds) await cp(corpus, dataDir, { recursive: true });
  const store = await openDatabase(path.join(dir, "test.sqlite"));
  await ingestPaths(store, [dataDir], { removeMissing: true });
  const source = createReportSource(store.db);
  const engine = createAnswerEngine({ source, chats: createChatStateStore(store.db), now: options.now ?? (() => new Date("2026-11-23T00:00:00Z")) });
  return {
    dir,
    dataDir,
    store,
    source,
    engine,
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A logger that keeps entries for assertions. */
export function recordingLog(): { entries: Array<{ level: string; obj: object; msg?: string }>; info: Log; warn: Log; error: Log } {
  const entries: Array<{ level: string; obj: object; msg?: string }> = [];
  const at = (level: string): Log => (obj, msg) => void entries.push({ level, obj, ...(msg !== undefined ? { msg } : {}) });
  return { entries, info: at("info"), warn: at("warn"), error: at("error") };
}

type Log = (obj: object, msg?: string) => void;
