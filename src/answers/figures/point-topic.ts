/**
 * The topic of the enumerated point a figure stands under: a report lists its work as points, each
 * opening with a short heading of its own (二是公共企事业单位信息。开设…专题,发布信息4.7万条), and the
 * counts in the sentences after that heading are of its topic, which their own clauses leave unsaid.
 */
import type { StoredPassage } from "../report-source.ts";

// A point's opener and its heading, a sentence of a few words: 二是X。 / (二)X。 / 第二,X。
const POINT_HEADING = /(?:^|[。；;！!？?\n])\s*(?:[一二三四五六七八九十]是|[(（][一二三四五六七八九十]{1,2}[)）]|第[一二三四五六七八九十]{1,2}[,，、])\s*([^。；;，,、\n\d]{2,16})[。；;]/gu;
// Any point opener, whose heading may be a long sentence: it starts a point of its own.
const POINT_OPENER = /(?:^|[。；;！!？?\n])\s*(?:[一二三四五六七八九十]是|[(（][一二三四五六七八九十]{1,2}[)）]|第[一二三四五六七八九十]{1,2}[,，、])/gu;

/** The heading of the point the text at `start` stands under within its passage, or "" when there is none. */
export function pointTopic(passages: readonly StoredPassage[], start: number): string {
  const passage = passages.find((p) => p.start <= start && start < p.end);
  if (!passage) return "";
  const before = passage.text.slice(0, start - passage.start);
  let heading: RegExpExecArray | null = null;
  for (const m of before.matchAll(POINT_HEADING)) heading = m;
  if (!heading) return "";
  const headingEnd = heading.index + heading[0].length;
  // A later point opened since (三是…) is the one the figure stands under.
  for (const m of before.matchAll(POINT_OPENER)) if (m.index >= headingEnd - 1) return "";
  return heading[1]!;
}
