/**
 * The body of one parse worker thread: receives `{ id, bytes, name, meta }`, answers
 * `{ id, parsed }` or `{ id, error }`. Parsing is pure, so a worker holds no state between files.
 */
import { parentPort } from "node:worker_threads";
import type { SourceMeta } from "../domain/report.ts";
import { parseFile } from "../ingest/parse-file.ts";

interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  name: string;
  meta?: SourceMeta;
}

parentPort?.on("message", (request: ParseRequest) => {
  try {
    const parsed = parseFile({ bytes: request.bytes, name: request.name, ...(request.meta ? { meta: request.meta } : {}) });
    parentPort!.postMessage({ id: request.id, parsed });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
