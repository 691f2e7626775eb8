/**
 * The agency that filed one report, taken from the report itself: every clue (a `发布机构` field,
 * its own title, a heading line, a sentence announcing the report, a `由…编制` statement, the
 * signature closing it, a `来源` field naming an office, the body its overview opens with, its
 * self-references 我局/我乡 matched with the names in its text, names mentioned near the start)
 * proposes a name and `scoreAgencyClues` picks one. A name without its place (教育局, 河务局) is
 * completed from the text (黄河河务局; 宁安 + 我市 → 宁安市教育局).
 */
import { localOfficeOf, organNamed, organsInEnglish, provincialBodyAt } from "../places/organs.ts";
import { fieldsOfKind, kindOfField, officeByDomain, organByDomain } from "./office-domain.ts";
import { governmentOfficeByLevel } from "./government-office.ts";
import { ANONYMIZED, isBarePlace, normalizeAgencyName } from "./agency-names.ts";
import { findNameCandidates, trimToName, type NameCandidate } from "./agency-candidates.ts";
import { accountNames, placeAccountNames, portalNames, siteNames, aggregateNames, announcedNames, compilerNames, compilingBody, contactNames, headingNames, placeCutOut, townshipOfOffice, mentionedNames, subdistrictWrittenShort, subjectNames, withoutIssuedDocuments, type AgencyClue, type ClueSource } from "./agency-clues.ts";
import { CLUE_WEIGHTS, scoreAgencyClues } from "./agency-scoring.ts";
import { soleSurroundingPlace } from "./agency-region.ts";
import { provincesIssuing } from "../places/province-short-names.ts";
import { fieldValue } from "./labelled-fields.ts";
import { isZoneName, ZONE_AUTHORITY, ZONE_WORDS, zoneBodyEnding } from "../places/zone-names.ts";
import type { TextLine } from "./text-lines.ts";
import { tagWords } from "./word-tags.ts";
import { countiesByInitials } from "../places/place-pinyin.ts";
import { allPlaces, lineage, withPlaceInFull, placeMentions, placeRunAt, placesNamed, placeStem, placesStemmed, townshipNameMayEndWith, within, type Place } from "../places/gazetteer.ts";
import { portalPlace } from "./portal-place.ts";
import { addressPlace, departmentOf, townshipsWritten, type AddressClues } from "./address-clues.ts";
import { normalize } from "../text/normalized-text.ts";
import { headerLabelPattern } from "../text/header-fields.ts";
import { simplified } from "../text/simplified.ts";

export interface AgencyFinding {
  /** The name as the report writes it, in normalized (simplified) text. */
  name: string;
  normalized: string;
  anonymized: boolean;
  /** How far the winning name is ahead of the next (0–1). */
  confidence: number;
  /** The clues that named it (`announced:东风区人力资源和社会保障局`), strongest first. */
  evidence: string[];
}

export interface AgencySource {
  /** Normalized text of the report. */
  text: string;
  lines: readonly TextLine[];
  /** The report's own title, if it has one (not a compilation page's title). */
  title: string | null;
  /** What the page's web address says, where the page holds this report alone. */
  address?: AddressClues;
}

const ORG_SUFFIX = /(?:人民政府|政府|办公室|研究室|办事处|委员会|联合社|供销社|局|委|厅|院|中心|所|处|乡|镇|街道|苏木)$/;
const PUBLISHER_FIELD = new RegExp(headerLabelPattern(["publisher"]));
// A page's 来源 is often a web site (来源：本站); it counts only when it names an office.
const SOURCE_FIELD = new RegExp(headerLabelPattern(["source"]));
// 苏木 is the township of Inner Mongolia's pastoral areas.
const SELF_REFERENCE = /[我本](局|委|乡|镇|苏木|区|县|市|厅|办|院|中心|街道|社(?!区|会))/g;
const TITLE_PREFIX_END = /(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}\s*年|政府信息公开|政务信息公开|政务公开|信息公开|关于|年度/;
// 由X编制, or 由X按照《…》…的要求编制: the body named before what it compiled by.
const COMPILED_BY = /由([^,，。;；:：《》]{3,40}?)(?:负责|组织)?(?:编制|编写|制作|起草)|由([^,，。;；:：《》]{3,40}?)(?:按照|根据|依据|依照)[^。;；]{0,200}?(?:编制|编写)/;
const PARENTHESES = /[(（][^)）]{0,12}[)）]/g;
// An aside in brackets closing a name (嘉兴科技城(大桥镇), 自治区民委(宗教事务局)): no part of the name.
const TRAILING_ASIDE = /[(（][^()（）]*[)）]$/u;
const GENERAL_OFFICE = /^(?:(?:人民)?政府|党政|党政综合)?办公(?:室|厅)$/;

/** Characters of a report's start where mentions count as clues. */
const MENTION_HEAD = 1500;

