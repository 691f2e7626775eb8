/** Reading the original characters behind a normalized span, leaving out what matching dropped. */
import type { NormalizedText } from "../text/normalized-text.ts";

/**
 * The original characters behind `[start, end)` of `norm.text`, without the dropped ones in
 * between (spam, pinyin annotations): for titles and names, where a gap must not show.
 */
export function keptOriginal(norm: NormalizedText, start: number, end: number): string {
  let out = "";
  let last = -1;
  for (let i = start; i < end; i++) {
    const at = norm.toOriginal[i]!;
    if (at === last) continue;
    const code = norm.original.charCodeAt(at);
    out += code >= 0xd800 && code <= 0xdbff ? norm.original.slice(at, at + 2) : norm.original[at];
    last = at;
  }
  return out.trim();
}
