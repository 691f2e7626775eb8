/**
 * Names written short the way Chinese names are shortened: some characters of the full name kept in
 * order, its first one and its closing one among them (交通厅 for 交通运输厅, 发展改革委 for
 * 发展和改革委员会). Ingest and answers both read names this way.
 */

/** The closing character of a short name stands among the last characters of the full one (委 of 委员会). */
const CLOSING_REACH = 3;

/** True when `short` abbreviates `full`: shorter, same first character, its characters in order, a closing one kept. */
export function abbreviates(short: string, full: string): boolean {
  if (short.length < 2 || short.length >= full.length || short[0] !== full[0]) return false;
  if (!full.slice(-CLOSING_REACH).includes(short[short.length - 1]!)) return false;
  let at = 0;
  for (const ch of short) {
    const found = full.indexOf(ch, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

/**
 * In how many places `full` holds characters `short` leaves out, `short`'s characters matched in order
 * the way that leaves the fewest (海南省民政厅 leaves one run of 海南省人民政府网站省民政厅 out, not two);
 * Infinity when `full` does not hold them in order.
 */
export function gapsLeftOut(short: string, full: string): number {
  const a = [...short];
  const b = [...full];
  // fewest[j]: the fewest gaps with the characters matched so far, the last at b[j - 1] (j = 0: none matched yet).
  let fewest = b.map((_, j) => (j === 0 ? 0 : Infinity)).concat(Infinity);
  for (const ch of a) {
    const next = new Array<number>(b.length + 1).fill(Infinity);
    for (let j = 1; j <= b.length; j++) {
      if (b[j - 1] !== ch) continue;
      for (let k = 0; k < j; k++) if (fewest[k]! < Infinity) next[j] = Math.min(next[j]!, fewest[k]! + (j - 1 > k ? 1 : 0));
    }
    fewest = next;
  }
  return Math.min(...fewest.map((g, j) => g + (j < b.length ? 1 : 0)));
}
