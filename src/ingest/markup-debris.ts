/**
 * What is left of inline tags a mirror broke into the text (政策法规类信?span>9条, 中办发〓span>2005〔span>12号):
 * the tag's name and its closing mark, with the character the break garbled before it. They are no
 * text of the report: a count's label runs on across them.
 */
import type { Span } from "./span.ts";

// A broken tag: an optional garbled character (never a digit, a blank or punctuation), an optional
// slash, an inline tag's name and its closing mark.
const BROKEN_TAG = /[^\s\d,，。;；:：、()（）《》]?\/?(?:span|font|strong|em|b)>/gu;

/** The spans of `text` holding remains of broken inline tags, in order. */
export function markupDebrisSpans(text: string): Span[] {
  // Most pages hold none: the pattern need not run over them.
  if (!text.includes(">")) return [];
  return [...text.matchAll(BROKEN_TAG)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
