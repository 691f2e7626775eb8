/**
 * The numbers of the documents a report cites: an order's (国务院令第711号, 市政府令291号, 国务院第492号令)
 * and an issued document's (国办发〔2015〕22号). Each is stored as a figure of its own metric, labelled
 * with the whole designation, so a question asking 第几号 is answered with a stored number while the
 * ranking of counts never takes one for a count.
 */
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import { namingFigure, type DraftFigure } from "./figure-draft.ts";
import type { Sentence } from "./sentences.ts";

// 国务院令第711号, 市政府令291号; 国务院第492号令, 国务院492号令; 国办发〔2015〕22号, 赣府发[2010]90号.
const DESIGNATION =
  /[\u4e00-\u9fff]{1,8}令\s*第?\s*(\d{1,4})\s*号|[\u4e00-\u9fff]{1,8}第?\s*(\d{1,4})\s*号令|[\u4e00-\u9fff]{1,8}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*第?\s*(\d{1,4})\s*号/gu;
// Words before an issuer that the run of characters takes in (已经市政府令, 贯彻落实辽政办发): the
// designation starts after the last of them.
const LEAD_WORDS = /^[^令〔\[［(（]*(?:关于|贯彻|落实|转发|印发|已经|经过|根据|依据|按照|依照|通过|以及|和(?!国)|及|与|的)/u;

/** The document numbers each sentence of `list` cites, as figures quoting that sentence. */
export function documentNumbers(text: string, list: readonly Sentence[]): DraftFigure[] {
  const out: DraftFigure[] = [];
  for (const s of list) {
    const sentence = text.slice(s.start, s.end);
    // The pattern tries every character as an issuer's first; most sentences cite no number at all.
    if (!sentence.includes("号")) continue;
    for (const m of sentence.matchAll(DESIGNATION)) {
      const label = m[0].replace(LEAD_WORDS, "").replace(/\s+/gu, "");
      const value = Number(m[1] ?? m[2] ?? m[3]);
      out.push(namingFigure(NARRATIVE_METRICS.documentNumber, label, value, "号", s));
    }
  }
  return out;
}