/** Finds the agency of a report; null when the report does not say. */
export function findAgency(source: AgencySource): AgencyFinding | null {
  const selfType = dominantSelfReference(source.text);
  const head = source.text.slice(0, MENTION_HEAD);
  const clues: AgencyClue[] = [];
  let anonymizedName: string | null = null;
  const add = (sourceName: ClueSource, names: ReadonlyArray<string | null>): void => {
    for (const name of names) {
      if (!name) continue;
      if (ANONYMIZED.test(name)) anonymizedName ??= sourceName === "mention" ? null : name;
      else clues.push({ name, source: sourceName });
    }
  };
  const publisher = fromField(source.lines, PUBLISHER_FIELD);
  const title = fromTitle(source.title);
  add("publisher", [publisher && title && isOfficeOf(normalizeAgencyName(publisher), normalizeAgencyName(title)) ? null : publisher]);
  add("title", [title]);
  add("heading", headingNames(source.lines));
  // The title is a clue of its own; the sentences after it announce the report again.
  add("announced", announcedNames(title && source.title ? head.replace(source.title, "") : head));
  add("compiled_by", [...new Set([...compilerNames(head), fromCompiledBy(source.text)].map((n) => (n ? organOfOffice(n) : n)))]);
  add("signature", [fromSignature(source.lines)]);
  add("source_field", [fromField(source.lines, SOURCE_FIELD)]);
  add("subject", subjectNames(source.lines));
  add("contact", contactNames(head));
  // A report that names its body (沈阳市人民政府办公厅坚持…) is not read as speaking for the whole place.
  const named = clues.some((c) => c.source !== "mention");
  add("address", [addressName(source.address, source.text, selfType, named)]);
  // A mirror may spell the report's own title in its address.
  add("address", source.address?.written ? announcedNames(normalize(source.address.written).text) : []);
  const aggregates = aggregateNames(head);
  // 我市 of a report summing up the cities and counties it lists is the government over them, not one of them.
  const self = fromSelfReference(source.text, selfType);
  add("self_reference", [self && aggregates.some((a) => isUnitOf(self, a)) ? null : self]);
  add("self_reference", [self ? null : (townshipSpokenOfBare(source.text, source.address) ?? zoneSpokenOfBare(source.text))]);
  // An account the report names for itself may come late, after its counts (优化调整“淮安自然资源和规划”微信公众号).
  // A report calling itself nothing is the kind of office the names it gives end with (…自然资源和规划局编制了).
  add("account", accountNames(source.text, selfType === null ? officeKindNamed(clues) : officeKind(selfType)));
  add("account", siteNames(head, selfType === null ? null : officeKind(selfType)));
  add("account", placeAccountNames(head, selfType));
  add("account", portalNames(head));
  add("translated", organsInEnglish(head).map((o) => o.name));
  add("field", [organByDomain(withoutIssuedDocuments(source.text))?.name ?? null]);
  add("mention", mentionedNames(withoutIssuedDocuments(head)));
  add("aggregate", aggregates);
  const best = scoreAgencyClues(withAddressPlaces(clues, source), selfType === null ? null : officeKind(selfType));
  // A report that names itself only as XX镇 is kept anonymous rather than given a name from passing mentions.
  if (anonymizedName !== null && (best === null || best.score <= CLUE_WEIGHTS.self_reference)) {
    return { name: anonymizedName, normalized: anonymizedName, anonymized: true, confidence: 0, evidence: [] };
  }
  if (best === null) return anonymousAgency(source.text, selfType);
  const completed = complete(best.name, source.text, selfType, source.address);
  const normalized = normalizeAgencyName(completed.full);
  return {
    name: completed.written,
    // A national organ goes by its full name however the report shortens it (人力资源社会保障部).
    // A provincial body (新疆生产建设兵团) opening the name is whole as it is, though a province's stem opens it.
    normalized: organNamed(normalized)?.name ?? (provincialBodyAt(normalized) || localOfficeOf(normalized) ? normalized : withPlaceInFull(normalized)),
    anonymized: false,
    confidence: best.confidence,
    evidence: best.evidence,
  };
}

/** Whether `name` is a place lying within the place the government `over` governs (兴城市 of 葫芦岛市人民政府). */
function isUnitOf(name: string, over: string): boolean {
  const outer = placesNamed(over.replace(/人民政府$/u, ""));
  return placesNamed(name).some((p) => p.level !== "province" && outer.some((o) => o !== p && within(p, o)));
}

/**
 * `clues` with each name that opens with a level word alone (市市场监管局) given the place the page's
 * address or credit code names at that level, so it is weighed as the placed name it stands for.
 */
function withAddressPlaces(clues: readonly AgencyClue[], source: AgencySource): AgencyClue[] {
  // The governments the page names as its own (its portal, “中国永嘉”县政府门户网站), by their places.
  const governed = [...new Set(clues.filter((c) => c.source !== "mention" && c.name.endsWith("人民政府")).map((c) => c.name.slice(0, -"人民政府".length)))];
  return clues.map((c) => {
    if (hasPlace(c.name) || organNamed(c.name) || provincialBodyAt(c.name)) return c;
    // 县农业局 on a mirror whose address names no place: the county whose portal the page names.
    const level = /^[县区市旗]/u.exec(c.name)?.[0];
    const own = level ? governed.filter((g) => g.endsWith(level) && placesNamed(g).length > 0) : [];
    const place = addressLevelPlace(c.name, source.text, source.address, false) ?? (own.length === 1 ? own[0]! : null);
    // 区政府办公室 of 汉阳区 is 汉阳区人民政府办公室, as the government is written in full.
    const rest = c.name.replace(/^(?:自治区|[省市县区])/, "").replace(/^政府/, "人民政府");
    return place ? { ...c, name: place + rest } : c;
  });
}

/**
 * The office an address names with its place (daan.jlbc.gov.cn/…/rlsb/ → 大安市人力资源和社会保障局); where
 * the report names no body (`named` false), also the body it speaks for across the place. `selfType` is
 * what the report calls itself (局 of 我局, 县 of 我县), null where it never does.
 */
