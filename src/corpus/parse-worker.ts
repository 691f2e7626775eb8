/**
 * The body of one parse worker thread: receives `{ id, bytes, name, meta }`, answers
 * `{ id, parsed }` or `{ id, error }`. Parsing is pure, so a worker holds no state between files.
 * A PDF is read here too: its text layer is extracted off the main thread like any parsing.
 */
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import type { SourceMeta } from "../domain/report.ts";
import { parseSource } from "../ingest/parse-source.ts";

interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  name: string;
  meta?: SourceMeta;
}

// Linux keeps a niceness per thread, so this lowers only this worker's; elsewhere it may not apply.
const niceness = (workerData as { niceness?: number } | null)?.niceness ?? 0;
if (niceness > 0) {
  try {
    setPriority(niceness);
  } catch {
    // Not permitted or not supported: parsing still runs, at the main thread's priority.
  }
}

parentPort?.on("message", async (request: ParseRequest) => {
  try {
    const parsed = await parseSource({ bytes: request.bytes, name: request.name, ...(request.meta ? { meta: request.meta } : {}) });
    parentPort!.postMessage({ id: request.id, parsed });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
