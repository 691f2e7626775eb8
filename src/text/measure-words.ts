/**
 * The measure words reports count with (条, 件, 人次, 小类 …), from `data/measure-words.json`, as
 * one regular-expression alternation for reading a number's unit.
 */
import measureWords from "../../data/measure-words.json" with { type: "json" };

const notBefore: Record<string, string[]> = measureWords.notBefore;

/**
 * An alternation of the counting measure words, longest first so 人次 wins over 人, each guarded
 * against the words it opens (处 of 处理).
 */
export const COUNTING_UNITS: string = [...measureWords.counting]
  .sort((a, b) => b.length - a.length)
  .map((w) => (notBefore[w] ? `${w}(?![${notBefore[w]!.join("")}])` : w))
  .join("|");