function addressName(address: AddressClues | undefined, text: string, selfType: string | null, named: boolean): string | null {
  if (!address) return null;
  const office = selfType === null ? null : officeKind(selfType);
  // A department's page on a mirror whose host spells no place (/bmxxgk/nyncj/): the place whose portal it publishes on.
  const place = addressPlace(address, text) ?? (address.departments.length === 1 || office !== null ? portalPlace(text) : null);
  if (!place) return null;
  // /sthjwyfj/ on a district's site: its city's department's branch there (西安市生态环境局未央分局).
  const city = place.level === "county" ? lineage(place).find((p) => p.level === "city") : undefined;
  if (address.branch && city && countiesByInitials(address.branch.initials).includes(place)) return `${city.name}${address.branch.department}${placeStem(place.name)}分局`;
  // /xyzjdbsc/ under a district's site: a report naming no body of its own is that township's.
  if (place.level === "township") return named ? null : `${place.name}${place.name.endsWith("街道") ? "办事处" : "人民政府"}`;
  // A slug names the department (the host's, where the path names a sub-unit's folder too: scjg.xm.gov.cn/…/hlqgsj/);
  // else a report that only says 我局 is the office of the field it writes about, and one saying 我办
  // that names its government's office by level (区政府办公室) is that office.
  const slugged = address.departments.length === 1 ? address.departments[0]! : address.hostDepartment;
  const department = slugged
    ? fieldOfSlugWritten(slugged, text, office)
    : office === "办公室"
      ? governmentOfficeByLevel(text, place)
      : office
        ? officeByDomain(text, office)
        : null;
  if (department) {
    // A zone's committee (jkq: 经济技术开发区管理委员会) is named after its city's stem (西宁经济技术开发区).
    const zone = `${placeStem(place.name)}${department}`;
    return department.endsWith(ZONE_AUTHORITY) && isZoneName(zone.slice(0, -ZONE_AUTHORITY.length)) ? zone : `${place.name}${departmentOf(place, department)}`;
  }
  if (office !== null || named) return null;
  // A report calling itself nothing that speaks for a field's organs across the place (全县公安机关):
  // that field's bureau of the place.
  const field = wholeField(place.name).exec(text)?.[1];
  const kind = field ? kindOfField(field, "局") : null;
  if (kind) return `${place.name}${kind}`;
  // A government's own site (dayao.gov.cn) whose report, calling itself nothing, speaks for the whole
  // place (全县共公开…), or that never says 我X and writes that government's name (its banner, 天津市宁河区人民政府):
  // that place's government.
  // …and one calling itself by the place's level (我县 on anhua.gov.cn): that government.
  const selfPlace = selfType !== null && /^[县市区旗]$/u.test(selfType) && place.name.endsWith(selfType);
  if (selfPlace || wholePlace(place.name).test(text) || (selfType === null && text.includes(`${place.name}人民政府`))) return `${place.name}人民政府`;
  // …and one naming a single township of the place (七里乡政府规范性文件): that township's.
  const townships = [...new Set(townshipsWritten(text).filter((t) => t.parent === place))];
  return townships.length === 1 ? `${townships[0]!.name}${townships[0]!.name.endsWith("街道") ? "办事处" : "人民政府"}` : null;
}

/**
 * The department a slug names, unless the text never writes its field and writes another's most
 * (swj stands for 商务局 and 水务局 alike: a page saying 我局 of 水务 five times is the 水务局).
 */
function fieldOfSlugWritten(slugged: string, text: string, office: string | null): string {
  const field = slugged.replace(KIND_ENDING, "");
  if (office === null || field.length < 2 || text.includes(field)) return slugged;
  return officeByDomain(text, office) ?? slugged;
}

const KIND_ENDING = /(?:委员会|办公室|局|厅|委|办)$/u;

// Verbs a report's clauses open with after the word it calls itself by (街道收到…, 投资区主动公开…).
const BARE_SUBJECT_VERBS = "主动|收到|共|全年|坚持|认真|严格|按照|依托|围绕|进一步|持续|不断|扎实|积极|高度";
// 2025年,街道收到申请19件: a township's report speaking of itself by its level word alone, opening a clause.
const BARE_TOWNSHIP_SUBJECT = new RegExp(`(?:^|[,，。;；\\n])(街道|镇|乡)(?=${BARE_SUBJECT_VERBS})`, "gu");
/** Clauses a report must open with its bare level word before it is read as speaking of itself. */
const MIN_BARE_SUBJECTS = 2;

/** The word `pattern` (capturing it) finds opening the most clauses, where it opens enough of them; else null. */
function bareSubject(text: string, pattern: RegExp): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(pattern)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const [word, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return word !== undefined && n! >= MIN_BARE_SUBJECTS ? word : null;
}

/**
 * The township a report that calls itself only 街道 (or 镇, 乡) is about: the one of that kind its
 * text names anywhere, titles of its own documents included, lying within the place its address
 * names where it names one; null when none or several.
 */
function townshipSpokenOfBare(text: string, address: AddressClues | undefined): string | null {
  const word = bareSubject(text, BARE_TOWNSHIP_SUBJECT);
  const name = word ? soleTownshipNamed(text, word, address) : null;
  return name === null ? null : word === "街道" ? `${name}办事处` : `${name}人民政府`;
}

