/**
 * Places as web addresses spell them: the pinyin of a place's stem (jinshui, chuanshan), the
 * initials of its name (gcq for 高昌区), and initials run together with its city's or province's
 * (jmsdf for 佳木斯 东风, tjhd for 天津 河东, gdmx for 广东 梅县). Built on first use over provinces, cities and counties.
 */
import { createRequire } from "node:module";
import type * as PinyinPro from "pinyin-pro";
import { allPlaces, lineage, placeStem, type Place } from "./gazetteer.ts";

let index: Map<string, Place[]> | null = null;
// Loaded with the index, on first use: a load of pages without web addresses never reads its dictionary.
let pinyin: typeof PinyinPro.pinyin;

/** Places a word of an address may spell; empty when it spells none. */
export function placesSpelled(word: string): readonly Place[] {
  index ??= build();
  return index.get(word.toLowerCase()) ?? [];
}

const initialsIndex = new Map<"city" | "county", Map<string, Place[]>>();

/**
 * Cities whose stem's two initials are `word` (xm for 厦门): a city's own host (scjg.xm.gov.cn) is
 * named so. Two letters fit many places: a caller takes them only where little else is spelled.
 */
export function citiesByInitials(word: string): readonly Place[] {
  return byTwoInitials(word, "city");
}

/** Counties whose stem's two initials are `word` (zh for 昭化区), as for `citiesByInitials`. */
export function countiesByInitials(word: string): readonly Place[] {
  return byTwoInitials(word, "county");
}

function byTwoInitials(word: string, level: "city" | "county"): readonly Place[] {
  let byInitials = initialsIndex.get(level);
  if (!byInitials) {
    index ??= build();
    byInitials = new Map();
    for (const p of allPlaces([level])) {
      const key = initials(placeStem(p.name));
      if (key.length === 2) byInitials.set(key, [...(byInitials.get(key) ?? []), p]);
    }
    initialsIndex.set(level, byInitials);
  }
  return byInitials.get(word.toLowerCase()) ?? [];
}

let provinceIndex: Map<string, Place[]> | null = null;

/** Every province whose stem's two initials are `word` (xj: 新疆; hb: 河北 and 湖北). */
export function provincesByInitials(word: string): readonly Place[] {
  if (!provinceIndex) {
    index ??= build();
    provinceIndex = new Map();
    for (const p of allPlaces(["province"])) {
      const key = initials(placeStem(p.name));
      provinceIndex.set(key, [...(provinceIndex.get(key) ?? []), p]);
    }
  }
  return provinceIndex.get(word.toLowerCase()) ?? [];
}

const townshipIndex = new Map<string, Map<string, Place[]>>();

/**
 * Townships of `county` whose stem's initials are `word` (xyz for 西于庄街道 of 红桥区): a district's
 * site files its townships' pages under them (/xyzjdbsc/ for 西于庄街道办事处).
 */
export function townshipsByInitials(word: string, county: Place): readonly Place[] {
  let byInitials = townshipIndex.get(county.code);
  if (!byInitials) {
    index ??= build();
    byInitials = new Map();
    for (const p of allPlaces(["township"])) {
      if (p.parent !== county) continue;
      const key = initials(placeStem(p.name));
      byInitials.set(key, [...(byInitials.get(key) ?? []), p]);
    }
    townshipIndex.set(county.code, byInitials);
  }
  return byInitials.get(word.toLowerCase()) ?? [];
}

function build(): Map<string, Place[]> {
  pinyin = (createRequire(import.meta.url)("pinyin-pro") as typeof PinyinPro).pinyin;
  const map = new Map<string, Place[]>();
  const add = (key: string, p: Place, min: number): void => {
    if (key.length < min) return;
    const list = map.get(key);
    if (!list) map.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of allPlaces(["province", "city", "county"])) {
    const stem = placeStem(p.name);
    const full = spell(stem);
    // Whole syllables say enough from four letters on (daan, hukou); initials need more to be told apart.
    add(full, p, 4);
    add(initials(p.name), p, 3);
    add(initials(stem), p, 3);
    // gdmx: a county's initials after its province's (广东 梅县), as provinces' sites name their counties.
    const province = p.level === "county" ? lineage(p)[0] : undefined;
    if (province && province.level === "province") add(initials(placeStem(province.name)) + initials(stem), p, 4);
    const parent = p.parent;
    if (parent) {
      const parentStem = placeStem(parent.name);
      add(initials(parentStem) + initials(stem), p, 4);
      add(initials(parentStem) + initials(p.name), p, 4);
      // hzshtq: with its parent's level word too (汉中市 汉台区), as a government's site names itself.
      add(initials(parent.name) + initials(p.name), p, 5);
      add(spell(parentStem) + full, p, 6);
      // bjdch: the stem's initials with zh, ch and sh written whole (东城 → dch), after its parent's.
      const digraphs = digraphInitials(stem);
      if (digraphs !== initials(stem)) add(initials(parentStem) + digraphs, p, 4);
    }
  }
  return map;
}

function spell(text: string): string {
  return pinyin(text, { toneType: "none", type: "array" }).join("").replace(/ü/g, "v");
}

function initials(text: string): string {
  return pinyin(text, { pattern: "first", toneType: "none", type: "array" }).join("");
}

/** The initials of `text` with zh, ch and sh kept whole (东城 → dch), as some sites spell them. */
function digraphInitials(text: string): string {
  return spell(text).length === 0 ? "" : pinyin(text, { toneType: "none", type: "array" }).map((syllable) => /^[zcs]h/u.test(syllable) ? syllable.slice(0, 2) : syllable[0] ?? "").join("");
}
