/**
 * The matching form of a text, with a map back to the original. Ingest matches and searches on
 * `text` (simplified script, NFKC-folded, pinyin readings, broken characters and blanks lost to
 * `?` dropped) and quotes from `original` through `toOriginal`, so a quote is always verbatim.
 */
import { Converter } from "opencc-js";

export interface NormalizedText {
  original: string;
  text: string;
  /** `toOriginal[i]` is the index in `original` of `text[i]`; one extra entry maps `text.length`. */
  toOriginal: Int32Array;
}

const toSimplified = Converter({ from: "t", to: "cn" });
// Taiwan usage that the character conversion leaves as it is (政府資訊公開 → 政府资讯公开); each
// replacement has the length of what it replaces, so offsets stay aligned.
const TAIWAN_USAGE: ReadonlyArray<readonly [RegExp, string]> = [
  [/资讯公开/g, "信息公开"],
  [/政府资讯/g, "政府信息"],
];

// A Han character followed by a pinyin reading in parentheses, as some mirror sites print: 務(wù).
const PINYIN_ANNOTATION = /(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/gu;
// A pinyin reading glued after the characters it reads, each word tone-marked, as other mirror
// sites print it: 財政局cáizhèngjú, 收費shōufèi情況. The blank after it goes with it.
const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
const GLUED_PINYIN = new RegExp(`(?<=[\u3400-\u9fff])[a-zü${TONED}]*[${TONED}][a-zü${TONED}]*(?: [a-zü${TONED}]*[${TONED}][a-zü${TONED}]*)* ?`, "gu");
// Question marks opening a line or closing a sentence stand for blanks (an ideographic space, a
// no-break space) that a copy saved in a narrower encoding could not write: ??一、总体情况.
const LOST_BLANKS = /^[ \t]*\?+(?=[ \t]*[\u4e00-\u9fff(（\d])|(?<=[。；;])\?+(?=[ \t]*$)/gm;
// Replacement characters from lines cut mid-character, zero-width marks and BOMs carry no meaning.
const DROPPED = /[\uFFFD\u200B-\u200D\u2060\uFEFF]/u;

/** Builds the matching form of `original`. */
export function normalize(original: string): NormalizedText {
  const kept = markPinyin(original);
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    if (!kept[i]) continue;
    const code = original.charCodeAt(i);
    // Keep surrogate pairs together so NFKC and script conversion see whole code points.
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length;
    const ch = isPair ? original.slice(i, i + 2) : original[i]!;
    if (isStable(code)) {
      chars.push(ch);
      map.push(i);
    } else if (!DROPPED.test(ch)) {
      for (const out of fold(ch)) {
        chars.push(out);
        map.push(i);
      }
    }
    if (isPair) i++;
  }
  const folded = chars.join("");
  const text = TAIWAN_USAGE.reduce((t, [from, to]) => t.replace(from, to), simplify(folded, chars));
  // simplify() keeps one output unit per input unit, so the map built while folding still holds.
  const toOriginal = new Int32Array(text.length + 1);
  toOriginal.set(map);
  toOriginal[text.length] = original.length;
  return { original, text, toOriginal };
}

/** Maps a span of the normalized text back to the original: `[start, end)` in `original`. */
export function originalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const from = norm.toOriginal[start] ?? norm.original.length;
  // The end maps from the last kept character, so trailing dropped characters stay outside the quote.
  const last = end > start ? norm.toOriginal[end - 1] : undefined;
  const to = last === undefined ? from : nextCodePointEnd(norm.original, last);
  return { start: from, end: to };
}

/** The original text behind a span of the normalized text. */
export function originalSlice(norm: NormalizedText, start: number, end: number): string {
  const span = originalSpan(norm, start, end);
  return norm.original.slice(span.start, span.end);
}

function nextCodePointEnd(s: string, i: number): number {
  const code = s.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1;
}

function markPinyin(original: string): boolean[] {
  const kept = new Array<boolean>(original.length).fill(true);
  for (const re of [PINYIN_ANNOTATION, GLUED_PINYIN, LOST_BLANKS]) {
    for (const m of original.matchAll(re)) {
      for (let k = m.index; k < m.index + m[0].length; k++) kept[k] = false;
    }
  }
  return kept;
}

// ASCII and the CJK unified ideographs are their own NFKC form; most report text is one or the other.
function isStable(code: number): boolean {
  return (code < 0x80 && code !== 0) || (code >= 0x4e00 && code <= 0x9fff);
}

// Reports repeat a small set of characters that need folding (full-width punctuation above all).
const folds = new Map<string, string[]>();

function fold(ch: string): string[] {
  let out = folds.get(ch);
  if (!out) {
    out = foldOne(ch);
    if (folds.size < 50_000) folds.set(ch, out);
  }
  return out;
}

function foldOne(ch: string): string[] {
  const out = ch.normalize("NFKC");
  // Curly quotes survive NFKC but people type either form.
  const mapped = out.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  return [...mapped].flatMap((c) => (c.length === 2 ? [c[0]!, c[1]!] : [c]));
}

function simplify(folded: string, units: string[]): string {
  const whole = toSimplified(folded);
  if (whole.length === folded.length) return whole;
  // A phrase rule changed the length: convert unit by unit so offsets stay aligned.
  return units.map((u) => {
    const s = toSimplified(u);
    return s.length === u.length ? s : u;
  }).join("");
}
