/**
 * Passages of a report: each paragraph or table row is one, and lines longer than
 * `MAX_PASSAGE` characters are split at sentence ends. Passages never span injected spam:
 * a line with spam spliced in becomes the passages on either side of it.
 */
import type { ParsedPassage } from "../domain/report.ts";
import { originalSpan, type NormalizedText } from "../text/normalized-text.ts";
import type { Span } from "./span.ts";

/** Passages are split at sentence ends to stay at or below this many characters. */
export const MAX_PASSAGE = 300;

/** A line of the report that holds passage text, in normalized coordinates, with its section. */
export interface PassageLine {
  normStart: number;
  normEnd: number;
  sectionIndex: number;
}

/** Builds the passages of `lines` (in report order); `spam` holds spans of the original to keep out. */
export function buildPassages(norm: NormalizedText, lines: readonly PassageLine[], spam: readonly Span[]): ParsedPassage[] {
  const passages: ParsedPassage[] = [];
  for (const line of lines) {
    for (const piece of splitAtSpam(norm, line.normStart, line.normEnd, spam)) {
      for (const chunk of splitSentences(norm.text, piece.start, piece.end)) {
        const span = originalSpan(norm, chunk.start, chunk.end);
        const text = norm.original.slice(span.start, span.end);
        if (!/[\p{L}\p{N}]/u.test(text)) continue;
        passages.push({ index: passages.length, sectionIndex: line.sectionIndex, text, start: span.start, end: span.end });
      }
    }
  }
  return passages;
}

function splitAtSpam(norm: NormalizedText, start: number, end: number, spam: readonly Span[]): Span[] {
  if (spam.length === 0) return [{ start, end }];
  const out: Span[] = [];
  let from = start;
  for (let i = start; i + 1 < end; i++) {
    const a = norm.toOriginal[i]!;
    const b = norm.toOriginal[i + 1]!;
    if (b - a > 1 && spam.some((s) => s.start >= a && s.end <= b)) {
      out.push(trim(norm.text, from, i + 1));
      from = i + 1;
    }
  }
  out.push(trim(norm.text, from, end));
  return out.filter((s) => s.end > s.start);
}

function splitSentences(text: string, start: number, end: number): Span[] {
  if (end - start <= MAX_PASSAGE) return [{ start, end }];
  const sentences: Span[] = [];
  const re = /[^。！？!?；;]*[。！？!?；;]+|[^。！？!?；;]+$/gy;
  re.lastIndex = start;
  const body = text.slice(0, end);
  for (let m = re.exec(body); m && m[0].length > 0; m = re.exec(body)) {
    sentences.push(...hardSplit(m.index, m.index + m[0].length));
    if (re.lastIndex >= end) break;
  }
  const chunks: Span[] = [];
  for (const s of sentences) {
    const last = chunks.at(-1);
    if (last && s.end - last.start <= MAX_PASSAGE) last.end = s.end;
    else chunks.push({ ...s });
  }
  return chunks.map((c) => trim(text, c.start, c.end)).filter((c) => c.end > c.start);

  // A run-on sentence longer than a passage is cut at commas, or at the limit where it has none.
  function hardSplit(s: number, e: number): Span[] {
    const parts: Span[] = [];
    while (e - s > MAX_PASSAGE) {
      const window = text.slice(s, s + MAX_PASSAGE);
      const comma = Math.max(window.lastIndexOf("，"), window.lastIndexOf(","), window.lastIndexOf("、"));
      const cut = comma > MAX_PASSAGE / 2 ? s + comma + 1 : s + MAX_PASSAGE;
      parts.push({ start: s, end: cut });
      s = cut;
    }
    parts.push({ start: s, end: e });
    return parts;
  }
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