/** The one township ending in `word` (街道, 镇, 乡) that `text` names, within the place the address spells; else null. */
function soleTownshipNamed(text: string, word: string, address: AddressClues | undefined): string | null {
  const around = address ? addressPlace(address, text) : null;
  const named = new Set<string>();
  for (const m of placeMentions(text)) {
    // The level word alone (街道) names no township, though the gazetteer holds one so named.
    const township = m.places.find((p) => p.level === "township" && p.name.endsWith(word) && p.name.length > word.length && (around === null || within(p, around)));
    if (township) named.add(township.name);
  }
  return named.size === 1 ? [...named][0]! : null;
}

// A township's body named by its level word alone (街道办事处, 镇人民政府).
const BARE_TOWNSHIP_BODY = /^(街道|镇|乡)(办事处|人民政府|政府)$/u;

// 投资区主动公开政府信息140条: a zone's report speaking of itself by its zone word alone.
const BARE_ZONE_SUBJECT = new RegExp(`(?:^|[,，。;；\\n])(${ZONE_WORDS.join("|")})(?=${BARE_SUBJECT_VERBS}|注重)`, "gu");

/**
 * The committee of the zone a report calling itself only by its zone word (投资区, 开发区) is about:
 * the one zone ending with that word its text names in full (微信公众号“钦州市北部湾华侨投资区”); null
 * when none or several.
 */
function zoneSpokenOfBare(text: string): string | null {
  const word = bareSubject(text, BARE_ZONE_SUBJECT);
  if (!word) return null;
  const named = zonesNamed(text, word);
  return named.length === 1 ? `${named[0]!}${ZONE_AUTHORITY}` : null;
}

/** The zones ending with one of `words` (an alternation) that `text` names in full, each once. */
function zonesNamed(text: string, words: string): string[] {
  const named = new Set<string>();
  for (const m of text.matchAll(new RegExp(`[\\u4e00-\\u9fff]{2,12}?(?:${words})`, "gu"))) {
    // The name opens at a place the gazetteer knows (钦州市北部湾华侨投资区, or by its stem: 葫芦岛经济技术开发区), not mid-sentence.
    const at = [...m[0]].findIndex((_, i) => placeRunAt(m[0], i) !== null || [3, 2].some((n) => placesStemmed(m[0].slice(i, i + n)).some((p) => p.level === "city" || p.level === "county")));
    if (at >= 0 && isZoneName(m[0].slice(at))) named.add(m[0].slice(at));
  }
  return [...named];
}

const PROVINCIAL_GENERAL_OFFICE = "办公厅";
// 区管委会办公室: a body of the zone's committee, the zone written by its level word alone.
const ZONE_BY_LEVEL = /^区(?=管委会|管理委员会)/u;

/** 全县公安机关, 全市税务系统: a field's organs across a place of that level, the field captured. */
function wholeField(place: string): RegExp {
  return new RegExp(`全${place.at(-1)!}([\u4e00-\u9fff]{2,4}?)(?:机关|系统)`, "u");
}

/** 全县 of a 县, 全市 of a 市: the text speaking for the whole of a place of that level. */
function wholePlace(place: string): RegExp {
  return new RegExp(`全${place.at(-1)!}(?:共|累计|各|范围|受理|收到|新收|办理|主动公开)`, "u");
}

// Only an office's self-reference tells its kind: 我市 is said in any city's reports, not only its government's.
function officeKind(selfType: string): string | null {
  return selfType === "委" ? "委员会" : selfType === "办" ? "办公室" : /^(?:局|厅|院|中心)$/.test(selfType) ? selfType : null;
}

/** The kind of office (局, 委员会) every name the clues give, but passing mentions, ends with; null where they differ or there are none. */
function officeKindNamed(clues: readonly AgencyClue[]): string | null {
  const kinds = new Set(clues.filter((c) => c.source !== "mention").map((c) => /(?:委员会|办公室|局|厅)$/u.exec(c.name)?.[0] ?? ""));
  return kinds.size === 1 ? ([...kinds][0] || null) : null;
}

/** Whether `office` is the organ `organ` itself or its general office (办公室, 办公厅). */
function isOfficeOf(office: string, organ: string): boolean {
  if (office.startsWith(organ)) return true;
  // A general office named with no place (政府办公室, 党政办公室) is the office of whatever the title names.
  if (GENERAL_OFFICE.test(office)) return true;
  // The title may name the place more fully than the office does: 江汉区人民政府办公室 publishes
  // the report of 武汉市江汉区人民政府.
  const stem = office.replace(/办公(?:室|厅)$/, "");
  return stem !== office && stem.length >= 3 && organ.endsWith(stem);
}

function fromField(lines: readonly TextLine[], label: RegExp): string | null {
  const value = fieldValue(lines.slice(0, 12), label);
  if (!value || !/^[\u4e00-\u9fff()（）]{3,30}$/.test(value)) return null;
  // 嘉兴科技城(大桥镇): a zone with the township it runs in brackets after it.
  const name = value.replace(TRAILING_ASIDE, "");
  return ORG_SUFFIX.test(name) || isZoneName(name) ? name : null;
}

