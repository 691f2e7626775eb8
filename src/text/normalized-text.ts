/**
 * The matching form of a text, with a map back to the original. Ingest matches and searches on
 * `text` (simplified script, NFKC-folded, pinyin readings, broken characters and blanks lost to
 * `?` dropped) and quotes from `original` through `toOriginal`, so a quote is always verbatim.
 */
import { COUNTING_UNITS } from "./measure-words.ts";
import { simplified } from "./simplified.ts";

export interface NormalizedText {
  original: string;
  text: string;
  /** `toOriginal[i]` is the index in `original` of `text[i]`; one extra entry maps `text.length`. */
  toOriginal: Int32Array;
}

// Taiwan usage that the character conversion leaves as it is (政府資訊公開 → 政府资讯公开); each
// replacement has the length of what it replaces, so offsets stay aligned.
const TAIWAN_USAGE: ReadonlyArray<readonly [RegExp, string]> = [
  [/资讯公开/g, "信息公开"],
  [/政府资讯/g, "政府信息"],
];

// A Han character followed by a pinyin reading in parentheses, as some mirror sites print: 務(wù).
/** Pinyin readings some mirror sites print after each character: 務(wù). */
export const PINYIN_ANNOTATION = /(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/gu;
// A pinyin reading glued after the characters it reads, each word tone-marked, as other mirror
// sites print it: 財政局cáizhèngjú, 收費shōufèi情況. The blank after it goes with it.
const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
const GLUED_PINYIN = new RegExp(`(?<=[\u3400-\u9fff])[a-zü${TONED}]*[${TONED}][a-zü${TONED}]*(?: [a-zü${TONED}]*[${TONED}][a-zü${TONED}]*)* ?`, "gu");
// Question marks opening a line or closing a sentence stand for blanks (an ideographic space, a
// no-break space) that a copy saved in a narrower encoding could not write: ??一、总体情况.
const LOST_BLANKS = /^[ \t]*\?+(?=[ \t]*[\u4e00-\u9fff(（\d])|(?<=[。；;])\?+(?=[ \t]*$)/gm;
// A form's blank filled in with a number, its brackets kept (发布政务信息(1386)条): the brackets go, so
// the number reads as the count it is.
const FILLED_BLANK = new RegExp(`[(（](?=\\d[\\d.,]*[)）](?:${COUNTING_UNITS}))|(?<=[(（]\\d[\\d.,]*)[)）](?=${COUNTING_UNITS})`, "gu");

// Replacement characters from lines cut mid-character, zero-width marks and BOMs carry no meaning.
const DROPPED = /[\uFFFD\u200B-\u200D\u2060\uFEFF]/u;

/** Builds the matching form of `original`. */
export function normalize(original: string): NormalizedText {
  const dropped = droppedSpans(original);
  // Runs of characters kept as they are go to the output as slices; only the others are looked at one by one.
  const parts: string[] = [];
  let map: Int32Array = new Int32Array(original.length + 1);
  let n = 0;
  let runStart = -1;
  const endRun = (at: number): void => {
    if (runStart >= 0) parts.push(original.slice(runStart, at));
    runStart = -1;
  };
  let nextDrop = 0;
  for (let i = 0; i < original.length; i++) {
    if (nextDrop < dropped.length && i >= dropped[nextDrop]!) {
      // Inside a pinyin reading: skip to its end.
      endRun(i);
      i = dropped[nextDrop + 1]! - 1;
      nextDrop += 2;
      continue;
    }
    const code = original.charCodeAt(i);
    if (isStable(code)) {
      if (runStart < 0) runStart = i;
      if (n === map.length) map = grown(map);
      map[n++] = i;
      continue;
    }
    endRun(i);
    // Keep surrogate pairs together so NFKC and script conversion see whole code points.
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length;
    const outs = isPair ? foldKept(original.slice(i, i + 2)) : foldUnit(code);
    if (outs !== null) {
      for (const out of outs) {
        parts.push(out);
        if (n === map.length) map = grown(map);
        map[n++] = i;
      }
    }
    if (isPair) i++;
  }
  endRun(original.length);
  const folded = parts.join("");
  const text = TAIWAN_USAGE.reduce((t, [from, to]) => t.replace(from, to), simplifyAligned(folded));
  // simplifyAligned() keeps one output unit per input unit, so the map built while folding still holds.
  const toOriginal = new Int32Array(text.length + 1);
  toOriginal.set(map.subarray(0, n));
  toOriginal[text.length] = original.length;
  return { original, text, toOriginal };
}

function grown(map: Int32Array): Int32Array {
  const bigger = new Int32Array(map.length * 2);
  bigger.set(map);
  return bigger;
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

// Most text holds no pinyin at all: these find the first character either kind of reading needs.
const MAY_ANNOTATE = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/u;
const MAY_GLUE = new RegExp(`[${TONED}]`, "u");

/** The spans of pinyin readings, blanks lost to question marks and brackets around a filled-in count in `original`, as sorted, disjoint [start, end) pairs laid flat. */
function droppedSpans(original: string): number[] {
  const spans: Array<[number, number]> = [];
  if (MAY_ANNOTATE.test(original)) for (const m of original.matchAll(PINYIN_ANNOTATION)) spans.push([m.index, m.index + m[0].length]);
  if (MAY_GLUE.test(original)) for (const m of original.matchAll(GLUED_PINYIN)) spans.push([m.index, m.index + m[0].length]);
  if (original.includes("?")) for (const m of original.matchAll(LOST_BLANKS)) spans.push([m.index, m.index + m[0].length]);
  for (const m of original.matchAll(FILLED_BLANK)) spans.push([m.index, m.index + 1]);
  spans.sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (const [start, end] of spans) {
    if (end <= start) continue;
    // Overlapping readings are dropped as one span.
    if (flat.length > 0 && start <= flat.at(-1)!) flat[flat.length - 1] = Math.max(flat.at(-1)!, end);
    else flat.push(start, end);
  }
  return flat;
}

// ASCII and the CJK unified ideographs are their own NFKC form; most report text is one or the other.
function isStable(code: number): boolean {
  return (code < 0x80 && code !== 0) || (code >= 0x4e00 && code <= 0x9fff);
}

// Reports repeat a small set of characters that need folding (full-width punctuation above all).
const folds = new Map<string, string[]>();
// The same for a character of one UTF-16 unit, by its code: no string is made to look it up.
const unitFolds = new Array<string[] | null | undefined>(0x10000);

/** What a character of one unit becomes (`foldKept`), cached by its code. */
function foldUnit(code: number): string[] | null {
  let out = unitFolds[code];
  if (out === undefined) unitFolds[code] = out = foldKept(String.fromCharCode(code));
  return out;
}

/** What `ch` becomes in the matching form, or null when it is dropped. */
function foldKept(ch: string): string[] | null {
  return DROPPED.test(ch) ? null : fold(ch);
}

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

// One unit out per unit in: a phrase rule that changes the length is undone unit by unit.
function simplifyAligned(folded: string): string {
  const whole = simplified(folded);
  if (whole.length === folded.length) return whole;
  return folded.split("").map((u) => {
    const s = simplified(u);
    return s.length === u.length ? s : u;
  }).join("");
}
