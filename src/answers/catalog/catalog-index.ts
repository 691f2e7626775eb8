/**
 * The catalogue in memory with the indexes question resolution needs: agencies by place token,
 * by kind tail and by alias group, plus the fuzzy agency search. Built once per catalogue version.
 */
import aliases from "../../../data/aliases.json" with { type: "json" };
import type { ReportSummary } from "../report-source.ts";
import { createAgencySearch, type AgencyDocument, type AgencySearch } from "../search/minisearch-index.ts";
import { autonomousShortForms } from "../../domain/autonomous-place.ts";
import { provincialBodyNamed } from "../../places/organs.ts";
import { GOVERNMENT_KEY, isGovernmentKind, isPlaceAuthorityKind, kindGroupsOf } from "./alias-table.ts";
import { placeStem, splitAgencyName } from "./agency-name.ts";
import { branchPlace } from "./branch-place.ts";
import { secondNameInTitle, zonesBeside } from "./joint-title.ts";
import { cityInitialForm, leagueShortForm, placesNamed, placesStemmed } from "../../places/gazetteer.ts";
import { districtsAfterZones, isListedZone, isZoneName, ZONE_WORDS } from "../../places/zone-names.ts";

/** One agency the corpus holds reports of. */
export interface AgencyEntry {
  id: number;
  name: string;
  /** Places its name starts with (凉州区). */
  places: string[];
  /** The place a branch office sits in, written inside its kind (平江 of 岳阳市生态环境局平江分局), or null. */
  branch: string | null;
  /** The zone its name writes as a place and its word (重庆高新技术产业开发区 of 重庆 | 高新技术产业开发区), whole, or null. */
  zone: string | null;
  /** Every place it sits in: name places, region fields, and their stems. */
  within: Set<string>;
  kind: string;
  kindKeys: string[];
  government: boolean;
  /** Its reports, newest year first. */
  reports: ReportSummary[];
  /** The second names its reports' titles give it (临空先进制造业区管委会 of 临空先进制造业发展局). */
  secondNames: string[];
}

export interface CatalogIndex {
  version: number;
  reports: ReportSummary[];
  agencies: AgencyEntry[];
  byName: Map<string, AgencyEntry>;
  /** Place names and stems as a question may write them (凉州区, 凉州) → agencies whose name starts there. */
  byPlace: Map<string, AgencyEntry[]>;
  /** Region places (name, region fields, stems) → agencies within. */
  byRegion: Map<string, AgencyEntry[]>;
  /** Kinds and their tails (黄河河务局, 河务局) → agencies. */
  byKind: Map<string, AgencyEntry[]>;
  byKindKey: Map<string, AgencyEntry[]>;
  search: AgencySearch;
}

const MIN_TAIL = 3;
const GENERIC_TAILS = new Set(aliases.genericKindTails);

