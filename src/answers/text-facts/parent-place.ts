/**
 * The places above a report's agency (天生桥镇 → 河北省保定市阜平县), asked as 是哪个县的 or
 * 属于哪个区: ingest places every report in the gazetteer, so the answer is its region down to the
 * level the question asks.
 */
import type { Region } from "../../domain/report.ts";

// The level word the question asks by (哪个县, 哪个区, 哪个市) and the region field it names.
const ASKED_LEVEL = /哪(?:个|一个)?(省|自治区|市|州|盟|地区|县|区|旗)|(?:什么|啥)(省|市|州|盟|地区|县|区|旗)/u;
const FIELD_OF_LEVEL: Readonly<Record<string, keyof Region>> = {
  省: "province",
  自治区: "province",
  市: "city",
  州: "city",
  盟: "city",
  地区: "city",
  县: "county",
  区: "county",
  旗: "county",
};
const FIELDS: readonly (keyof Region)[] = ["province", "city", "county", "township"];

/**
 * The region of `region` from its province down to the level `query` asks (`chain`) and the place of
 * that level (`asked`), or null when it holds none there.
 */
export function parentPlace(region: Region, query: string): { chain: string; asked: string } | null {
  const m = ASKED_LEVEL.exec(query);
  const field = m ? FIELD_OF_LEVEL[m[1] ?? m[2]!] : undefined;
  const asked = field ? region[field] : null;
  if (!field || !asked) return null;
  const chain = FIELDS.slice(0, FIELDS.indexOf(field) + 1).map((f) => region[f]).filter((p): p is string => !!p);
  return { chain: chain.join(""), asked };
}
