/**
 * Decoding raw bytes to text: UTF-16 and UTF-8 by their byte-order marks, then UTF-8 when the
 * bytes are valid UTF-8 (a few broken sequences from cut lines are tolerated), else GB18030,
 * which covers GBK and GB2312 pages.
 */
import iconv from "iconv-lite";
import { IngestError } from "./ingest-error.ts";

export interface DecodedText {
  text: string;
  /** "utf-8", "gb18030", "utf-16le" or "utf-16be"; "pdf" for the text layer of a PDF. */
  encoding: string;
}

const CJK = /[\u4e00-\u9fff]/g;
// One decoder for every file: making one costs more than decoding a short page.
const UTF8 = new TextDecoder("utf-8");

/** Decodes `bytes`; throws `IngestError` for empty or binary input. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new IngestError("文件是空的");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new IngestError("文件不是文本（含 NUL 字节，又没有 UTF-16 字节序标记）");
  const utf8 = UTF8.decode(body);
  if (body !== bytes || looksLikeUtf8(body, utf8)) return { text: utf8, encoding: "utf-8" };
  return { text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.length), "gb18030"), encoding: "gb18030" };
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
}

// Lines cut mid-character leave a few invalid sequences in an otherwise UTF-8 file; a GBK file
// read as UTF-8 breaks on nearly every Chinese character instead.
function looksLikeUtf8(bytes: Uint8Array, decoded: string): boolean {
  const found = countReplacements(decoded);
  if (found === 0) return true;
  const replaced = found - countEncodedReplacements(bytes);
  if (replaced <= 0) return true;
  const cjk = decoded.match(CJK)?.length ?? 0;
  return replaced * 50 < cjk;
}

function countReplacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\uFFFD"); i >= 0; i = s.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

// A U+FFFD already stored in the file (EF BF BD) is text, not a decoding failure.
function countEncodedReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}
