/**
 * Several measures asked at once (主动公开和依申请公开分别多少, 行政复议、行政诉讼各多少件): the
 * asking part cut at the words that join them, each part read for its own measure, in the order asked.
 */
import { detectIntent, withoutReasons, type MetricIntent } from "./metric-intent.ts";

// 分别, 各是多少: the question wants each measure it joins, not one of them. 各 ends what is asked
// (its 多少 went with the question words, a unit such as 件 may stay after it); 各部门 is no such 各.
const EACH = /分别|各自|各[是有为]?(?=\s|$)/u;
const JOINER = /以及|和|与|及|跟|、/gu;

/**
 * One measure of a question and the part of the question that names it; `intent` is null for a
 * part that names a category or label no measure word does (政策法规 of 政策法规和政务文件分别多少条).
 */
export interface AskedMeasure {
  intent: MetricIntent | null;
  query: string;
}

// A part naming a category has a name of its own, not only the words that ask for each.
const NAMED_PART = /[\u4e00-\u9fff]{2}/u;

/**
 * The measures `query` asks for each of; empty unless it joins two or more different figure
 * measures, or two or more parts that name no measure word (categories, found in a report by name).
 */
export function joinedMeasures(query: string): AskedMeasure[] {
  if (!EACH.test(query)) return [];
  const sides = query.split(JOINER);
  if (sides.length < 2) return [];
  const intents = sides.map((side) => detectIntent(withoutReasons(side)));
  if (intents.every((i) => i === null)) {
    const named = sides.every((side) => NAMED_PART.test(side.replace(EACH, "")));
    return named ? sides.map((side) => ({ intent: null, query: side })) : [];
  }
  const measures: AskedMeasure[] = [];
  for (const [i, intent] of intents.entries()) {
    if (!intent || intent.kind !== "figure" || measures.some((m) => m.intent?.id === intent.id)) return [];
    measures.push({ intent, query: sides[i]! });
  }
  return measures;
}
