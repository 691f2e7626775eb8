/**
 * A report file an admin sends to the bot: checked to parse, saved into the data folder (so a later
 * full reload keeps it; a file of the same name is replaced), then loaded like any other (from the
 * check's parse, unless a sidecar beside it changes what the file says).
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ReportSummary } from "../answers/report-source.ts";
import type { ParsedFile } from "../domain/report.ts";
import type { Store } from "../store/db.ts";
import { listReportsOfFile } from "../store/report-source.ts";
import { ingestPaths } from "./ingest-paths.ts";
import type { IngestSummary } from "./ingest-summary.ts";
import { inlineParser, type Parser } from "./parse-pool.ts";
import { describe, isReportFileName } from "./scan-paths.ts";

export type UploadResult =
  | { status: "ingested"; summary: IngestSummary; reports: ReportSummary[] }
  /** Nothing was written: the reason says why (wrong kind of file, unparseable, no report in it). */
  | { status: "rejected"; reason: string };

/** `parser`: where the file is parsed (default: on the calling thread). */
export async function ingestUpload(store: Store, name: string, bytes: Uint8Array, dataDir: string, parser: Parser = inlineParser): Promise<UploadResult> {
  const fileName = path.basename(name.replaceAll("\\", "/")).trim();
  if (fileName.startsWith(".") || !isReportFileName(fileName)) {
    return { status: "rejected", reason: `${fileName || "（无文件名）"}：只接受 .txt、.html、.htm 或 .pdf 年报文件` };
  }
  let parsed: ParsedFile;
  try {
    parsed = await parser.parse({ bytes, name: fileName });
    if (parsed.reports.length === 0) return { status: "rejected", reason: `${fileName}：文件中没有找到年报` };
  } catch (error) {
    return { status: "rejected", reason: named(fileName, describe(error)) };
  }
  const target = path.resolve(dataDir, fileName);
  await mkdir(path.dirname(target), { recursive: true });
  // Written beside the target and renamed, so a reload never reads half a file.
  const partial = path.join(path.dirname(target), `.${fileName}.${process.pid}.partial`);
  await writeFile(partial, bytes);
  await rename(partial, target);
  const summary = await ingestPaths(store, [target], { removeMissing: false, parser: reuse(parser, fileName, bytes, parsed) });
  const failure = summary.failed[0];
  if (failure) return { status: "rejected", reason: named(fileName, failure.reason) };
  return { status: "ingested", summary, reports: await listReportsOfFile(store.db, target) };
}

// A reason that already names the file (a scanned PDF's) is not prefixed with its name again.
function named(fileName: string, reason: string): string {
  return reason.startsWith(fileName) ? reason : `${fileName}：${reason}`;
}

/** `parser`, answering the check's result for the same bytes read back without a sidecar: a large upload is parsed once. */
function reuse(parser: Parser, name: string, bytes: Uint8Array, parsed: ParsedFile): Parser {
  return {
    parallelism: parser.parallelism,
    close: () => parser.close(),
    parse: (input) =>
      input.name === name && input.meta === undefined && view(input.bytes).equals(view(bytes)) ? Promise.resolve(parsed) : parser.parse(input),
  };
}

function view(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
