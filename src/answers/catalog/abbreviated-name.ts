/**
 * Names written short the way Chinese names are shortened: some characters of the full name kept
 * in order, its first one and its closing one among them (交通厅 for 交通运输厅, 政数局 for
 * 政务服务数据管理局, 经开区 for 经济技术开发区, 卫健委 for 卫生健康委员会). Used when a question's
 * agency or place matches nothing as written: the short name is written out in full and resolved again.
 */
import { SHORT_PROVINCES } from "../../places/province-short-names.ts";
import { withoutCityStem, type AgencyEntry, type CatalogIndex } from "./catalog-index.ts";
import { openerLength } from "../question/question-opener.ts";
import { abbreviates } from "../../text/short-names.ts";
import { isZoneName, ZONE_AUTHORITY_END } from "../../places/zone-names.ts";

/** Characters a name ends with: places (省, 区 …, 城 of a 新城), offices (局, 委, 会 …, and 税 of 地税 for 地方税务局) and institutions (二中 of 第二中学, 馆). */
const NAME_END = /[省市区县州旗盟乡镇局厅委会办处室站所队心税中学院馆城]/u;
/** Longest short name tried; longer prefixes of a question are no name. */
const MAX_SHORT = 14;
/** Agencies of the fuzzy search checked per short name. */
const CANDIDATES = 12;
/**
 * `text` with the short name it opens with (after 请问 and the like) written out in full (番禺政数局… → 番禺区政务服务数据管理局…),
 * or null when it opens with no short name of an agency or place the catalogue holds. The longest
 * short name wins; among full forms, the closest in length.
 */
export function expandShortName(text: string, index: CatalogIndex): string | null {
  // 请问番禺政数局…: the short name follows the question's polite opening.
  const opening = text.slice(0, openerLength(text));
  const lead = text.slice(opening.length);
  for (let end = Math.min(lead.length, MAX_SHORT); end >= 2; end--) {
    if (!NAME_END.test(lead[end - 1]!)) continue;
    const short = lead.slice(0, end);
    let best: string | null = null;
    for (const hit of index.search.search(short, CANDIDATES)) {
      const agency = index.agencies[hit.id];
      if (!agency) continue;
      // 济宁市财政局 is no short 济宁市兖州区财政局: a name leaving out its own place is another place's body.
      const own = agency.places.at(-1);
      for (const full of fullForms(agency)) {
        if (own && full.includes(own) && !short.includes(own[0]!)) continue;
        if (abbreviates(short, full) && (best === null || full.length < best.length)) best = full;
      }
      // A second name (临空管委会 of 临空先进制造业区管委会), or the zone a committee governs named by
      // itself (沣西新城, 黄花综保区 of 长沙黄花综合保税区管理委员会), is written out as the name the body is held by.
      if ([...agency.secondNames, ...zoneForms(agency)].some((other) => other === short || abbreviates(short, other))) best = agency.name;
    }
    if (best !== null) return opening + best + lead.slice(end);
  }
  const township = townshipShortened(lead, index);
  if (township !== null) return opening + township;
  const levelled = afterLevelWord(lead, index);
  if (levelled !== null) return opening + levelled;
  // 沪府办, 粤教育厅: a province's one-character short name before an office.
  const province = SHORT_PROVINCES.get(lead[0] ?? "");
  // 新疆…, 宁夏… open with their short name already: written out, they are no short name.
  if (province === undefined || lead.startsWith(province.slice(0, 2)) || !OFFICE_AFTER_SHORT.test(lead.slice(1))) return null;
  // What follows may be short too (沪府办 → 上海市府办 → 上海市人民政府办公厅).
  const written = opening + province + lead.slice(1);
  return expandShortName(written, index) ?? written;
}

// A township's or district's short name (文东街道 for 文化东路街道, 沙区 for 沙依巴克区): its first character and level word kept.
const TOWNSHIP_SHORT = /^[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡|区|县|旗)/u;

/**
 * `lead` with the township it opens with, written short, written out as the one township the
 * catalogue holds that it shortens (文东街道 → 文化东路街道); null when none or several. A search by
 * shared pairs of characters misses such a name, which shares only its level word with the full one.
 */
function townshipShortened(lead: string, index: CatalogIndex): string | null {
  const short = TOWNSHIP_SHORT.exec(lead)?.[0];
  if (!short) return null;
  const found = new Set<string>();
  for (const place of index.byPlace.keys()) {
    if (place[0] === short[0] && place.endsWith(short.slice(-1)) && abbreviates(short, place)) found.add(place);
  }
  if (found.size !== 1) return null;
  const [place] = found;
  return place! + lead.slice(short.length);
}