function fromSignature(lines: readonly TextLine[]): string | null {
  const last = lines.slice(-4);
  for (const [i, line] of [...last.entries()].reverse()) {
    const t = line.text.replace(/\s+/g, "");
    // A page cut inside a flattened table ends on a cell (本年处理决定数量 cut to 本年处), no signature.
    if (i > 0 && /\|\s*$/u.test(last[i - 1]!.text)) continue;
    if (t.length >= 3 && t.length <= 30 && /^[\u4e00-\u9fff]+$/.test(t) && ORG_SUFFIX.test(t) && !/报告|情况|措施|信息公开|政务公开|领导小组/.test(t)) return t;
  }
  return null;
}

function fromTitle(title: string | null): string | null {
  if (!title) return null;
  // 2021年度XX县人民政府政府信息公开… names the year first.
  const t = title.replace(/^关于/, "").replace(/^(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年度?/, "");
  const end = t.search(TITLE_PREFIX_END);
  // 自治区民委(宗教事务局): the other name a body goes by, in brackets after its own, is left out.
  const prefix = ownBody((end >= 0 ? t.slice(0, end) : "").replace(/的$/, "").trim()).replace(TRAILING_ASIDE, "");
  if (prefix.length < 2 || !/^[\u4e00-\u9fffXM*×]+$/.test(prefix)) return null;
  // 淮安市气象部门 names the bodies of a field in a place, no organ: the report's own body is named elsewhere.
  if (/部门$/u.test(prefix) || placeCutOut(prefix)) return null;
  // 泾县人民政府信息公开年度报告: the title's 政府信息公开 took the name's 政府.
  if (prefix.endsWith("人民")) return `${prefix}政府`;
  return subdistrictWrittenShort(prefix) ?? prefix;
}

/**
 * The body a title's name part stands for: of bodies filing one report together (广州市黄埔区人民政府
 * 广州开发区管委会), the first; a name written with blanks in it, the name without them.
 */
function ownBody(names: string): string {
  const parts = names.split(/[\s、]+/u);
  // …but a unit written with no place after its parent (东湖风景区管理委员会 卫生健康办公室) is the parent's own unit;
  // names listed with 、 are bodies of their own.
  const units = parts.length > 1 && !names.includes("、") && parts.slice(1).every((p) => !hasPlace(p));
  if (parts.length > 1 && !units && parts.every((p) => ORG_SUFFIX.test(p) || /管委会$/u.test(p))) return parts[0]!;
  return parts.join("");
}

// A bureau's or commission's own general office (淮安市气象局办公室) compiles its report; a government's files its own.
const ORGAN_OFFICE = /^(.{2,}?(?:局|厅|署|委员会))办公室$/u;

/** The organ whose general office `name` is (淮安市气象局 of 淮安市气象局办公室, 海虞镇人民政府 of 海虞镇党政办), else `name`. */
function organOfOffice(name: string): string {
  return ORGAN_OFFICE.exec(name)?.[1] ?? townshipOfOffice(name) ?? name;
}

function fromCompiledBy(text: string): string | null {
  const m = COMPILED_BY.exec(text);
  if (!m) return null;
  // Bodies compiling it together (由A、B编制) file it under the first.
  const phrase = (m[1] ?? m[2]!).replace(PARENTHESES, "").split("、")[0]!.replace(/\s+/g, "");
  const name = compilingBody(phrase, /人民政府/);
  return ORG_SUFFIX.test(name) ? (trimToName(name)?.name ?? null) : null;
}

function fromSelfReference(text: string, selfType: string | null): string | null {
  if (selfType === null) return null;
  // A zone's 管委会 calls itself 我委 too.
  const suffixes = selfType === "委" ? ["委员会", "管委会", "委"] : selfType === "办" ? ["办公室", "办"] : [selfType];
  // 《中国气象局办公室关于印发…的通知》: the body issuing a cited notice is not the one saying 我局.
  const own = withoutIssuedDocuments(text);
  const found = suffixes.flatMap((s) => findNameCandidates(own, s));
  // 高新区管委 read by the suffix 委 is 高新区管委会 cut short.
  const names = new Set(found.map((c) => c.name));
  const candidates = found.filter((c) => !names.has(`${c.name}会`));
  // A township the word tagger splits (哈日诺尔苏木 read as 哈 日 诺尔 苏木) is still a place of the
  // gazetteer; only a self-reference a township's name can end with (我乡, 我苏木) looks for one.
  if (suffixes.some(townshipNameMayEndWith)) {
    for (const m of placeMentions(text)) {
      if (suffixes.some((s) => m.name.endsWith(s)) && m.places.some((p) => p.level === "township")) candidates.push({ name: m.name, proper: true, anonymized: false });
    }
  }
  // 我区 of a report that speaks of 棚户区改造: a place word is a place the gazetteer knows, or a zone.
  // Townships newer than the division list are not held to it.
  return pickName(PLACE_LEVEL.test(selfType) ? candidates.filter((c) => c.anonymized || isKnownPlace(c.name)) : candidates);
}

const PLACE_LEVEL = /^(?:区|县|市)$/u;

/** Whether `written` is a place of the gazetteer (or was one, by its stem), with its parents written before it or not, or a zone. */
function isKnownPlace(written: string): boolean {
  // A traditional page writes 高陵縣.
  const name = simplified(written);
  if (placesNamed(name).length > 0 || placeRunAt(name)?.length === name.length || isZoneName(name)) return true;
  // A county since made a district (高陵县, now 高陵区) keeps its stem.
  const stem = placeStem(name);
  return stem !== name && placesStemmed(stem).length > 0;
}

// The name most of the candidates end with, in its fullest proper form: 市教育局 ×9 and
// 本溪市教育局 ×1 make 本溪市教育局.
function pickName(candidates: readonly NameCandidate[]): string | null {
  if (candidates.length === 0) return null;
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  let core: string | null = null;
  let coreScore = 0;
  for (const name of counts.keys()) {
    let score = 0;
    for (const [other, n] of counts) if (other.endsWith(name)) score += n;
    if (score > coreScore || (score === coreScore && core !== null && name.length < core.length)) {
      core = name;
      coreScore = score;
    }
  }
  const fuller = candidates.filter((c) => c.name.endsWith(core!) && (c.proper || c.anonymized));
  fuller.sort((a, b) => b.name.length - a.name.length || (counts.get(b.name) ?? 0) - (counts.get(a.name) ?? 0));
  return fuller[0]?.name ?? core;
}

function dominantSelfReference(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SELF_REFERENCE)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, n] of counts) if (best === null || n > counts.get(best)!) best = k;
  return best;
}

