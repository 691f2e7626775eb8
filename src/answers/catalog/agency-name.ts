/**
 * An agency name taken apart: the places it starts with (张家口市, 凉州区) and the kind of agency
 * that follows (科学技术和地震局). A name with no place prefix (黄河河务局) is all kind.
 */
import { AUTONOMOUS_PLACE } from "../../domain/autonomous-place.ts";
import { localOfficeOf, provincialBodyAt } from "../../places/organs.ts";
import { NOT_PLACE_PARTS, PLACE_SUFFIXES } from "./alias-table.ts";
import { CORPS_DIVISION, CORPS_REGIMENT } from "../../places/corps-units.ts";
import { isZoneName } from "../../places/zone-names.ts";
import { placesNamed, WORD_AFTER_PLACE } from "../../places/gazetteer.ts";

export interface AgencyName {
  /** Places in the order written, with their suffix (凉州区). */
  places: string[];
  kind: string;
}

const MAX_PLACE_LENGTH = 9;
const MAX_ZONE_LENGTH = 16;
const SUFFIX_ENDS = new Set(PLACE_SUFFIXES.map((s) => s.at(-1)!));
const PROVINCE_SUFFIX = /(?:省|自治区)$/;
/** A bureau's kind ending inside a would-be place (生态环境局呼图壁县 of …局呼图壁县分局): the place after it names a branch. */
const BUREAU_INSIDE = /^[\u4e00-\u9fff]{2,}局/u;

/** Splits `name` into its leading places and its kind; `known` places (from the report's region) are taken first. */
export function splitAgencyName(name: string, known: readonly string[] = []): AgencyName {
  const places: string[] = [];
  // 国家税务总局桂林市税务局: the national organ a local office belongs to comes before its place.
  const office = localOfficeOf(name)?.office;
  let rest = office && leadingPlace(office, known) ? office : name;
  // 新疆生产建设兵团民政局: a provincial body stands where a place would, as the place of its departments.
  const body = provincialBodyAt(rest);
  if (body && body.form === body.body.name && rest.length > body.form.length) {
    places.push(body.form);
    rest = rest.slice(body.form.length);
  }
  for (;;) {
    const place = leadingPlace(rest, known);
    // A name is never all place: 永富乡 alone is a place, 永富乡人民政府 an agency.
    if (!place || place.length >= rest.length) break;
    places.push(place);
    rest = rest.slice(place.length);
  }
  return { places, kind: rest };
}

/** Whether `place` names a province-level place (安徽省, 重庆市). */
function isProvince(place: string): boolean {
  return PROVINCE_SUFFIX.test(place) || placesNamed(place).some((p) => p.level === "province");
}

/** The place name without its suffix (凉州区 → 凉州), or null when too short to mean anything alone. */
export function placeStem(place: string): string | null {
  for (const suffix of PLACE_SUFFIXES) {
    if (place.endsWith(suffix) && place.length > suffix.length) {
      const stem = place.slice(0, -suffix.length);
      return stem.length >= 2 ? stem : null;
    }
  }
  return null;
}

function leadingPlace(text: string, known: readonly string[]): string | null {
  // A 兵团 division or regiment stands where a place would (第一师阿拉尔市十六团新开岭镇).
  const unit = CORPS_DIVISION.exec(text) ?? CORPS_REGIMENT.exec(text);
  if (unit) return unit[0];
  // The longest known place the text starts with; the first of equal length.
  let byRegion = "";
  for (const k of known) if (k.length > byRegion.length && text.startsWith(k)) byRegion = k;
  if (byRegion) return byRegion;
  // 重庆两江新区: a known place written by its stem, right before another known place, is a place
  // of its own, so the one after it (两江新区) is the agency's place as a question writes it.
  // 安徽舒城经济开发区, 重庆黔江高新技术产业开发区: a province's stem before a place of its own is the province.
  for (const k of known) {
    const stem = placeStem(k);
    if (!stem || !text.startsWith(stem)) continue;
    if (known.some((o) => o !== k && text.startsWith(o, stem.length) && text.length > stem.length + o.length)) return stem;
    if (isProvince(k) && leadingPlace(text.slice(stem.length), known.filter((o) => o !== k)) !== null) return stem;
  }
  // An autonomous place's name (湘西土家族苗族自治州) outgrows the length other places keep to.
  const autonomous = AUTONOMOUS_PLACE.exec(text);
  if (autonomous) return autonomous[0];
  for (let end = 2; end <= Math.min(MAX_PLACE_LENGTH, text.length); end++) {
    // Every suffix ends in one of a few characters: a catalogue build meets this loop ~100k times.
    if (!SUFFIX_ENDS.has(text[end - 1]!)) continue;
    const candidate = text.slice(0, end);
    const suffix = PLACE_SUFFIXES.find((s) => candidate.endsWith(s) && candidate.length > s.length);
    if (!suffix) continue;
    if (NOT_PLACE_PARTS.some((p) => candidate.includes(p)) || BUREAU_INSIDE.test(candidate)) return null;
    // 凉州 ends with 州 yet the place is 凉州区: a suffix right after extends it, unless it opens a
    // word (市场 of 淄博高新区市场监督管理局).
    const next = WORD_AFTER_PLACE.test(text.slice(end)) ? undefined : PLACE_SUFFIXES.find((s) => text.startsWith(s, end) && text.length > end + s.length);
    return next ? candidate + next : candidate;
  }
  // A zone's full name outgrows other places (葫芦岛高新技术产业开发区管理委员会).
  for (let end = MAX_PLACE_LENGTH + 1; end <= Math.min(MAX_ZONE_LENGTH, text.length - 1); end++) {
    const candidate = text.slice(0, end);
    if (isZoneName(candidate) && !NOT_PLACE_PARTS.some((p) => candidate.includes(p)) && !BUREAU_INSIDE.test(candidate)) return candidate;
  }
  return null;
}
