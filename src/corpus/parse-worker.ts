/**
 * The body of one parse worker thread: receives `{ id, bytes, name, meta }`, or `{ id, text,
 * name, meta }` with the file's original text read by the asker (`readsText`), and answers
 * `{ id, parsed }` (as `toPosted` shapes it, without the original the asker sent) or
 * `{ id, error }`. Parsing is pure, so a worker holds no state between files. A PDF is read here
 * too: its text layer is extracted off the main thread like any parsing.
 */
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import type { SourceMeta } from "../domain/report.ts";
import { parseOriginal } from "../ingest/parse-file.ts";
import { parseSource } from "../ingest/parse-source.ts";
import type { OriginalText } from "../ingest/read-original.ts";
import { toPosted } from "./posted-file.ts";

type ParseRequest = { id: number; name: string; meta?: SourceMeta } & ({ bytes: Uint8Array } | { text: OriginalText });

const options = (workerData as { niceness?: number; warm?: boolean } | null) ?? {};
// Linux keeps a niceness per thread, so this lowers only this worker's; elsewhere it may not apply.
const niceness = options.niceness ?? 0;
if (niceness > 0) {
  try {
    setPriority(niceness);
  } catch {
    // Not permitted or not supported: parsing still runs, at the main thread's priority.
  }
}

// Dictionaries and tables load on first use: a warm thread parses a short made-up report before
// taking files, so the first file waits for none of it.
if (options.warm) {
  const text = "某县教育局2021年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开政府信息120条。";
  await parseSource({ bytes: new TextEncoder().encode(text), name: "warm-up.txt" }).catch(() => undefined);
}

parentPort?.on("message", async (request: ParseRequest) => {
  try {
    const about = { name: request.name, ...(request.meta ? { meta: request.meta } : {}) };
    const parsed = "text" in request ? parseOriginal(request.text, about) : await parseSource({ bytes: request.bytes, ...about });
    parentPort!.postMessage({ id: request.id, parsed: toPosted(parsed, "text" in request) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
