/**
 * Zones governed by a management committee (开发区, 高新区, 工业园区, 综合实验区 …): their names
 * end with one of the words in `data/zones.json`, and the body filing for such a zone is its
 * 管理委员会, never a people's government.
 */
import zoneData from "../../data/zones.json" with { type: "json" };

/** The body governing a zone. */
export const ZONE_AUTHORITY = "管理委员会";

/** The words zones' names end with, longest first (经济技术开发区 before 开发区). */
export const ZONE_WORDS: readonly string[] = [...zoneData.authorityWords.words].sort((a, b) => b.length - a.length);

const ZONE_END = new RegExp(`(?:${ZONE_WORDS.join("|")})$`);

/** A zone's governing committee closing a name (…管理委员会, …管委会). */
export const ZONE_AUTHORITY_END = /(?:管理委员会|管委会)$/u;

/** True when `name` is a zone's name alone (杭州钱江经济开发区, 铜仁高新区): at least a two-character stem before its word. */
export function isZoneName(name: string): boolean {
  const m = ZONE_END.exec(name);
  return m !== null && m.index >= 2;
}

/** True when `name` ends with a zone's word, with or without a stem before it (高新区, 铜仁高新区). */
export function endsWithZoneWord(name: string): boolean {
  return ZONE_END.test(name);
}

const LISTED = new Set(zoneData.zones.map((z) => z.name));

/** True when the zone stands as a place of the gazetteer (杨凌示范区 over 杨陵区): people name it by its stem (杨凌). */
export function isListedZone(name: string): boolean {
  return LISTED.has(name);
}

// A zone's name and its committee closing a phrase (苏银产业园管理委员会, 桃园开发区管委会).
const ZONE_BODY_END = new RegExp(`[\\u4e00-\\u9fff]{2,8}?(?:${ZONE_WORDS.join("|")})(?:管理委员会|管委会)$`, "u");

/** The zone's committee `phrase` ends with, named with its zone (苏银产业园管理委员会), or null. */
export function zoneBodyEnding(phrase: string): string | null {
  return ZONE_BODY_END.exec(phrase)?.[0] ?? null;
}

// A zone governing a district as one body writes the district after it (乌鲁木齐高新区(新市区)), or its stem (杭州高新区(滨江)).
const ZONE_WITH_DISTRICT = new RegExp(`(?:${ZONE_WORDS.join("|")})[(（]([\\u4e00-\\u9fff]{2,8}?(?:区|县|市|旗)?)[)）]`, "gu");

/** The districts `text` writes in parentheses right after a zone's name, in the order written. */
export function districtsAfterZones(text: string): string[] {
  // Most texts hold no parenthesis at all: the pattern need not run over them (start-up reads 100k titles).
  if (!/[(（]/.test(text)) return [];
  return [...new Set([...text.matchAll(ZONE_WITH_DISTRICT)].map((m) => m[1]!))];
}
