/**
 * The one-character short names (简称) of the provincial-level divisions (沪 → 上海市, 吉 → 吉林省),
 * as offices write them before their document codes (吉政办明电〔2014〕103号) and people before an office.
 */
import provinceShort from "../../data/province-short-names.json" with { type: "json" };

/** Province by short name. */
export const SHORT_PROVINCES: ReadonlyMap<string, string> = new Map(Object.entries(provinceShort.names));

// A document's issuer code opening on a province's short name, before its year in brackets
// (吉政办明电〔2014〕, 辽政发[2013]): the province's government or its office issued it.
const ISSUER_CODE = new RegExp(`(?<![\\u4e00-\\u9fff])([${[...SHORT_PROVINCES.keys()].join("")}])(?:政|府)[\\u4e00-\\u9fff]{0,4}[〔\\[【(（]\\s*(?:19|20)\\d{2}`, "gu");

/** The provinces whose governments issued the documents `text` cites by number. */
export function provincesIssuing(text: string): Set<string> {
  return new Set([...text.matchAll(ISSUER_CODE)].map((m) => SHORT_PROVINCES.get(m[1]!)!));
}
