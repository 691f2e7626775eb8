/**
 * A report file an admin sends to the bot: checked to parse, saved into the data folder (so a later
 * full reload keeps it; a file of the same name is replaced), then loaded like any other.
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ReportSummary } from "../answers/report-source.ts";
import { parseFile } from "../ingest/parse-file.ts";
import type { Store } from "../store/db.ts";
import { listReportsOfFile } from "../store/report-source.ts";
import { ingestPaths } from "./ingest-paths.ts";
import type { IngestSummary } from "./ingest-summary.ts";
import { describe, isReportFileName } from "./scan-paths.ts";

export type UploadResult =
  | { status: "ingested"; summary: IngestSummary; reports: ReportSummary[] }
  /** Nothing was written: the reason says why (wrong kind of file, unparseable, no report in it). */
  | { status: "rejected"; reason: string };

export async function ingestUpload(store: Store, name: string, bytes: Uint8Array, dataDir: string): Promise<UploadResult> {
  const fileName = path.basename(name.replaceAll("\\", "/")).trim();
  if (fileName.startsWith(".") || !isReportFileName(fileName)) {
    return { status: "rejected", reason: `${fileName || "(no name)"}: only .txt, .html and .htm files are accepted` };
  }
  try {
    const parsed = parseFile({ bytes, name: fileName });
    if (parsed.reports.length === 0) return { status: "rejected", reason: `${fileName}: no report found in the file` };
  } catch (error) {
    return { status: "rejected", reason: `${fileName}: ${describe(error)}` };
  }
  const target = path.resolve(dataDir, fileName);
  await mkdir(path.dirname(target), { recursive: true });
  // Written beside the target and renamed, so a reload never reads half a file.
  const partial = path.join(path.dirname(target), `.${fileName}.${process.pid}.partial`);
  await writeFile(partial, bytes);
  await rename(partial, target);
  const summary = await ingestPaths(store, [target], { removeMissing: false });
  const failure = summary.failed[0];
  if (failure) return { status: "rejected", reason: `${fileName}: ${failure.reason}` };
  return { status: "ingested", summary, reports: await listReportsOfFile(store.db, target) };
}
