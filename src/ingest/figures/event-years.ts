/**
 * The years of events a report tells of (盘龙区政务服务中心于2001年成立, 及时公布了2012年财政预算执行情况):
 * stored as figures of their own metric, labelled with the words around them, so 哪一年成立 is answered
 * with a stored number, while the ranking of counts never takes a year for a count.
 */
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import { namingFigure, type DraftFigure } from "./figure-draft.ts";
import type { Sentence } from "./sentences.ts";

// A year with the words of its clause around it; a year inside a document's number (〔2019〕), a
// period's bounds or a reporting year (2023年度未制定…) is no event's.
const YEAR = /([^，,。；;：:《》〔〕\[\]()（）\d]{0,12}?)((?:19|20)\d{2})\s*年(?!度)(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:起|至|到|—|-))((?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?[^，,。；;：:《》〔〕\[\]()（）\d]{0,12})/gu;
// The verbs of the events a year dates: a body set up, a system put in place, a document issued.
const EVENT = /成立|组建|设立|建立|挂牌|创建|开通|上线|启用|改版|出台|制定|印发|公布|发布|实施|开始|启动|建成|投入使用|更名|合并/u;

/** The years of events each sentence of `list` writes, as figures quoting that sentence. */
export function eventYears(text: string, list: readonly Sentence[]): DraftFigure[] {
  const out: DraftFigure[] = [];
  for (const s of list) {
    const sentence = text.slice(s.start, s.end);
    if (!sentence.includes("年") || !EVENT.test(sentence)) continue;
    for (const m of sentence.matchAll(YEAR)) {
      const label = `${m[1]}${m[2]}年${m[3]}`;
      if (EVENT.test(label)) out.push(namingFigure(NARRATIVE_METRICS.eventYear, label, Number(m[2]), "年", s));
    }
  }
  return out;
}
