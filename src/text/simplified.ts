/**
 * Traditional script read as simplified: the one script conversion ingest and the answers share.
 * Most text is simplified already, and a text holding none of the characters the conversion can
 * change comes back as it is without running the conversion's dictionaries over it.
 */
import { ConverterBuilder, CustomConverter } from "opencc-js/core";
import * as t2cn from "opencc-js/preset/t2cn";
import variants from "../../data/script-variants.json" with { type: "json" };

// The traditional-to-simplified dictionaries alone, not the full package's every locale, then the
// variant characters they leave as they are.
const fromTraditional = ConverterBuilder(t2cn)({ from: "t", to: "cn" });
const fromVariants = CustomConverter(Object.entries(variants.forms));
const toSimplified = (text: string): string => fromVariants(fromTraditional(text));

/** `text` in simplified script (`領導活動會議講話` → `领导活动会议讲话`). */
export function simplified(text: string): string {
  return mayConvert(text) ? toSimplified(text) : text;
}

// Dictionary entries are converted together joined by this (see `convertEach`), except those
// holding an ideographic description character (U+2FF0–U+2FFF, U+31EF).
const SEPARATOR = "\n";
const DESCRIPTION = /[\u2ff0-\u2fff\u31ef]/u;

/**
 * The UTF-16 units that let the conversion change a text: every unit of a character it changes
 * on its own, and of a phrase it changes though none of its characters changes alone, the units
 * that differ (沈 of 沈默 → 沉默; every unit when the length changes). A text holding none of them is
 * its own conversion, since the dictionaries can match there only phrases that convert to themselves.
 */
const triggers = triggerUnits();

function mayConvert(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (triggers[text.charCodeAt(i)] === 1) return true;
  return false;
}

function triggerUnits(): Uint8Array {
  const units = new Uint8Array(0x10000);
  const mark = (s: string): void => {
    for (let i = 0; i < s.length; i++) units[s.charCodeAt(i)] = 1;
  };
  const keys = dictionaryKeys(t2cn.configs["t2s"]);
  const chars = [...new Set([...keys].flatMap((key) => [...key]))];
  const changes = new Set<string>();
  convertEach(chars).forEach((converted, i) => {
    if (converted !== chars[i]) changes.add(chars[i]!);
  });
  for (const ch of changes) mark(ch);
  // A variant word (计画, simplified as written or as 計畫 converts) is looked for where its last character stands.
  for (const key of Object.keys(variants.forms)) mark(key.slice(-1));
  const phrases = [...keys].filter((key) => [...key].length >= 2 && ![...key].some((ch) => changes.has(ch)));
  convertEach(phrases).forEach((converted, i) => {
    const key = phrases[i]!;
    if (converted.length !== key.length) mark(key);
    else for (let j = 0; j < key.length; j++) if (converted[j] !== key[j]) mark(key[j]!);
  });
  return units;
}

/**
 * The conversion of each of `texts` (dictionary entries), in one run over them joined by line
 * breaks, which no entry holds, so no match spans two of them: thousands of runs over a
 * character each would have the conversion's code compiled, optimized and thrown away at start-up.
 * A text holding a character that describes a character's composition (⿰, which makes the
 * conversion skip what follows it) is converted on its own.
 */
function convertEach(texts: readonly string[]): string[] {
  const joined = texts.filter((t) => !DESCRIPTION.test(t) && !t.includes(SEPARATOR));
  const converted = toSimplified(joined.join(SEPARATOR)).split(SEPARATOR);
  if (converted.length !== joined.length) throw new Error("simplified: the dictionary entries converted together did not come apart");
  const byText = new Map(joined.map((t, i) => [t, converted[i]!]));
  return texts.map((t) => byText.get(t) ?? toSimplified(t));
}

// The source side of every entry of the dictionaries a conversion is built from: a dictionary is
// a string of `source replacement` entries joined by `|`, or a list of [source, replacement]
// pairs, and groups and chains nest them in lists.
function dictionaryKeys(dictionaries: unknown): Set<string> {
  const keys = new Set<string>();
  const visit = (x: unknown): void => {
    if (typeof x === "string") {
      if (x.includes(" ")) for (const entry of x.split("|")) keys.add(entry.split(" ")[0]!);
    } else if (Array.isArray(x)) {
      if (x.length === 2 && typeof x[0] === "string" && typeof x[1] === "string" && !x[0].includes(" ") && !x[1].includes(" ")) keys.add(x[0]);
      else x.forEach(visit);
    } else if (x && typeof x === "object") {
      Object.values(x).forEach(visit);
    }
  };
  visit(dictionaries);
  if (keys.size === 0) throw new Error("simplified: no dictionary entries found for the t2s conversion");
  return keys;
}
