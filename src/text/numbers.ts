/**
 * Reading numbers as reports write them: Arabic digits (already NFKC-folded), Chinese numerals
 * (二十三, 一千三百余, 两万), and years (2010, 二〇一〇, 二零一零).
 */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿";

/**
 * Reads a Chinese numeral such as 二十三, 一千三百, 十五, 两万三千 or 三万五; null if it is not one.
 * Digit-by-digit forms (一三三九) are read positionally.
 */
export function readChineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  if ([...s].every((c) => c in DIGITS)) {
    return s.length === 1 ? DIGITS[s]! : Number([...s].map((c) => DIGITS[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c]!;
      section += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    } else if (c in LARGE_UNITS) {
      const unit = LARGE_UNITS[c]!;
      section += digit ?? 0;
      total += (section === 0 ? 1 : section) * unit;
      section = 0;
      digit = null;
      lastUnit = unit;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    // 三万五 means 35000 and 一千三 means 1300: a trailing digit takes the next unit down.
    section += lastUnit >= 10 && !s.endsWith("零" + [...s].at(-1)) ? digit * (lastUnit / 10) : digit;
  }
  return total + section;
}

/** Reads a number written with Arabic digits (1,339 / 1 339 / 1339 / 12.5) or Chinese numerals. */
export function readNumber(s: string): number | null {
  const t = s.replace(/[,，\s]/g, "");
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return readChineseNumber(t);
}

/** Reads a year written 2010, 二〇一〇 or 二零一零; null when it is not a plausible report year. */
export function readYear(s: string): number | null {
  const t = s.trim();
  let n: number | null = null;
  if (/^\d{4}$/.test(t)) n = Number(t);
  else if (/^[〇零一二三四五六七八九]{4}$/.test(t)) n = Number([...t].map((c) => DIGITS[c]).join(""));
  return n !== null && n >= 1990 && n <= 2100 ? n : null;
}
