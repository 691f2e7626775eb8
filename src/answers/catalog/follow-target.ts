/**
 * What a subscriber names (`/subscribe 凉州区科技局`, `/missing 凉州区`) read against the catalogue
 * with the same resolver as questions: short names, places and their stems. A place written alone
 * follows the agencies within it, not its townships (unless it is one); a bare level
 * (省级) or a name the catalogue does not hold is refused with suggestions.
 */
import levelWords from "../../../data/level-words.json" with { type: "json" };
import type { AgencyLevel } from "../../domain/report.ts";
import { questionText } from "../question/question-text.ts";
import { resolveAgency } from "./agency-resolver.ts";
import { PLACE_SUFFIXES } from "./alias-table.ts";
import type { AgencyEntry, CatalogIndex } from "./catalog-index.ts";

/** The outcome of reading a name: something to follow, or why not with names to suggest. */
export type FollowTarget =
  | { kind: "agency"; name: string }
  | { kind: "place"; name: string }
  | { kind: "ambiguous"; mention: string; candidates: string[] }
  /** `near`: names like it; else `alike`: places of the same kind (市, 县) the catalogue holds. */
  | { kind: "unknown"; mention: string; near: string[]; alike: string[] }
  /** A level (省级, 县级) names no agency; `near` lists some agencies of that level. */
  | { kind: "level"; mention: string; near: string[] };

/** One agency as the filing watch sees it. */
export interface DirectoryAgency {
  name: string;
  level: AgencyLevel;
  government: boolean;
  /** Report years held, ascending. */
  years: number[];
}

const MAX_SUGGESTIONS = 5;

const LEVEL_OF_WORD = levelWords.levels as Record<string, AgencyLevel>;
// Longest first, so 乡镇级 is read as 乡镇, not 镇.
const LEVEL_WORD = new RegExp(
  `^(${Object.keys(LEVEL_OF_WORD).sort((x, y) => y.length - x.length).join("|")})级(?:${levelWords.after.join("|")})?$`,
  "u",
);

/** Reads one name a subscriber typed. */
export function resolveFollowTarget(typed: string, index: CatalogIndex): FollowTarget {
  const text = questionText(typed).replace(/\s+/gu, "");
  const level = LEVEL_WORD.exec(text);
  if (level) {
    const wanted = LEVEL_OF_WORD[level[1]!]!;
    const near = index.agencies.filter((a) => a.government && levelOf(a) === wanted).map((a) => a.name);
    return { kind: "level", mention: typed.trim(), near: near.slice(0, MAX_SUGGESTIONS) };
  }
  if (index.byPlace.has(text) || index.byRegion.has(text)) return { kind: "place", name: fullPlace(text, index) };
  const resolution = resolveAgency(text, [], index);
  switch (resolution.kind) {
    case "agency":
      return { kind: "agency", name: resolution.agency.name };
    case "place":
      return { kind: "place", name: resolution.place };
    case "ambiguous":
      return { kind: "ambiguous", mention: typed.trim(), candidates: names(resolution.candidates) };
    case "unknown": {
      const near = names(resolution.near);
      return { kind: "unknown", mention: typed.trim(), near, alike: near.length > 0 ? [] : placesLike(text, index) };
    }
    case "none": {
      const near = index.search.search(text, MAX_SUGGESTIONS).filter((hit) => hit.matched.length >= 2);
      const found = near.map((hit) => index.agencies[hit.id]!.name);
      return { kind: "unknown", mention: typed.trim(), near: found, alike: found.length > 0 ? [] : placesLike(text, index) };
    }
  }
}

/**
 * The agencies a followed agency or place covers: the agency itself, or the agencies within a
 * place, its townships only when the place is a township itself (a county's subscriber follows
 * the county's government and departments, not every township in it).
 */
export function coveredAgencies(scope: "agency" | "place", name: string, index: CatalogIndex): DirectoryAgency[] {
  if (scope === "agency") {
    const agency = index.byName.get(name);
    return agency ? [directoryAgency(agency)] : [];
  }
  const named = index.byPlace.get(name) ?? [];
  const within = [...new Set([...named, ...(index.byRegion.get(name) ?? [])])];
  const township = TOWNSHIP_PLACE.test(name) || (named.length > 0 && named.every((a) => levelOf(a) === "township"));
  return within.filter((a) => township || levelOf(a) !== "township").map(directoryAgency);
}

const TOWNSHIP_PLACE = /(?:乡|镇|街道)$/u;

/** The place as its agencies write it in full (凉州区 for 凉州), or as typed when none does. */
function fullPlace(text: string, index: CatalogIndex): string {
  const named = index.byPlace.get(text) ?? index.byRegion.get(text) ?? [];
  const forms = named.flatMap((a) => [...a.places, ...a.within]).filter((p) => p.startsWith(text) && p.length > text.length);
  return forms.sort((a, b) => a.length - b.length)[0] ?? text;
}

export function directoryAgency(agency: AgencyEntry): DirectoryAgency {
  const years = [...new Set(agency.reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  return { name: agency.name, level: levelOf(agency), government: agency.government, years };
}

/** The level of an agency's newest report. */
function levelOf(agency: AgencyEntry): AgencyLevel {
  return agency.reports[0]?.level ?? "unknown";
}

/**
 * For an unknown place with no near match (火星市), places of the same kind the catalogue holds
 * (海口市, 本溪市), those with most agencies first: what the subscriber can follow instead.
 */
function placesLike(text: string, index: CatalogIndex): string[] {
  const suffix = PLACE_SUFFIXES.find((s) => text.endsWith(s) && text.length > s.length);
  if (!suffix) return [];
  const counts = new Map<string, number>();
  for (const agency of index.agencies) {
    for (const place of agency.places) if (place.endsWith(suffix)) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh")).slice(0, MAX_SUGGESTIONS).map(([place]) => place);
}

function names(entries: readonly AgencyEntry[]): string[] {
  return entries.slice(0, MAX_SUGGESTIONS).map((a) => a.name);
}
