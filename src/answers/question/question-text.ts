/**
 * The matching form of a question: simplified script, NFKC-folded (full-width digits become
 * ASCII), with spaces and punctuation removed so 「凉州区 科技局，2021年？」 reads like
 * 「凉州区科技局2021年」.
 */
import { placesNamed, placesStemmed } from "../../places/gazetteer.ts";
import { normalize } from "../../text/normalized-text.ts";
import { endsWithZoneWord } from "../../places/zone-names.ts";

const NOISE = /[\s\p{P}\p{S}]+/gu;
// A name with its place in brackets after it: 交道口街道(东城区), 庐山区(九江).
const PLACE_ASIDE = /([\u4e00-\u9fff]+)[(（]([\u4e00-\u9fff]{2,8})[)）]/gu;

/**
 * Returns the matching form of `question`; a place in brackets after a name is read before it
 * (东城区交道口街道), except after a zone, which governs the district so written (高新区新市区).
 */
export function questionText(question: string): string {
  return normalize(question)
    .text.replace(PLACE_ASIDE, (whole, name: string, place: string) => (!isPlace(place) ? whole : endsWithZoneWord(name) ? name + place : place + name))
    .replace(NOISE, "");
}

function isPlace(word: string): boolean {
  return placesNamed(word).length > 0 || placesStemmed(word).length > 0;
}
