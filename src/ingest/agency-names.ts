/**
 * Agency names: the common short forms expanded to full names (发改委 → 发展和改革委员会), a bare
 * place or a township standing for the body governing it (龙港区 → 龙港区人民政府, 长河街道 →
 * 长河街道办事处, 钱江经济开发区 → 钱江经济开发区管理委员会), and the markers of anonymized
 * names (XX镇, **乡, MM县).
 */
import shortFormData from "../../data/short-forms.json" with { type: "json" };
import { placesNamed } from "../places/gazetteer.ts";
import { isZoneName, ZONE_AUTHORITY } from "../places/zone-names.ts";

/** Short forms reports and readers use (`data/short-forms.json`), with the full names they stand for; longest first. */
const SHORT_FORMS: ReadonlyArray<readonly [string, string]> = Object.entries(shortFormData.forms).sort(([a], [b]) => b.length - a.length);

/** The short form of an office kind (住建委, 外办) that `name` ends with, or null. */
export function shortFormEnding(name: string): string | null {
  return SHORT_FORMS.find(([short, full]) => name.endsWith(short) && !name.endsWith(full))?.[0] ?? null;
}

/** Words that stand for a name someone removed: XX, ××, **, MM, 某. */
export const ANONYMIZED = /(?:XX|xx|××|\*{2,}|MM|某某?)/;

const PLACE_SUFFIX = /(?:省|自治区|市|自治州|地区|盟|县|自治县|区|旗|乡|镇|街道|苏木)$/;
// A 街道's office is an agency of the district government, written under it in full
// (滨江区人民政府长河街道办事处): the 街道 is named under the district itself.
const SUBDISTRICT_OF_GOVERNMENT = /(?:人民)?政府(?=[\u4e00-\u9fff]{2,8}街道(?:办事处)?$)/;
// 西藏自治区人民政府国有资产监督管理委员会 is the 西藏自治区国有资产监督管理委员会 (data/short-forms.json).
const UNDER_GOVERNMENT = new RegExp(`(?<=\\p{Script=Han})(?:人民)?政府(?=(?:${shortFormData.underGovernment.join("|")})$)`, "u");

// 广州海关关区: a customs office reporting for the district it oversees is that office, no place.
const CUSTOMS_DISTRICT = /海关关区$/u;

/** True when `name` is only a place (龙港区, 永富乡) or a zone (嘉兴科技城), with no office named after it. */
export function isBarePlace(name: string): boolean {
  // 黄南州 ends with no suffix of its own, yet the gazetteer knows it as a whole place (黄南藏族自治州).
  return (PLACE_SUFFIX.test(name) || isZoneName(name) || placesNamed(name).length > 0) && !/(?:局|委|办|厅|院|中心|政府|办公室|办事处)/.test(name);
}

/** The full normalized form of an agency name written in simplified script. */
export function normalizeAgencyName(name: string): string {
  let n = name.replace(/[\s()（）]/g, "");
  for (const [short, full] of SHORT_FORMS) {
    if (n.endsWith(short) && !n.endsWith(full)) {
      n = n.slice(0, -short.length) + full;
      break;
    }
  }
  n = n.replace(SUBDISTRICT_OF_GOVERNMENT, "").replace(UNDER_GOVERNMENT, "").replace(CUSTOMS_DISTRICT, "海关");
  if (isBarePlace(n)) return `${n}${governingBody(n)}`;
  // 乡政府 / 区政府 are the people's governments of those places; a government's 机关 (its organs
  // reporting together, 城口县人民政府机关) is the government.
  // 市府办公室 / 县府办 are their governments' general offices.
  return n
    .replace(/政府机关$/, "政府")
    .replace(/(省|市|县|区|旗|乡|镇)政府$/, "$1人民政府")
    .replace(/(省|市|县|区|旗)府办(?:公室)?$/, "$1人民政府办公室")
    .replace(/(省|自治区)府办公厅$/, "$1人民政府办公厅");
}

/** The body a place alone stands for: a 街道's office, a zone's committee, else a people's government. */
function governingBody(place: string): string {
  if (place.endsWith("街道")) return "办事处";
  return isZoneName(place) ? ZONE_AUTHORITY : "人民政府";
}
