/**
 * The places an agency sits in and its administrative level, read from the place words that
 * open its normalized name (张家口市… → city 张家口市; 永富乡人民政府 → township 永富乡), with a
 * province, city or county the report names filled in above where it names exactly one
 * (a township's report mentioning 开江县 sits in 开江县).
 */
import { AUTONOMOUS_PLACE } from "../domain/autonomous-place.ts";
import type { AgencyLevel, Region } from "../domain/report.ts";
import { findNameCandidates } from "./agency-candidates.ts";
import { isBarePlace } from "./agency-names.ts";
import { WORD_AFTER_PLACE } from "../places/gazetteer.ts";

const PROVINCES = [
  "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
  "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
  "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
];
const MUNICIPALITIES = new Set(["北京", "天津", "上海", "重庆"]);
const PROVINCE_NAME = new RegExp(`(${PROVINCES.join("|")})(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区|市)?`);
const PROVINCE_IN_TEXT = new RegExp(`(${PROVINCES.join("|")})(省|壮族自治区|回族自治区|维吾尔自治区|自治区)`, "g");
const CITY = /^([\u4e00-\u9fff]{2,6}?(?:市|自治州|地区|盟))/;
const COUNTY = /^([\u4e00-\u9fff]{2,6}?(?:自治县|县|区|旗|市))/;
const TOWNSHIP = /^([\u4e00-\u9fff]{2,6}?(?:乡|镇|街道))/;
const NATIONAL = /^(?:国务院|国家|中华人民共和国|中央|最高人民)/;

/**
 * Region and level of the agency named `agency` (normalized), in a report whose text is `text` on
 * a page whose text is `pageText`.
 */
export function agencyRegion(agency: string | null, text: string, pageText: string = text): { region: Region; level: AgencyLevel } {
  const region: Region = { province: null, city: null, county: null, township: null };
  let rest = agency ?? "";
  const province = PROVINCE_NAME.exec(rest);
  if (province && province.index === 0) {
    region.province = provinceName(province[1]!, province[0]);
    rest = rest.slice(province[0].length);
  }
  // An autonomous 州 is a city-level place, an autonomous 县 or 旗 a county (湘西土家族苗族自治州).
  const autonomous = AUTONOMOUS_PLACE.exec(rest);
  const cityName = autonomous?.[2] === "州" ? autonomous[0] : CITY.exec(rest)?.[1];
  // 渝北区城市管理局: a district's 城市管理局 is no city named 渝北区城市; nor is 鄂温克旗市场监督管理局 a city 鄂温克旗市.
  if (cityName && !isOrgWord(cityName) && !/[区县]/.test(cityName.slice(0, -1)) && !WORD_AFTER_PLACE.test(rest.slice(cityName.length - 1))) {
    region.city = cityName;
    rest = rest.slice(cityName.length);
  }
  const autonomousCounty = AUTONOMOUS_PLACE.exec(rest);
  const countyName = autonomousCounty && autonomousCounty[2] !== "州" ? autonomousCounty[0] : COUNTY.exec(rest)?.[1];
  if (countyName && !isOrgWord(countyName)) {
    region.county = countyName;
    rest = rest.slice(countyName.length);
  }
  const township = TOWNSHIP.exec(rest);
  if (township && !isOrgWord(township[1]!)) region.township = township[1]!;
  const level = levelOf(agency, region);
  region.province ??= provinceInText(text);
  // A report sharing its page with others (several townships on one page) is placed by the page
  // when it names no place of its own.
  const surrounding = (suffixes: string[]): string | null =>
    soleSurroundingPlace(text, suffixes) ?? (pageText === text ? null : soleSurroundingPlace(pageText, suffixes));
  if (level === "township") region.county ??= surrounding(["县", "区"]);
  if (level === "township" || level === "county") region.city ??= surrounding(["市"]);
  return { region, level };
}

function provinceName(short: string, written: string): string {
  if (MUNICIPALITIES.has(short)) return `${short}市`;
  return written.length > short.length ? written : `${short}省`;
}

function provinceInText(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(PROVINCE_IN_TEXT)) found.add(m[0]);
  return found.size === 1 ? [...found][0]! : null;
}

// Areas that end in 区 without being districts.
const NOT_A_DISTRICT = /(?:社|园|景|城|辖|片|小|开发|示范|保护|功能|库|山|灾|林|牧|矿|校|试验|实验|新城|市)区$/;

/** The one place ending in one of `suffixes` (县, 区, 市) that `text` names, or null when it names none or several. */
export function soleSurroundingPlace(text: string, suffixes: readonly string[]): string | null {
  const names = new Set<string>();
  for (const suffix of suffixes) {
    for (const c of findNameCandidates(text, suffix)) {
      if (c.proper && isBarePlace(c.name) && !NOT_A_DISTRICT.test(c.name)) names.add(c.name);
    }
  }
  return names.size === 1 ? [...names][0]! : null;
}

// 市场监督管理局 and 区域 open with a level character without naming a place; 住房和城乡建设局
// ends a phrase joined by 和 with 乡 (a place is at most joined like 太和镇 or 和平乡).
function isOrgWord(place: string): boolean {
  return /(?:局|委|办|厅|院|中心|政府|公司|部门|小组)/.test(place) || /^[市县区乡镇]/.test(place) || /.和./.test(place.slice(0, -1));
}

function levelOf(agency: string | null, region: Region): AgencyLevel {
  if (agency === null) return "unknown";
  if (region.township) return "township";
  if (region.county) return "county";
  if (region.city) return MUNICIPALITIES.has(region.city.replace(/市$/, "")) ? "province" : "city";
  if (region.province && agency.startsWith(region.province.replace(/省|市|自治区/, ""))) return "province";
  if (NATIONAL.test(agency)) return "national";
  return "unknown";
}
