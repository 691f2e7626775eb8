/**
 * Parsing one source file of any kind the corpus takes: a PDF is read for its text layer first
 * (`pdf-text.ts`), then parsed as text; pages and plain text go straight to `parseFile`.
 */
import type { ParsedFile } from "../domain/report.ts";
import { parseFile, parseText, type ParseInput } from "./parse-file.ts";
import { isPdfName, pdfText } from "./pdf-text.ts";

/** Parses `input`; rejects with `IngestError` when it holds no readable report (a scanned PDF among them). */
export async function parseSource(input: ParseInput): Promise<ParsedFile> {
  if (!isPdfName(input.name)) return parseFile(input);
  return parseText({ text: await pdfText(input.bytes, input.name), encoding: "pdf" }, input);
}
