/**
 * Placing an agency in the gazetteer: the places its name opens with (东风区 → 黑龙江省 佳木斯市
 * 东风区), the one reading the report's text and address agree on where a name fits several
 * (朝阳区 of 北京市 or of 长春市), the place an old name still has a stem for (吐鲁番地区 → 吐鲁番市),
 * national organs above every place, a provincial body's departments in its province.
 */
import type { AgencyLevel, Region } from "../domain/report.ts";
import { chainOf, lineage, placeMentions, placeRunAt, placesNamed, placesStemmed, placeStem, within, type Place } from "../places/gazetteer.ts";
import { isVerticalOffice, localOfficeOf, organNamed, provincialBodyAt } from "../places/organs.ts";
import { CORPS_DIVISION, CORPS_REGIMENT } from "../places/corps-units.ts";
import { districtsAfterZones, isZoneName, ZONE_AUTHORITY } from "../places/zone-names.ts";
import { addressPlace, type AddressClues } from "./address-clues.ts";
import { OFFICE_KIND_FORMS } from "./office-domain.ts";

export interface Placement {
  region: Region;
  level: AgencyLevel;
  placeCode: string | null;
  /** Why this place (`place:东风区`, `address:jmsdf`, `text:佳木斯市`). */
  evidence: string[];
}

/** A reading is supported this much by each parent the text names … */
const TEXT_PARENT_WEIGHT = 1;
/** … and this much by an address word spelling it or a parent. */
const ADDRESS_WEIGHT = 3;
const LEVEL_WORD = /^(?:地区|自治州|市|县|区|旗|盟|州)/;
const UNLISTED_TOWNSHIP = /^([\u4e00-\u9fff]{2,6}?(?:街道|镇|乡|苏木))(?:办事处|人民政府)$/;
const NATIONAL = /^(?:国务院|国家|中华人民共和国|中国|中央)/;
const BRANCH_PLACE = /[局厅]([\u4e00-\u9fff]{2,8}?(?:县|区|市|旗))分局$/u;

/** Where the agency named `name` (normalized) sits, or null when the gazetteer cannot tell. */
export function placeAgency(name: string | null, text: string, address: AddressClues): Placement | null {
  if (!name) return null;
  // A vertical system's local office (国家税务总局珠海市香洲区税务局) sits where its own name places it.
  const local = localOfficeOf(name);
  const office = local ? (placeAgency(local.office, text, address) ?? provincialOffice(local.office)) : null;
  if (local && office) return { ...office, evidence: [`organ:${local.organ.name}`, ...office.evidence] };
  if (organNamed(name) || NATIONAL.test(name)) {
    return { region: { province: null, city: null, county: null, township: null }, level: "national", placeCode: null, evidence: ["organ"] };
  }
  // A provincial body's department (新疆生产建设兵团民政局) stands at the level of the province it lies in.
  const body = provincialBodyAt(name);
  const province = body ? placesNamed(body.body.province).find((p) => p.level === "province") : undefined;
  if (body && province) {
    return { region: chainOf(province), level: "province", placeCode: province.code, evidence: [`body:${body.body.name}`] };
  }
  const readings = readingsOf(name);
  const district = zoneDistrict(name, text, readings);
  if (district) return district;
  if (readings.length === 0) return zoneByAddress(name, text, address);
  const mentioned = new Set(placeMentions(text.slice(0, 3000)).map((m) => m.name));
  const spelled = address.places.flatMap((w) => w.places.map((p) => ({ word: w.word, p })));
  const scored = readings.map((p) => {
    const evidence: string[] = [];
    let score = 0;
    for (const parent of lineage(p).slice(0, -1)) {
      if (mentioned.has(parent.name)) {
        score += TEXT_PARENT_WEIGHT;
        evidence.push(`text:${parent.name}`);
      }
    }
    for (const s of spelled) {
      if (within(p, s.p)) {
        score += ADDRESS_WEIGHT;
        evidence.push(`address:${s.word}`);
      }
    }
    return { p, score, evidence };
  });
  scored.sort((a, b) => b.score - a.score);
  const tied = scored.filter((s) => s.score === scored[0]!.score);
  // 大理 of 大理经济技术开发区 reads as 大理州 and the 大理市 within it: the place both lie in is sure.
  const outer = tied.find((t) => tied.every((o) => o === t || within(o.p, t.p)));
  const best = tied.length === 1 ? scored[0]! : outer;
  if (!best) return null;
  const chain = chainOf(best.p);
  // A township newer than the division list (锡山区 + 厚桥街道办事处) still sits in the county it follows.
  const township = best.p.level === "county" ? UNLISTED_TOWNSHIP.exec(name.slice(placeRunAt(name)?.length ?? name.length)) : null;
  if (township) chain.township = township[1]!;
  return {
    region: chain,
    // A municipality (北京市) stands as a province, its districts as counties.
    level: township ? "township" : best.p.level,
    placeCode: best.p.code,
    evidence: [`place:${best.p.name}`, ...new Set(best.evidence)],
  };
}

