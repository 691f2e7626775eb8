/**
 * Questions that name a part of a government (海口市政府信息公开领导小组办公室, 开远市政府网站,
 * 贵州省政府办公厅) ask what the government's report says of it; and national organs asked by a
 * short name (人社部, 国管局). Both are read only where the question names no held agency as written.
 */
import aliases from "../../../data/aliases.json" with { type: "json" };
import { localOfficeOf, organMentions, organNamed } from "../../places/organs.ts";
import { abbreviates } from "../../text/short-names.ts";
import type { AgencyEntry, CatalogIndex } from "./catalog-index.ts";

const PARTS = [...aliases.governmentParts].sort((a, b) => b.length - a.length);

/** `text` with the parts of a government it names taken out, or null when it names none. */
export function withoutGovernmentParts(text: string): string | null {
  let out = text;
  for (const part of PARTS) out = out.split(part).join(" ");
  return out === text ? null : out;
}

/**
 * The held agency a national organ the question names is (人社部 → 人力资源社会保障部), or null. An
 * organ none of whose reports are held stands for the one held organ it is a short name of (交通部
 * for 交通运输部: people keep a ministry's old, shorter name).
 */
export function organAsked(text: string, index: CatalogIndex): AgencyEntry | null {
  const mentions = organMentions(text);
  if (mentions.length === 0) return null;
  const organs = heldOrgans(index);
  for (const mention of mentions) {
    const held = organs.filter((a) => organNamed(a.name)!.name === mention.organ.name);
    if (held.length === 1) return held[0]!;
    const longer = held.length === 0 ? organs.filter((a) => abbreviates(mention.form, a.name)) : [];
    if (longer.length === 1) return longer[0]!;
  }
  return null;
}

/**
 * True when `text` names a national organ that `agency` is not, and none of the places of
 * `agency`'s name: the agency was reached by its kind alone (国家统计局 → 北京市统计局).
 */
export function organOtherThan(text: string, agency: AgencyEntry): boolean {
  const mention = organMentions(text)[0];
  if (!mention || organNamed(agency.name)?.name === mention.organ.name || text.includes(agency.name)) return false;
  // 湖北调查总队…国家统计局: a local office of the organ named is the organ's own.
  if (localOfficeOf(agency.name)?.organ.name === mention.organ.name) return false;
  // 东局子街道对照国办…: an organ named after the agency's own kind is what the agency's report cites.
  // …or after a place the agency sits in (吉木萨尔县生态环境分局…国办): the agency was named by that place.
  const before = text.slice(0, mention.at);
  if (agency.kind.length >= 2 && before.includes(agency.kind)) return false;
  if ([...agency.within].some((p) => p.length >= 3 && before.includes(p))) return false;
  return !agency.places.some((p) => text.includes(p) || text.includes(p.slice(0, 2)));
}

/** The full name of the first national organ `text` names (人社部 → 人力资源社会保障部), or null. */
export function organNameAsked(text: string): string | null {
  return organMentions(text)[0]?.organ.name ?? null;
}

const organsOf = new WeakMap<CatalogIndex, AgencyEntry[]>();

/** The held agencies that are national organs, worked out once per catalogue version. */
function heldOrgans(index: CatalogIndex): AgencyEntry[] {
  let organs = organsOf.get(index);
  if (!organs) {
    organs = index.agencies.filter((a) => organNamed(a.name) !== undefined);
    organsOf.set(index, organs);
  }
  return organs;
}
