/** Adding line breaks to a normalized text while keeping its map to the original. */
import type { NormalizedText } from "../text/normalized-text.ts";

/**
 * `norm` with a line break inserted before each position of `at` (in `norm.text` coordinates). An
 * inserted break maps to the character after it, so a line never quotes it: quotes stay verbatim.
 */
export function insertBreaks(norm: NormalizedText, at: readonly number[]): NormalizedText {
  if (at.length === 0) return norm;
  const positions = [...new Set(at)].filter((p) => p > 0 && p < norm.text.length).sort((a, b) => a - b);
  const parts: string[] = [];
  const map = new Int32Array(norm.text.length + positions.length + 1);
  let out = 0;
  let from = 0;
  for (const p of positions) {
    parts.push(norm.text.slice(from, p), "\n");
    map.set(norm.toOriginal.subarray(from, p), out);
    out += p - from;
    map[out++] = norm.toOriginal[p]!;
    from = p;
  }
  parts.push(norm.text.slice(from));
  map.set(norm.toOriginal.subarray(from), out);
  return { original: norm.original, text: parts.join(""), toOriginal: map };
}