/** Whether `text` opens with a province's one-character short name before an office (川财政厅, 粤教育厅). */
export function opensWithProvinceShortName(text: string): boolean {
  const province = SHORT_PROVINCES.get(text[0] ?? "");
  return province !== undefined && !text.startsWith(province.slice(0, 2)) && OFFICE_AFTER_SHORT.test(text.slice(1));
}

// A level word standing for the office's own place: 自治区北部湾办, 市发改委.
const LEVEL_WORD = /^(?:自治区|自治州|[省市县区州旗])/u;

/**
 * `lead` with a short name after a level word (自治区北部湾办) written out as the one office whose
 * name after a place of that level it shortens (广西壮族自治区北部湾经济区规划建设管理办公室), or null.
 */
function afterLevelWord(lead: string, index: CatalogIndex): string | null {
  const level = LEVEL_WORD.exec(lead)?.[0];
  if (!level) return null;
  const rest = lead.slice(level.length);
  for (let end = Math.min(rest.length, MAX_SHORT); end >= 2; end--) {
    if (!NAME_END.test(rest[end - 1]!)) continue;
    const short = rest.slice(0, end);
    const found = new Set<string>();
    for (const hit of index.search.search(short, CANDIDATES)) {
      const agency = index.agencies[hit.id];
      if (agency && namedAfterLevel(agency, level, short)) found.add(agency.name);
    }
    if (found.size === 1) return [...found][0]! + rest.slice(end);
    if (found.size > 1) return null;
  }
  return null;
}

/** True when `short` names what of `agency`'s name follows a place of `level` (北部湾办 of 广西壮族自治区|北部湾经济区规划建设管理办公室). */
function namedAfterLevel(agency: AgencyEntry, level: string, short: string): boolean {
  for (let i = 1; i <= agency.places.length; i++) {
    if (!agency.places[i - 1]!.endsWith(level)) continue;
    const rest = agency.places.slice(i).join("") + agency.kind;
    if (rest === short || abbreviates(short, rest)) return true;
  }
  return false;
}

/** `text` with `mention`, a name it writes that matches nothing, written out in full where it is a short name; else null. */
export function expandMention(text: string, mention: string, index: CatalogIndex): string | null {
  const at = text.indexOf(mention);
  if (at <= 0) return null;
  const full = expandShortName(mention, index);
  return full === null ? null : text.slice(0, at) + full + text.slice(at + mention.length);
}

// An office named right after the short name: 府办, 政办, or a department's short form (教育厅, 卫健委, 发改委).
const OFFICE_AFTER_SHORT = /^(?:府办|政办|政府|[\u4e00-\u9fff]{1,6}?(?:厅|委|局|办))/u;

/**
 * The forms a question may shorten: the name from each of its places on, runs of its places, and
 * a branch named from the place it sits in (平江生态环境局分局 of 岳阳市生态环境局平江分局).
 */
function fullForms(agency: AgencyEntry): string[] {
  const { places, kind, branch } = agency;
  const forms: string[] = branch ? [branch + kind.replace(branch, "")] : [];
  // A name opening with its places' stems (湖南衡山萱洲国家湿地公园管理处) is written without them too.
  for (let rest = kind, stem = regionStemOpening(rest, agency); stem !== null; stem = regionStemOpening(rest, agency)) {
    rest = rest.slice(stem.length);
    forms.push(rest);
  }
  for (let i = 0; i <= places.length; i++) {
    forms.push(places.slice(i).join("") + kind);
    for (let j = i + 1; j <= places.length; j++) forms.push(places.slice(i, j).join(""));
  }
  return forms;
}

/** The stem of a place `agency` lies within (湖南 of 湖南省) that `name` opens with, leaving a name after it; else null. */
function regionStemOpening(name: string, agency: AgencyEntry): string | null {
  for (const place of agency.within) {
    // A stem of two or three characters; a name opening with the whole place (湖南省…) is split by its places already.
    const whole = agency.within.has(name.slice(0, place.length + 1));
    if (place.length >= 2 && place.length <= 3 && name.startsWith(place) && name.length > place.length + 2 && !whole) return place;
  }
  return null;
}

/**
 * The names of the zone a committee governs, as people write them alone: the zone its kind names
 * (沣西新城 of 沣西新城管理委员会), and a zone place without the city stem opening it (黄花综合保税区).
 */
function zoneForms(agency: AgencyEntry): string[] {
  if (!ZONE_AUTHORITY_END.test(agency.kind)) return [];
  const own = agency.kind.replace(ZONE_AUTHORITY_END, "");
  const local = agency.places.filter(isZoneName).map((place) => withoutCityStem(place));
  return [...(isZoneName(own) ? [own] : []), ...local.filter((z): z is string => z !== null)];
}