function anonymousAgency(text: string, selfType: string | null): AgencyFinding | null {
  const marker = ANONYMIZED.exec(text);
  if (!marker || selfType === null) return null;
  const name = `${marker[0]}${selfType}`;
  return { name, normalized: name, anonymized: true, confidence: 0, evidence: [] };
}

/**
 * Completes a name lacking its place: a longer form in the text, a place word before its stem, the
 * one place of its level the text names, or the place the page's address spells.
 */
function complete(name: string, text: string, selfType: string | null, address?: AddressClues): { written: string; full: string } {
  // A national organ is whole as it is: 水利部 needs no 中华人民共和国 before it.
  if (organNamed(name)) return { written: name, full: name };
  // 国家税务总局珠海市香洲区税务局: the office after its organ is completed as a name of its own.
  const local = localOfficeOf(name);
  if (local) {
    const office = complete(local.office, text, selfType, address);
    const organ = name.slice(0, -local.office.length);
    return { written: organ + office.written, full: organ + office.full };
  }
  // 海洋发展局 on a mirror that spammed its place out: the place whose portal it publishes on.
  // A zone's word opening the name (经济开发区管委会) names no place of its own.
  const placeWords = name.slice(ZONE_WORDS.find((w) => name.startsWith(w))?.length ?? 0);
  const portal = PLACE_WORD_IN.test(placeWords) || placeOpens(name) ? null : portalPlace(text);
  if (portal) return { written: name, full: portal.name + name };
  if (hasPlace(name)) {
    const narrower = narrowerPlace(name, text);
    return narrower ? { written: narrower, full: narrower } : { written: name, full: name };
  }
  // 兵团民政局 is the department of 新疆生产建设兵团.
  const body = provincialBodyAt(name);
  if (body) return { written: name, full: body.body.name + name.slice(body.form.length) };
  const longer = longerForm(name, text);
  if (longer) return { written: longer, full: longer };
  // 办公厅 alone, the general office only a province's government calls so, on a page naming one province.
  const province = name === PROVINCIAL_GENERAL_OFFICE ? soleProvince(text) : null;
  if (province) return { written: name, full: `${province}人民政府${name}` };
  // 区管委会办公室 on a page naming one zone in full (依托长兴岛经济技术开发区门户网站): that zone's committee's.
  const zones = ZONE_BY_LEVEL.test(name) ? zonesNamed(text, ZONE_WORDS.join("|")) : [];
  if (zones.length === 1) return { written: name, full: zones[0]! + name.slice(1) };
  // 街道办事处 in a report naming one 街道 (…南大街街道综合办公室): that 街道's.
  const bareTownship = BARE_TOWNSHIP_BODY.exec(name);
  const township = bareTownship ? soleTownshipNamed(text, bareTownship[1]!, address) : null;
  if (township) return { written: name, full: township + bareTownship![2]! };
  const place = placeBeforeStem(name, text, selfType) ?? soleLevelPlace(name, text) ?? addressLevelPlace(name, text, address, true);
  return { written: name, full: place ? place + name.replace(/^(?:自治区|[省市县区])/, "") : name };
}

/** Whether a place of the gazetteer, by its name or its stem, opens `name`. */
function placeOpens(name: string): boolean {
  if (placeRunAt(name, 0)) return true;
  // A township's stem (海洋 of 海洋乡) written bare opens no name: townships are written with their level word.
  return [2, 3].some((n) => placesStemmed(name.slice(0, n)).some((p) => p.level !== "township"));
}

function hasPlace(name: string): boolean {
  if (isBarePlace(name)) return true;
  // 自治区人民政府办公厅 opens with a level word, not a place: which region is still to be found.
  if (name.startsWith(LEVEL_ONLY)) return false;
  const first = tagWords(name)[0];
  return first !== undefined && first.word.length >= 2 && (first.tag === "ns" || /[省市县区乡镇旗]$/.test(first.word));
}

const LEVEL_ONLY = "自治区";
// A name holding a level word (县农业局, 莫旗政府) or a government is placed by it, not by any portal.
const PLACE_WORD_IN = /[省县区旗乡镇盟州]|市(?!场)|政府/u;

function longerForm(name: string, text: string): string | null {
  const suffix = name.slice(-1);
  // A longer name opening a notice it cites (《中国气象局办公室关于…》) is the issuer's, not this office's.
  const forms = findNameCandidates(withoutIssuedDocuments(text), suffix).filter((c) => c.proper && c.name.length > name.length && c.name.endsWith(name));
  forms.sort((a, b) => b.name.length - a.name.length);
  return forms[0]?.name ?? null;
}

