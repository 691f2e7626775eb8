/**
 * Numbers a page printed without separators between a row's cells (`640020470` for 64 | 0 | 0 | 2 |
 * 0 | 4 | 70). A run of digits is read only where exactly one split into the row's cells fits what
 * the template says of the row (each total the sum of its parts); otherwise the row is not read.
 */

/** A number as a cell holds it: no leading zero unless it is 0, at most six decimals (万元 to the 元 and 分). */
const CELL_NUMBER = /^(?:0|[1-9]\d{0,7})(?:\.\d{1,6})?$/u;
/** Splits tried before a row is given up as too long to read. */
const MAX_STEPS = 200_000;

/** A number of a split, with its place in the token it came from. */
export interface GluedPart {
  value: number;
  /** Index of the token it came from, and its offsets within that token. */
  token: number;
  start: number;
  end: number;
}

/**
 * The splits of `tokens` (runs of digits the page parted by blanks, in order) into `count`
 * numbers that satisfy `fits`, at most `limit` of them: a row is read only when there is one.
 */
export function gluedSplits(tokens: readonly string[], count: number, fits: (values: number[]) => boolean = () => true, limit = 2): GluedPart[][] {
  const found: GluedPart[][] = [];
  const parts: GluedPart[] = [];
  let steps = 0;
  const remainingTokens = (t: number): number => tokens.length - t;
  const walk = (t: number, at: number): boolean => {
    if (++steps > MAX_STEPS) return false;
    if (t === tokens.length) {
      if (parts.length === count && fits(parts.map((p) => p.value))) found.push([...parts]);
      return found.length < limit;
    }
    const token = tokens[t]!;
    // Each token left needs a number of its own.
    if (parts.length + remainingTokens(t) > count) return true;
    for (let end = at + 1; end <= token.length; end++) {
      const text = token.slice(at, end);
      if (!CELL_NUMBER.test(text)) continue;
      parts.push({ value: Number(text), token: t, start: at, end });
      const more = end === token.length ? walk(t + 1, 0) : walk(t, end);
      parts.pop();
      if (!more) return false;
    }
    return true;
  };
  walk(0, 0);
  return steps > MAX_STEPS ? [] : found;
}

/** True when the first numbers sum to the last (a row of parts and its 总计). */
export function partsMakeTotal(values: readonly number[]): boolean {
  const total = values.at(-1)!;
  const sum = values.slice(0, -1).reduce((a, b) => a + b, 0);
  return Math.abs(sum - total) < 1e-6;
}
