/**
 * Several measures asked at once (主动公开和依申请公开分别多少, 行政复议、行政诉讼各多少件): the
 * asking part cut at the words that join them, each part read for its own measure, in the order asked.
 */
import { detectIntent, withoutReasons, type MetricIntent } from "./metric-intent.ts";

// 分别, 各是多少: the question wants each measure it joins, not one of them. 各 ends what is asked
// (its 多少 went with the question words, a unit such as 件 may stay after it); 各部门 is no such 各.
const EACH = /分别|各自|各[是有为]?(?=\s|$)/u;
const JOINER = /以及|和|与|及|跟|、/gu;

/** One measure of a question and the part of the question that names it. */
export interface AskedMeasure {
  intent: MetricIntent;
  query: string;
}

/** The measures `query` asks for each of; empty unless it joins two or more different figure measures. */
export function joinedMeasures(query: string): AskedMeasure[] {
  if (!EACH.test(query)) return [];
  const sides = query.split(JOINER);
  if (sides.length < 2) return [];
  const measures: AskedMeasure[] = [];
  for (const side of sides) {
    const intent = detectIntent(withoutReasons(side));
    if (!intent || intent.kind !== "figure" || measures.some((m) => m.intent.id === intent.id)) return [];
    measures.push({ intent, query: side });
  }
  return measures;
}