// A site or body named with the place's short form (宁安教育信息网) tells where 教育局 is; the
// report's own 我市 / 我县 gives the level to add.
function placeBeforeStem(name: string, text: string, selfType: string | null): string | null {
  const own = name.replace(/^[市县区]/, "").replace(ORG_SUFFIX, "");
  const level = /^[市县区]/.exec(name)?.[0] ?? levelReference(text, selfType);
  // 铜陵城管 of a 市城管执法局: the field the kind belongs to stands for it too, where the name lacks its place.
  const fields = /^[市县区]/.test(name) ? fieldsOfKind(name) : [];
  for (const stem of new Set([own, ...fields])) {
    if (stem.length < 2) continue;
    const place = placeBeforeWord(stem, text, level);
    if (place) return place;
  }
  return null;
}

/** The place written right before `stem` in `text` (安康 of 安康商务), at `level` where one is said. */
function placeBeforeWord(stem: string, text: string, level: string | null): string | null {
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    const words = tagWords(text.slice(Math.max(0, at - 4), at + stem.length));
    const idx = words.findIndex((w, i) => words.slice(i).map((x) => x.word).join("").startsWith(stem));
    const before = idx > 0 ? words[idx - 1] : undefined;
    // 安康 is a word of its own to the tagger (well-being), yet the stem of 安康市 before 商务.
    if (before && before.word.length >= 2 && (before.tag === "ns" || (level !== null && stemOfLevel(before.word, level)))) {
      // 四川省乡村振兴局 named in the text of a 县乡村振兴局: a place of another level is another office.
      if (/[省市县区旗]$/.test(before.word)) {
        if (level === null || before.word.endsWith(level)) return before.word;
        continue;
      }
      if (level) return before.word + level;
      // With no level said (湖南气象网 of a page saying only 我局), a stem only one place has is that place.
      const only = placesStemmed(before.word).filter((p) => p.level !== "township");
      if (only.length === 1) return only[0]!.name;
    }
  }
  return null;
}

/**
 * The office of a place inside the one `name` opens with, where the report speaks of itself one
 * level down (区民政局 in a report titled 北京市民政局, whose district was lost to a mirror's
 * rewrite) and names its own site or account by that place's stem and its field (朝阳民政信息网):
 * 北京市朝阳区民政局. Null when the text shows no such place.
 */
function narrowerPlace(name: string, text: string): string | null {
  const run = placeRunAt(name);
  if (!run || run.places.length !== 1) return null;
  const outer = run.places[0]!;
  if (outer.level !== "province" && outer.level !== "city") return null;
  const office = name.slice(run.length);
  const field = office.replace(ORG_SUFFIX, "");
  if (field.length < 2) return null;
  const found = new Set<string>();
  for (const level of ["区", "县"]) {
    // Spoken of by level alone (区民政局, not 各区民政局 or 朝阳区民政局 of another office).
    if (!new RegExp(`(?:(?<![\u4e00-\u9fff])|(?<=[由在经对向和与及]))${level}${office}`).test(text)) continue;
    for (let at = text.indexOf(field); at >= 0; at = text.indexOf(field, at + 1)) {
      for (const len of [3, 2]) {
        if (at < len) continue;
        const stem = text.slice(at - len, at);
        for (const p of placesStemmed(stem)) if (p.level === "county" && p.name === stem + level && p.parent && within(p, outer)) found.add(p.name);
      }
    }
  }
  return found.size === 1 ? name.slice(0, run.length) + [...found][0]! + office : null;
}

/** True when `word` is the stem of a place at `level` (安康 of 安康市 for 市). */
function stemOfLevel(word: string, level: string): boolean {
  return placesStemmed(word).some((p) => p.name === word + level);
}

// 市生态环境局 in a report that names only one city (宣城市) is that city's bureau.
function soleLevelPlace(name: string, text: string): string | null {
  if (name.startsWith("省")) return soleProvince(text);
  if (name.startsWith(LEVEL_ONLY)) return soleRegion(text);
  const level = /^[市县区]/.exec(name)?.[0] ?? (placeRunAt(name) || PLACE_WORD_OPENING.test(name) ? undefined : governmentLevelFollowed(text));
  if (!level) return null;
  const written = soleSurroundingPlace(text, [level]);
  // A phrase read as a place (棚户区 of 棚户区改造) gives way to the one place of that level the gazetteer finds.
  return written !== null && placesNamed(written).length > 0 ? written : (soleNamedPlace(text, level) ?? written ?? soleMediaPlace(text, level) ?? (level === "市" ? cityOfCountiesNamed(text) : null));
}

/** The one city holding every county the text names in full (叶县 → 平顶山市), or null. */
function cityOfCountiesNamed(text: string): string | null {
  const cities = new Set(
    placeMentions(text).flatMap((m) => m.places.filter((p) => p.name === m.name && p.level === "county" && p.parent?.level === "city").map((p) => p.parent!.name)),
  );
  return cities.size === 1 ? [...cities][0]! : null;
}

// 根据县政府的工作要求: the government a body follows, named by its level word alone.
const GOVERNMENT_FOLLOWED = /(?:根据|按照|依据)(市|县|区)(?:委|政府|人民政府)/gu;
// A name opening with a place, known or not (示例县民政局; 市场 is no city).
const PLACE_WORD_OPENING = /^\p{Script=Han}{1,8}?[省市县区旗](?!场)/u;