/** Builds the index over `reports`; reports with no agency (anonymized pieces) are listed but never resolved to. */
export function buildCatalogIndex(version: number, reports: ReportSummary[]): CatalogIndex {
  const byName = new Map<string, AgencyEntry>();
  const agencies: AgencyEntry[] = [];
  const places = new PlaceForms();
  const kinds = new Map<string, KindFacts>();
  for (const report of reports) {
    const name = report.agencyNormalized;
    if (!name || report.anonymized) continue;
    let entry = byName.get(name);
    if (!entry) {
      const { province, city, county, township } = report.region;
      const region: string[] = [];
      if (province) region.push(province);
      if (city) region.push(city);
      if (county) region.push(county);
      if (township) region.push(township);
      const split = splitAgencyName(name, region);
      const kind = kindFacts(split.kind, kinds);
      const branch = branchPlace(split.kind, [...split.places, ...region]);
      const within = new Set<string>();
      for (const place of split.places) places.addTo(within, place);
      if (branch) places.addTo(within, branch);
      for (const place of region) places.addTo(within, place);
      entry = {
        id: agencies.length,
        name,
        places: split.places,
        branch,
        zone: zoneWithItsStem(split.places),
        within,
        kind: split.kind,
        kindKeys: kind.keys,
        government: kind.government,
        reports: [],
        secondNames: [],
      };
      byName.set(name, entry);
      agencies.push(entry);
    }
    entry.reports.push(report);
    const second = secondNameInTitle(report.title, report.agency ?? name) ?? secondNameInTitle(report.title, name);
    if (second && !entry.secondNames.includes(second)) entry.secondNames.push(second);
  }
  const byPlace = new Map<string, AgencyEntry[]>();
  const byRegion = new Map<string, AgencyEntry[]>();
  const byKind = new Map<string, AgencyEntry[]>();
  const byKindKey = new Map<string, AgencyEntry[]>();
  const documents: AgencyDocument[] = [];
  for (const a of agencies) {
    if (a.reports.length > 1) a.reports.sort((x, y) => (y.year ?? 0) - (x.year ?? 0) || x.id - y.id);
    // One place's forms are distinct already; only several places need a set to merge theirs.
    const named = [...a.places, ...(a.branch ? [a.branch] : []), ...(a.zone ? [a.zone] : [])];
    if (named.length === 1) for (const token of places.of(named[0]!)) push(byPlace, token, a);
    else if (named.length > 1) {
      const tokens = new Set<string>();
      for (const place of named) places.addTo(tokens, place);
      for (const token of tokens) push(byPlace, token, a);
    }
    // A zone its title names beside it (广州开发区 of 广州市黄埔区人民政府 广州开发区管委会…) names it too.
    for (const zone of new Set(a.reports.flatMap((r) => zonesBeside(r.title, a.name)))) push(byPlace, zone, a);
    // A district its zone's title or name writes beside the zone (高新区(新市区), 医药高新区(高港区)财政局):
    // the zone governs it as one body, and its committee, the government it files as and their departments are the district's too.
    for (const district of new Set(a.reports.flatMap((r) => districtsAfterZones(`${r.title} ${r.agency ?? ""}`)))) {
      if (placesNamed(district).length > 0 || placesStemmed(district).length > 0) for (const token of places.of(district)) push(byPlace, token, a);
    }
    // A township its zone's title writes as the body's second name (冶金工业园(锦丰镇)) names it too.
    for (const second of a.secondNames) if (placesNamed(second).length > 0) for (const token of places.of(second)) push(byPlace, token, a);
    for (const token of a.within) push(byRegion, token, a);
    const kind = kinds.get(a.kind)!;
    for (const tail of kind.tails) push(byKind, tail, a);
    for (const key of kind.keys) push(byKindKey, key, a);
    documents.push({ id: a.id, name: [a.name, ...a.secondNames].join(" "), places: [...a.within].join(" ") });
  }
  // Filled in the background once the cache makes this index current (see `AgencySearch.warm`).
  const search = createAgencySearch(documents);
  return { version, reports, agencies, byName, byPlace, byRegion, byKind, byKindKey, search };
}

/** What every agency of one kind shares; a national corpus holds a few hundred kinds over tens of thousands of agencies. */
interface KindFacts {
  /** The alias groups of the kind; a place's governing authority (管理委员会) answers to 政府 too. */
  keys: string[];
  government: boolean;
  /** Its `byKind` keys: the tails of three characters or more, and a two-character kind whole. */
  tails: string[];
}

function kindFacts(kind: string, known: Map<string, KindFacts>): KindFacts {
  const cached = known.get(kind);
  if (cached) return cached;
  const groups = kindGroupsOf(kind);
  const government = isGovernmentKind(kind);
  const tails: string[] = [];
  for (let i = 0; i + MIN_TAIL <= kind.length; i++) {
    const tail = kind.slice(i);
    // 办公室 ends 外事办公室 and 人民政府办公室 alike: only the whole kind names it.
    if (i === 0 || !GENERIC_TAILS.has(tail)) tails.push(tail);
  }
  if (kind.length === 2) tails.push(kind);
  const facts = { keys: government && !groups.includes(GOVERNMENT_KEY) ? [...groups, GOVERNMENT_KEY] : groups, government, tails };
  known.set(kind, facts);
  return facts;
}

/** A place and the shorter forms a question may write it in (凉州区, 凉州; 兵团), each worked out once. */
class PlaceForms {
  readonly #forms = new Map<string, readonly string[]>();

  of(place: string): readonly string[] {
    let forms = this.#forms.get(place);
    if (!forms) {
      // A provincial body goes by its short name too (兵团 for 新疆生产建设兵团).
      const short = provincialBodyNamed(place)?.short ?? autonomousShortForms(place);
      const zone = isZoneName(place) && !isListedZone(place);
      // A zone's stem is its city's or county's name (天津 of 天津经济技术开发区): it names that place, not the zone.
      // A zone's word alone (经济开发区 split from 旌德县经济开发区) has no stem that names anything.
      const stem = zone || ZONE_WORD_ALONE.test(place) ? null : placeStem(place);
      forms = short.length > 0 ? [place, ...short.filter((f) => f !== place)] : stem ? [place, stem] : [place];
      // 锡盟 for 锡林郭勒盟, 哈市 for 哈尔滨市.
      const league = leagueShortForm(place) ?? cityInitialForm(place);
      if (league) forms = [...forms, league];
      // A zone named after its city (丽水青溪经济开发区) is written without the city too (青溪经济开发区);
      // so is an area the gazetteer does not list (西安大兴新区 → 大兴新区).
      const local = zone ? withoutCityStem(place) : unlistedArea(place) ? withoutCityStem(place, UNLISTED_AREA_LENGTH) : null;
      if (local) forms = [...forms, local];
      // …and with its city's short name (呼市经济技术开发区 of 呼和浩特经济技术开发区).
      const cityShort = zone ? zoneByCityShortName(place) : null;
      if (cityShort) forms = [...forms, cityShort];
      // 国家高新区 is written without 国家 (海口高新区), and a 新技术开发区 by the 高新区 it is known as (东湖高新区).
      forms = [...forms, ...forms.filter((f) => f.startsWith(NATIONAL) && f.length > NATIONAL.length + 2).map((f) => f.slice(NATIONAL.length))];
      forms = [...forms, ...zoneWordForms(forms)];
      this.#forms.set(place, forms);
    }
    return forms;
  }

