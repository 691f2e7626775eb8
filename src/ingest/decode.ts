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

// GB18030 as iconv-lite reads it, through the runtime's own decoder where that gives the same
// text, which it does many times faster (iconv-lite builds its tables and has its code compiled
// on the first files of a run): for bytes that are valid GB18030 and decode to none of the 18
// characters whose mapping GB18030-2022 changed (the runtime maps A6D9 to ︐ and FE59 to 龴,
// iconv-lite to the private-use characters of GB18030-2005). A runtime without the decoder
// (Node built without full ICU) reads everything with iconv-lite.
const GB18030 = runtimeDecoder("gb18030");
const REMAPPED_IN_2022 = /[\uFE10-\uFE19\u9FB4-\u9FBB]/;

/** Decodes `bytes`; throws `IngestError` for empty or binary input. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new IngestError("文件是空的");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new IngestError("文件不是文本（含 NUL 字节，又没有 UTF-16 字节序标记）");
  const utf8 = UTF8.decode(body);
  if (body !== bytes || looksLikeUtf8(body, utf8)) return { text: utf8, encoding: "utf-8" };
  return { text: gb18030(body), encoding: "gb18030" };
}

/** `bytes` read as GB18030, the same text as iconv-lite gives. */
export function gb18030(bytes: Uint8Array): string {
  const text = GB18030 ? decodedStrictly(GB18030, bytes) : null;
  if (text !== null && !REMAPPED_IN_2022.test(text)) return text;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), "gb18030");
}

function runtimeDecoder(encoding: string): TextDecoder | null {
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    return null;
  }
}

/** The text of `bytes`, or null where they are not valid in the decoder's encoding. */
function decodedStrictly(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
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