// 各县(市、区)公开信息15170条: a city's report speaks of the counties under it.
const COUNTIES_UNDER = /各县\s*[(（]\s*市\s*[、,，]?\s*区\s*[)）]|各县市区|各县区/u;

/**
 * The one level (县 of 根据县政府的工作要求) of the government a report with an unplaced name says it
 * follows, else 市 where it speaks of its counties, or undefined.
 */
function governmentLevelFollowed(text: string): string | undefined {
  const levels = new Set([...text.matchAll(GOVERNMENT_FOLLOWED)].map((m) => m[1]!));
  if (levels.size === 1) return [...levels][0];
  return levels.size === 0 && COUNTIES_UNDER.test(text) ? "市" : undefined;
}

// 渭南日报, 渭南宣传网, 盐津电视台: the media of a place, named by its stem.
// National papers whose names open with a place's stem (光明 of 光明区).
const NATIONAL_MEDIA = new Set(["光明日报"]);
const LOCAL_MEDIA = /(\p{Script=Han}{2,3}?)(?:日报|晚报|宣传网|新闻网|电视台|广播电视台|融媒体中心|手机报)/gu;

/**
 * The one city (市) or county (县, 区) whose own media the text names by its stem (渭南日报), where
 * the text writes no place of that level in full; null when none or several.
 */
function soleMediaPlace(text: string, level: string): string | null {
  const levels = level === "市" ? ["city"] : ["county"];
  const names = new Set<string>();
  for (const m of text.matchAll(LOCAL_MEDIA)) {
    if (NATIONAL_MEDIA.has(m[0].slice(-4))) continue;
    const stem = m[1]!;
    // The stem may be the end of the words before it (报送至渭南日报): its last two or three characters.
    for (const len of [3, 2]) {
      if (stem.length < len) continue;
      const places = placesStemmed(stem.slice(-len)).filter((p) => levels.includes(p.level) && p.name.endsWith(level));
      if (places.length === 1) {
        names.add(places[0]!.name);
        break;
      }
    }
  }
  return names.size === 1 ? [...names][0]! : null;
}

// The one county (县, 区) or city (市) of the gazetteer that `text` writes in full, or null.
function soleNamedPlace(text: string, level: string): string | null {
  const levels = level === "市" ? ["city", "county"] : ["county"];
  const names = new Set(
    placeMentions(text)
      .filter((m) => m.name.endsWith(level) && m.places.some((p) => p.name === m.name && levels.includes(p.level)))
      .map((m) => m.name),
  );
  return names.size === 1 ? [...names][0]! : null;
}

// 县教育局 on a site whose address spells one county (minhe.gov.cn) is that county's; the name's
// level word, where it has one, must fit the place (县 a county, not a district). A name with no
// level word is placed only once it has won (`bare`), so the address does not lift it over a
// written name, and never a zone, which is named after no place.
function addressLevelPlace(name: string, text: string, address: AddressClues | undefined, bare: boolean): string | null {
  const level = /^(?:自治区|[省市县区])/.exec(name)?.[0];
  const fits = (p: Place): boolean =>
    level === undefined || (level === "县" ? /[县旗]$/.test(p.name) : level === "市" ? p.name.endsWith("市") : level === "区" ? p.name.endsWith("区") : p.level === "province");
  const place = address ? addressPlace(address, text, fits) : null;
  if (!place || place.level === "township") return null;
  // 统计局 with no place or level word, on a site spelling one county (tongxin.gov.cn), is that county's.
  if (!level) return !bare || zoneBodyEnding(name) || placeRunAt(name) || name.includes(placeStem(place.name)) ? null : place.name;
  return place.name;
}

// 省发改委 in a report naming one province (湖南省人民政府办公厅) is that province's.
function soleProvince(text: string): string | null {
  const named = new Set(placeMentions(text).flatMap((m) => m.places.filter((p) => p.level === "province" && p.name === m.name).map((p) => p.name)));
  if (named.size > 0) return named.size === 1 ? [...named][0]! : null;
  // None in full: the province whose government issued the documents it cites (吉政办明电〔2014〕103号),
  // else the one province it names by its stem (门户网站辽宁统计信息网; 吉林市 is a city).
  const issuing = provincesIssuing(text);
  if (issuing.size > 0) return issuing.size === 1 ? [...issuing][0]! : null;
  const stems = allPlaces(["province"]).filter((p) => stemNamed(text, placeStem(p.name)));
  return stems.length === 1 ? stems[0]!.name : null;
}

/** True when `text` writes `stem` other than as the opening of a city's name (吉林市). */
function stemNamed(text: string, stem: string): boolean {
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    if (text[at + stem.length] !== "市") return true;
  }
  return false;
}

// 自治区人民政府办公厅 in a report writing one autonomous region, by name or short (视察新疆), is that region's.
function soleRegion(text: string): string | null {
  const named = allPlaces(["province"]).filter((p) => p.name.endsWith(LEVEL_ONLY) && text.includes(placeStem(p.name)));
  return named.length === 1 ? named[0]!.name : null;
}

function levelReference(text: string, selfType: string | null): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[我本全](市|县|区)/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, n] of counts) if (k !== selfType && (best === null || n > counts.get(best)!)) best = k;
  return best;
}
