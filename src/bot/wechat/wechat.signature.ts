/** WeChat request signatures: sha1 over the sorted parts, compared in constant time. */
import { createHash, timingSafeEqual } from "node:crypto";

/** `sha1(sort(parts).join(""))` as hex: the GET/plaintext signature (token, timestamp, nonce) or msg_signature (plus Encrypt). */
export function wechatSignature(...parts: string[]): string {
  return createHash("sha1").update([...parts].sort().join("")).digest("hex");
}

/** Constant-time equality of two signatures (false for different lengths, without throwing). */
export function signaturesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(given.toLowerCase(), "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
