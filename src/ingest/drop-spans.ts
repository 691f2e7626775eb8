/** Removing spans (spam, debris lines) from a normalized text while keeping its map to the original. */
import type { NormalizedText } from "../text/normalized-text.ts";
import type { Span } from "./span.ts";

/** `norm` without the characters inside `spans` (sorted, in `norm.text` coordinates). */
export function dropSpans(norm: NormalizedText, spans: readonly Span[]): NormalizedText {
  if (spans.length === 0) return norm;
  const keptText: string[] = [];
  const keptMap: number[] = [];
  let from = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    for (let i = from; i < span.start; i++) keep(i);
    from = Math.max(from, span.end);
  }
  for (let i = from; i < norm.text.length; i++) keep(i);
  const toOriginal = new Int32Array(keptText.length + 1);
  toOriginal.set(keptMap);
  toOriginal[keptText.length] = norm.original.length;
  return { original: norm.original, text: keptText.join(""), toOriginal };

  function keep(i: number): void {
    keptText.push(norm.text[i]!);
    keptMap.push(norm.toOriginal[i]!);
  }
}