/** A local office written by its province's short name alone (湖北调查总队 of 国家统计局湖北调查总队) sits in that province. */
function provincialOffice(office: string): Placement | null {
  for (const len of [3, 2]) {
    const province = placesStemmed(office.slice(0, len)).find((p) => p.level === "province");
    if (province && isVerticalOffice(office.slice(len))) {
      return { region: chainOf(province), level: "province", placeCode: province.code, evidence: [`stem:${office.slice(0, len)}`] };
    }
  }
  return null;
}

/** Places the name opens with: a run of full names, or a stem and a level word (吐鲁番地区). */
function readingsOf(written: string): Place[] {
  // 昌吉州生态环境局吉木萨尔县分局: a branch sits in the place written before 分局, within its head office's.
  const branch = BRANCH_PLACE.exec(written);
  if (branch) {
    const heads = readingsOf(written.slice(0, branch.index + 1));
    const inner = placesNamed(branch[1]!).filter((p) => heads.length === 0 || heads.some((h) => within(p, h)));
    if (inner.length > 0) return inner;
  }
  // A 兵团 town is written under its division and regiment (第一师阿拉尔市十六团新开岭镇): the places
  // are the city the division runs and the town within it.
  const name = written.replace(CORPS_DIVISION, "");
  const run = placeRunAt(name);
  if (run) {
    const regiment = CORPS_REGIMENT.exec(name.slice(run.length));
    const inner = regiment ? placeRunAt(name, run.length + regiment[0].length) : null;
    const inside = inner?.places.filter((p) => run.places.some((outer) => within(p, outer))) ?? [];
    return inside.length > 0 ? inside : run.places;
  }
  // 河北饶阳经济开发区: a province's short name before a place of its own (not 天津市河北区).
  for (const len of [3, 2]) {
    const province = placesStemmed(name.slice(0, len)).find((p) => p.level === "province");
    const inner = province ? readingsOf(name.slice(len)).filter((p) => within(p, province)) : [];
    if (inner.length > 0) return inner;
  }
  for (const len of [4, 3, 2]) {
    const found = placesStemmed(name.slice(0, len)).filter((p) => p.level === "city" || p.level === "county");
    if (found.length === 0) continue;
    if (LEVEL_WORD.test(name.slice(len))) return found;
    // A zone or office named after its city by the stem alone (遂宁经济技术开发区) sits in that city,
    // where one city or county has that stem; a zone's committee where the text says which (五华 of 昆明市).
    if (found.length === 1 || name.endsWith(ZONE_AUTHORITY)) return found;
  }
  return [];
}

/**
 * A zone that governs a district as one body, written with it (乌鲁木齐国家高新区(新市区)), sits in
 * that district: the one district so written that lies in a place the zone's name reads as.
 */
function zoneDistrict(name: string, text: string, readings: readonly Place[]): Placement | null {
  if (!name.endsWith(ZONE_AUTHORITY) || !isZoneName(name.slice(0, -ZONE_AUTHORITY.length))) return null;
  const written = districtsAfterZones(text.slice(0, 3000));
  const districts = written.flatMap((d) =>
    placesNamed(d).filter((p) => p.level === "county" && (readings.length === 0 || readings.some((r) => within(p, r)))).map((p) => ({ d, p })),
  );
  if (districts.length !== 1) return null;
  const { d, p } = districts[0]!;
  return { region: chainOf(p), level: p.level, placeCode: p.code, evidence: [`place:${p.name}`, `zone_district:${d}`] };
}

/**
 * A zone named after no place of the gazetteer (桃园开发区管理委员会, 苏银产业园管理委员会) sits where
 * its page's address says (lianhu.gov.cn → 莲湖区).
 */
function zoneByAddress(name: string, text: string, address: AddressClues): Placement | null {
  if (!name.endsWith(ZONE_AUTHORITY) || !isZoneName(name.slice(0, -ZONE_AUTHORITY.length))) return null;
  const place = addressPlace(address, text);
  if (!place || place.level === "township") return null;
  const words = address.places.filter((w) => w.places.some((p) => within(place, p))).map((w) => `address:${w.word}`);
  return { region: chainOf(place), level: place.level, placeCode: place.code, evidence: [`place:${place.name}`, ...words] };
}

const KIND_FORMS: ReadonlySet<string> = new Set(OFFICE_KIND_FORMS);

/**
 * `name` with the county it was placed in written whole where the name opens with that county's
 * stem alone (武进地税局 placed in 武进区 → 武进区地税局), as questions write it; else `name`.
 */
export function nameWithPlaceInFull(name: string, region: Region): string {
  const place = region.county;
  if (!place) return name;
  const stem = placeStem(place);
  // Only a kind of office after the stem (地税局, not 景区管理委员会 of 峨眉山景区管理委员会) makes the stem a place written short.
  return stem !== place && stem.length >= 2 && name.startsWith(stem) && KIND_FORMS.has(name.slice(stem.length)) ? place + name.slice(stem.length) : name;
}
