/**
 * The numbers an address gives: a street's (港城大街77号, 兴华路8号) and a building's (1号楼). Each is
 * stored as a figure of its own metric, labelled with the street as written (or 号楼), so a question
 * asking 在兴华路多少号 or 几号楼 is answered with a stored number, while the ranking of counts never
 * takes one for a count.
 */
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import { namingFigure, type DraftFigure } from "./figure-draft.ts";
import type { Sentence } from "./sentences.ts";

// A street is the run of characters ending in its kind (秦皇岛市海港区港城大街); its number is no
// order's or document's (市政府令291号, 号文).
const STREET_NUMBER = /(?<!\p{Script=Han})(\p{Script=Han}{1,20}?(?:大街|大道|路|街|巷|胡同|弄))\s*(\d{1,5})\s*号(?![令文])(?!\s*楼)/gu;
const BUILDING_NUMBER = /(\d{1,3})\s*号\s*楼/gu;

/** The street and building numbers each sentence of `list` gives, as figures quoting that sentence. */
export function addressNumbers(text: string, list: readonly Sentence[]): DraftFigure[] {
  const out: DraftFigure[] = [];
  for (const s of list) {
    const sentence = text.slice(s.start, s.end);
    if (!sentence.includes("号")) continue;
    for (const m of sentence.matchAll(STREET_NUMBER)) out.push(namingFigure(NARRATIVE_METRICS.addressNumber, m[1]!, Number(m[2]), "号", s));
    for (const m of sentence.matchAll(BUILDING_NUMBER)) out.push(namingFigure(NARRATIVE_METRICS.addressNumber, "号楼", Number(m[1]), "号楼", s));
  }
  return out;
}
