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

/** In how many places `full` holds characters `short` leaves out, `short`'s characters matched in order. */
export function gapsLeftOut(short: string, full: string): number {
  let gaps = 0;
  let at = 0;
  for (const ch of short) {
    const found = full.indexOf(ch, at);
    if (found > at) gaps++;
    at = found + 1;
  }
  return at < full.length ? gaps + 1 : gaps;
}
