/**
 * The places a report gives in an order (第41次常务会议, 排行榜第5名, 总第54期): stored as figures of their
 * own metric, labelled with the words around them and counted in the ordinal's word, so 第几次 and 排第几
 * are answered with a stored number, while the ranking of counts never takes one for a count.
 */
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import { readNumber } from "../../text/numbers.ts";
import { namingFigure, type DraftFigure } from "./figure-draft.ts";
import type { Sentence } from "./sentences.ts";

// 第二十条 and 第三季度 name a part, not a place in an order; the counters kept are those of events and
// ranks, and a rank may go without one (测评中排名第十).
const ORDINAL = /(\p{Script=Han}{0,12}?)第\s*(\d{1,4}|[一二三四五六七八九十百零〇两]{1,5})\s*(次|名|位|届|批|期|轮)(\p{Script=Han}{0,10})/gu;
const RANK_ALONE = /(\p{Script=Han}{0,12}?(?:排名|排行|排在|排|位列|名列|位居|居))第\s*(\d{1,4}|[一二三四五六七八九十百零〇]{1,5})(?![\d一二三四五六七八九十百零〇次名位届批期轮条款章节项季部篇卷册号])/gu;

/** The ordinals each sentence of `list` writes, as figures quoting that sentence. */
export function ordinalNumbers(text: string, list: readonly Sentence[]): DraftFigure[] {
  const out: DraftFigure[] = [];
  for (const s of list) {
    const sentence = text.slice(s.start, s.end);
    if (!sentence.includes("第")) continue;
    for (const m of sentence.matchAll(ORDINAL)) {
      const value = readNumber(m[2]!);
      if (value !== null) out.push(namingFigure(NARRATIVE_METRICS.ordinal, `${m[1]}第${m[2]}${m[3]}${m[4]}`, value, m[3]!, s));
    }
    for (const m of sentence.matchAll(RANK_ALONE)) {
      const value = readNumber(m[2]!);
      if (value !== null) out.push(namingFigure(NARRATIVE_METRICS.ordinal, `${m[1]}第${m[2]}`, value, "名", s));
    }
  }
  return out;
}
