/**
 * The place a branch office sits in, written inside its kind right before a branch word
 * (平江 of 岳阳市生态环境局平江分局, 重庆 of 国家统计局重庆调查总队): a question names such a branch by
 * that place (平江环境分局, 重庆总队), not by the city or organ its name opens with.
 */
import aliases from "../../../data/aliases.json" with { type: "json" };
import { lineage, placesNamed, placesStemmed, type Place } from "../../places/gazetteer.ts";
import { isZoneName } from "../../places/zone-names.ts";

const BRANCH_WORDS: readonly string[] = [...aliases.branchWords].sort((a, b) => b.length - a.length);
const BRANCH_WORD = new RegExp(BRANCH_WORDS.join("|"), "u");
/** Longest place name (with its suffix) looked for before a branch word. */
const MAX_PLACE = 6;
/** Longest zone name looked for before a branch word. */
const MAX_ZONE = 12;

/**
 * The place written right before a branch word of `kind`, as written (平江 or 平江县), or null. It
 * must lie within one of `around` (the agency's other places, by name) where there are any; with
 * none, only a province-level place counts (a national organ's provincial branch).
 */
export function branchPlace(kind: string, around: readonly string[]): string | null {
  // Most kinds hold no branch word: a national catalogue asks this of every agency it indexes.
  if (!BRANCH_WORD.test(kind)) return null;
  for (const word of BRANCH_WORDS) {
    const at = kind.lastIndexOf(word);
    if (at < 2) continue;
    for (let len = Math.min(MAX_PLACE, at); len >= 2; len--) {
      const written = kind.slice(at - len, at);
      const readings = [...placesNamed(written), ...placesStemmed(written)];
      if (readings.some((p) => fits(p, around))) return written;
    }
    // A zone of the agency's city (武汉市生态环境局东湖生态旅游风景区分局): the longest zone name before the word.
    for (let len = Math.min(MAX_ZONE, at); len >= 4 && around.length > 0; len--) {
      const written = kind.slice(at - len, at);
      if (isZoneName(written) && !/[局委厅办]/u.test(written)) return written;
    }
  }
  return null;
}

function fits(p: Place, around: readonly string[]): boolean {
  // A national organ's provincial branch is placed in the province it is named by (湖北 of 国家统计局湖北调查总队).
  if (around.length === 0 || (around.includes(p.name) && p.level === "province")) return p.level === "province";
  // 平江县 lies within 岳阳市: one of its parents is named as the agency's place is.
  return lineage(p)
    .slice(0, -1)
    .some((outer) => around.includes(outer.name));
}
