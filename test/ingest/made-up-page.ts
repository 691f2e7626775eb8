/**
 * A made-up page as the identity tests parse it: its first report, with the page's address as a
 * sidecar where given, and the section lines a page needs to read as a report.
 */
import type { ParsedReport } from "../../src/domain/report.ts";
import { parseFile } from "../../src/ingest/parse-file.ts";

/** Sections 二 and 三 of a report, each with one count. */
export const TABLE = "二、主动公开政府信息情况\n本年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请6件。";

/** The first report of `text`, read with `url` as the page's address. */
export function reportOfPage(text: string, url?: string): ParsedReport {
  return parseFile({ bytes: new TextEncoder().encode(text), name: "page.txt", ...(url ? { meta: { url } } : {}) }).reports[0]!;
}