  addTo(set: Set<string>, place: string): void {
    for (const form of this.of(place)) set.add(form);
  }
}

const NATIONAL = "国家";
// A zone's word and the short one it goes by, either way round (长春高新区 is 长春高新技术产业开发区).
const ZONE_WORD_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=\p{Script=Han}{2})(?:新技术开发区|高新技术产业开发区)$/u, "高新区"],
  [/(?<=\p{Script=Han}{2})高新区$/u, "高新技术产业开发区"],
  [/(?<=\p{Script=Han}{2})经济技术开发区$/u, "经开区"],
  [/(?<=\p{Script=Han}{2})经开区$/u, "经济技术开发区"],
  [/(?<=\p{Script=Han}{2})综合保税区$/u, "综保区"],
  [/(?<=\p{Script=Han}{2})综保区$/u, "综合保税区"],
];

// A national zone is written with 国家 between its city and its word too (临沂国家高新区).
const NATIONAL_ZONE_WORD = /(?<=\p{Script=Han}{2})(?<!国家)(高新区|高新技术产业开发区|经济技术开发区|经开区)$/u;

/** The names of `forms` with their zone's word written the other way (高新区 ↔ 高新技术产业开发区), and with 国家 before it. */
export function zoneWordForms(forms: readonly string[]): string[] {
  const other = forms.flatMap((f) => ZONE_WORD_FORMS.filter(([word]) => word.test(f)).map(([word, form]) => f.replace(word, form)));
  return [...other, ...[...forms, ...other].filter((f) => NATIONAL_ZONE_WORD.test(f)).map((f) => f.replace(NATIONAL_ZONE_WORD, "国家$1"))];
}
const ZONE_WORD_ALONE = new RegExp(`^(?:${ZONE_WORDS.join("|")})$`, "u");

/**
 * The zone a name writes as a place and its word (重庆 | 高新技术产业开发区 of 重庆高新技术产业开发区管理委员会
 * 办公室), whole, so that a question may write it either way (重庆高新区); null where the name holds none.
 */
function zoneWithItsStem(places: readonly string[]): string | null {
  const i = places.findIndex((p, at) => at > 0 && ZONE_WORD_ALONE.test(p));
  return i > 0 ? `${places[i - 1]}${places[i]}` : null;
}
// A zone's own name is kept to five characters or more: 工业园区 alone names no zone in particular.
const ZONE_LENGTH = 5;
// An area no gazetteer lists, named 新区 or 区 after its city (西安大兴新区): its own name is a stem and 区.
const UNLISTED_AREA = /^[\u4e00-\u9fff]{2,}区$/u;
const UNLISTED_AREA_LENGTH = 4;

function unlistedArea(place: string): boolean {
  return UNLISTED_AREA.test(place) && placesNamed(place).length === 0;
}

/** The zone's name after the stem of the city or county opening it, or null when none opens it. */
/** `zone` with the city stem it opens with written as the city's short name (呼和浩特 → 呼市), or null. */
function zoneByCityShortName(zone: string): string | null {
  for (const len of [4, 3, 2]) {
    const city = placesStemmed(zone.slice(0, len)).find((p) => p.level === "city");
    const short = city ? cityInitialForm(city.name) : null;
    if (short) return short + zone.slice(len);
  }
  return null;
}

export function withoutCityStem(zone: string, shortest = ZONE_LENGTH): string | null {
  for (const len of [3, 2]) {
    const rest = zone.slice(len);
    if (rest.length >= shortest && (isZoneName(rest) || UNLISTED_AREA.test(rest)) && placesStemmed(zone.slice(0, len)).some((p) => p.level === "city" || p.level === "county")) return rest;
  }
  return null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
