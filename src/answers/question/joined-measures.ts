/**
 * Two measures asked at once (主动公开和依申请公开分别多少): the asking part cut at the word that
 * joins them, each side read for its own measure, in the order asked.
 */
import { detectIntent, withoutReasons, type MetricIntent } from "./metric-intent.ts";

// 分别, 各是多少: the question wants each measure it joins, not one of them. 各 ends what is asked
// (its 多少 went with the question words).
const EACH = /分别|各自|各[是有为]?\s*$/u;
const JOINER = /以及|和|与|及|跟/u;

/** One measure of a question and the part of the question that names it. */
export interface AskedMeasure {
  intent: MetricIntent;
  query: string;
}

/** The measures `query` asks for each of; empty unless it joins two different figure measures. */
export function joinedMeasures(query: string): AskedMeasure[] {
  const joiner = EACH.test(query) ? JOINER.exec(query) : null;
  if (!joiner) return [];
  const sides = [query.slice(0, joiner.index), query.slice(joiner.index + joiner[0].length)];
  const intents = sides.map((side) => detectIntent(withoutReasons(side)));
  const [first, second] = intents;
  if (!first || !second || first.kind !== "figure" || second.kind !== "figure" || first.id === second.id) return [];
  return [
    { intent: first, query: sides[0]! },
    { intent: second, query: sides[1]! },
  ];
}
