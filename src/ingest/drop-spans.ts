/** Removing spans (spam, debris lines) from a normalized text while keeping its map to the original. */
import type { NormalizedText } from "../text/normalized-text.ts";
import type { Span } from "./span.ts";

/** `norm` without the characters inside `spans` (sorted, in `norm.text` coordinates). */
export function dropSpans(norm: NormalizedText, spans: readonly Span[]): NormalizedText {
  if (spans.length === 0) return norm;
  // The runs kept between the spans, copied whole: text as slices, the map as stretches of it.
  const runs: Span[] = [];
  let from = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.min(span.start, norm.text.length);
    if (start > from) runs.push({ start: from, end: start });
    from = Math.max(from, span.end);
  }
  if (norm.text.length > from) runs.push({ start: from, end: norm.text.length });
  const length = runs.reduce((sum, run) => sum + run.end - run.start, 0);
  const toOriginal = new Int32Array(length + 1);
  const parts: string[] = [];
  let at = 0;
  for (const run of runs) {
    parts.push(norm.text.slice(run.start, run.end));
    toOriginal.set(norm.toOriginal.subarray(run.start, run.end), at);
    at += run.end - run.start;
  }
  toOriginal[length] = norm.original.length;
  return { original: norm.original, text: parts.join(""), toOriginal };
}
