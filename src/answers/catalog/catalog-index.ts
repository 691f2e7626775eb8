/**
 * The catalogue in memory with the indexes question resolution needs: agencies by place token,
 * by kind tail and by alias group, plus the fuzzy agency search. Built once per catalogue version.
 */
import aliases from "../../../data/aliases.json" with { type: "json" };
import type { ReportSummary } from "../report-source.ts";
import { createAgencySearch, type AgencySearch } from "../search/minisearch-index.ts";
import { autonomousShortForms } from "../../domain/autonomous-place.ts";
import { GOVERNMENT_KEY, isGovernmentKind, kindGroupsOf } from "./alias-table.ts";
import { placeStem, splitAgencyName } from "./agency-name.ts";

/** One agency the corpus holds reports of. */
export interface AgencyEntry {
  id: number;
  name: string;
  /** Places its name starts with (凉州区). */
  places: string[];
  /** Every place it sits in: name places, region fields, and their stems. */
  within: Set<string>;
  kind: string;
  kindKeys: string[];
  government: boolean;
  /** Its reports, newest year first. */
  reports: ReportSummary[];
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
  const kindKeys = new Map<string, string[]>();
  for (const report of reports) {
    const name = report.agencyNormalized;
    if (!name || report.anonymized) continue;
    let entry = byName.get(name);
    if (!entry) {
      const region = [report.region.province, report.region.city, report.region.county, report.region.township]
        .filter((p): p is string => !!p);
      const split = splitAgencyName(name, region);
      entry = {
        id: byName.size,
        name,
        places: split.places,
        within: new Set<string>(),
        kind: split.kind,
        kindKeys: kindKeysOf(split.kind, kindKeys),
        government: isGovernmentKind(split.kind),
        reports: [],
      };
      for (const place of [...split.places, ...region]) addPlace(entry.within, place);
      byName.set(name, entry);
    }
    entry.reports.push(report);
  }
  const agencies = [...byName.values()];
  const byPlace = new Map<string, AgencyEntry[]>();
  const byRegion = new Map<string, AgencyEntry[]>();
  const byKind = new Map<string, AgencyEntry[]>();
  const byKindKey = new Map<string, AgencyEntry[]>();
  for (const a of agencies) {
    a.reports.sort((x, y) => (y.year ?? 0) - (x.year ?? 0) || x.id - y.id);
    const placeTokens = new Set<string>();
    for (const place of a.places) addPlace(placeTokens, place);
    for (const token of placeTokens) push(byPlace, token, a);
    for (const token of a.within) push(byRegion, token, a);
    for (let i = 0; i + MIN_TAIL <= a.kind.length; i++) {
      const tail = a.kind.slice(i);
      // 办公室 ends 外事办公室 and 人民政府办公室 alike: only the whole kind names it.
      if (i === 0 || !GENERIC_TAILS.has(tail)) push(byKind, tail, a);
    }
    if (a.kind.length === 2) push(byKind, a.kind, a);
    for (const key of a.kindKeys) push(byKindKey, key, a);
  }
  // Filled in the background once the cache makes this index current (see `AgencySearch.warm`).
  const search = createAgencySearch(agencies.map((a) => ({ id: a.id, name: a.name, places: [...a.within].join(" ") })));
  return { version, reports, agencies, byName, byPlace, byRegion, byKind, byKindKey, search };
}

/** The alias groups of a kind; a place's governing authority (管理委员会) answers to 政府 too. */
function kindKeysOf(kind: string, known: Map<string, string[]>): string[] {
  // A national corpus holds a few hundred kinds over tens of thousands of agencies: each is worked out once.
  const cached = known.get(kind);
  if (cached) return cached;
  const groups = kindGroupsOf(kind);
  const keys = isGovernmentKind(kind) && !groups.includes(GOVERNMENT_KEY) ? [...groups, GOVERNMENT_KEY] : groups;
  known.set(kind, keys);
  return keys;
}

function addPlace(set: Set<string>, place: string): void {
  set.add(place);
  const short = autonomousShortForms(place);
  const stem = placeStem(place);
  if (short.length > 0) for (const form of short) set.add(form);
  else if (stem) set.add(stem);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
