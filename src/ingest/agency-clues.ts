/**
 * Clues to the agency filing a report: each names a candidate and where the report gives it
 * (its title, a labelled field, a sentence announcing the report, a signature …). The clues only
 * propose; `agency-scoring.ts` weighs them.
 */
import aliases from "../../data/aliases.json" with { type: "json" };
import { lineage, opensWithOldNameOnly, placeMentions, placeRunAt, placesNamed, placesStemmed, within, type Place } from "../places/gazetteer.ts";
import { organAt, organMentions, provincialBodyAt } from "../places/organs.ts";
import { isZoneName, zoneBodyEnding } from "../places/zone-names.ts";
import { trimToName } from "./agency-candidates.ts";
import { normalizeAgencyName, shortFormEnding } from "./agency-names.ts";
import { kindOfField, OFFICE_KIND_FORMS } from "./office-domain.ts";
import type { TextLine } from "./text-lines.ts";

/** Where a report gives a name for the agency filing it. */
export type ClueSource =
  | "publisher"
  | "title"
  | "heading"
  | "announced"
  | "compiled_by"
  | "signature"
  | "source_field"
  | "subject"
  | "contact"
  | "address"
  | "self_reference"
  | "translated"
  | "field"
  | "account"
  | "aggregate"
  | "mention";

export interface AgencyClue {
  name: string;
  source: ClueSource;
}

/** Words an agency's name ends with. */
export const ORG_END =
  /(?:人民政府办公室|人民政府办公厅|政府机关|人民政府|行政公署|办事处|管理处|管理所|委员会|办公室|办公厅|研究室|管理局|总局|分局|公署|政府|海关|局|委|厅|署|部|办|院|中心|站|队|乡|镇|街道|苏木|管委会|联合社|联社|供销社|联合会|残联|气象部门|中学|小学|大学|学校|幼儿园|档案馆|图书馆|博物馆|纪念馆)$/;
// A level word standing for the report's own place (区住建委 is the district's).
const LEVEL_ONLY = /^(?:自治区|[省市县区旗])$/;
const LEVEL_OPENING = /^(?:自治区|[省市县区旗])/;
// 市府办公室, 县府办: a level's government's general office, which the tagger splits apart.
const LEVEL_GENERAL_OFFICE = /^(?:自治区|[省市县区旗])府办(?:公室|公厅)?$/;
// Kinds of office the alias table writes that open with a level's character (乡村振兴局, 市场监管局).
const KIND_FORMS = new Set(OFFICE_KIND_FORMS.filter((f) => f.length >= 3));
const LEVEL_LED_KINDS = new Set(OFFICE_KIND_FORMS.filter((f) => /^[乡镇市县区省旗]/.test(f)));
const PARENTHESES = /\([^)]{0,16}\)|（[^）]{0,16}）/g;
// Words that end the phrase before a name: 现发布…, 根据…, 由…, 关于….
const LEAD_IN =
  /(?:现将|现予|特此|特|现|并|予以|向社会)?(?:发布|公布|公开|印发|编制|编写|制定|报送)|根据|按照|依据|结合|关于|对于|由|是|为|了|的|在|将|以下|本次|这是|总结/g;
const TRAILING_VERB = /(?:向社会)?(?:编制|编写|制作|发布|公布|形成)了?的?$|(?<=[署部委局厅办])(?:党组|党委|领导班子)$/;
const YEAR_LEAD = /^.*?(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年度?/;
// The run before a report's own name for itself: 现发布东风区人社局 | 2017年 | 政府信息公开工作年度报告.
// The name may hold a place in brackets (泰州医药高新区(高港区)财政局), and may be followed by the short name the report goes on to use (X(以下简称管委会)2025年度…),
// or by its other name (靖江市城南办事处(城南园区)2024年…);
// a year's 工作情况 names the report as well as its 报告 does (全面总结X2025年政府信息公开工作情况,
// 现公布2021年度X信息公开年度工作情况).
export const ANNOUNCED =
  /((?:[^\s,，。;；:：、!?|<>《》"“”()（）]|[(（][^\s()（）]{1,10}[)）](?=[^\s,，。;；:：、]))(?:[^\s,，。;；:：、!?|<>《》"“”()（）]|[(（][^\s()（）]{1,10}[)）](?=[^\s,，。;；:：、])){1,39}?)["”》]?(?:[(（](?:以下简称)?[^\s()（）]{1,10}[)）])?(?:(?:19|20)\d{2}\s*年度?|[〇零一二三四五六七八九]{4}年度?)?(?:本级)?的?["“《]?(?:政府|政务)?信息公开(?:工作)?(?:(?:19|20)\d{2}\s*年度?)?[\u4e00-\u9fff]{0,8}?(?:报告|年报|(?<=(?:19|20)\d{2}\s*年度?(?:政府|政务)?信息公开工作|信息公开年度工作)情况)/g;
// Marks between the names of bodies filing one report together (统计局•调查总队, 统计局、调查总队).
const JOINT_BODIES = /[•·・、]/;
const COMPILED_BY = /由([^\s,，。;；:：《》"“”]{3,40}?)(?:负责|组织|牵头)?(?:结合[^\s,，。;；]{0,16}?)?(?:编制|编写|制作|起草|根据|按照|依据)/g;
// A clause opening with the body that compiled the report it then names (X编制形成了《2024年…年度报告》).
const COMPILED_TITLE = /(?<=^|[\n,，。;；])([^\s,，。;；:：《》"“”]{3,40}?)(?:编制|编写)(?:形成|完成)?了?《[^《》]{0,40}?报告》/gu;
// A body summing up its year's work into the report (常熟经济技术开发区整理一年政府信息公开运转情况编写2020年度…).
const COMPILED_SUMMING_UP = /(?<=^|[\n,，。;；)）])([^\s,，。;；:：《》"“”()（）]{3,30}?)(?:整理|总结|汇总|梳理)了?(?:一年|全年|本年度?|(?:19|20)\d{2}\s*年度?)?的?(?:政府|政务)?信息公开[^，。;；]{0,12}?(?:情况|实际)[^，。;；]{0,6}?(?:编制|编写|形成)/gu;
// A report compiled from its body's year of work (根据2023年眉山市司法局信息公开工作实际编制而成,
// 结合杭州市滨江区人民政府2020年度政府信息公开工作编制而成).
const COMPILED_FROM_WORK =
  /(?:根据|结合)(?:(?:19|20)\d{2}\s*年度?)?([^\s,，。;；:：《》"“”]{3,40}?)(?:(?:19|20)\d{2}\s*年度?)?的?(?:政府|政务)?信息公开(?:工作)?(?:实际|情况|实际情况)?(?:编制|编写)/gu;
// A report published from its body's own work (结合市生态环境局工作情况,特向社会公布2019年…年度报告).
const PUBLISHED_FROM_WORK = /结合([^\s,，。;；:：《》"“”]{3,30}?)的?工作(?:实际|情况|实际情况)[,，]?\s*(?:特|现)?(?:向社会)?(?:公布|发布)[^。;；]{0,30}?报告/gu;
// A government's report compiled from the reports of the bodies under it (在2018年度西城区政府各委、办、局及
// 街道办事处的政府信息公开工作年度报告的基础上编制).
const COMPILED_FROM_REPORTS = /在(?:(?:19|20)\d{2}\s*年度?)?([^\s,，。;；:：《》"“”、]{3,30}?)各[^。;；《》]{0,30}?(?:报告|年报)的?基础上/gu;
// The body an overview opens with, after its numbered topic, the year, if any, and any clause before it
// ((一)主动公开情况。X坚持…; 在市委的领导下,X认真…; 2019年,根据县政府的工作要求,X认真…).
const SUBJECT_LINE =
  /^(?:[(（][一二三四五六七八九十]{1,3}[)）][^。;；,，]{0,16}[。:：]\s*)?(?:(?:按照|根据|依据)[^。;；]{0,60}?[,，]\s*)?(?:(?:(?:19|20)\d{2}\s*年?(?:以来|度|全年)?|本年度|本年|今年|全年|一年来)\s*[,，]*\s*)?(?:(?:按照|根据|依据)[^。;；]{0,60}?[,，]\s*)?(?:在[^。;；]{0,40}?下\s*[,，]+\s*)?(?![我本该全各][局委办区县市镇乡厅院街])([^\s,，。;；:：、]{2,30}?)(?:[(（]以下简称[^()（）]{1,10}[)）])?(?:认真|坚持|深入|全面|按照|紧紧|严格|积极|进一步|始终|高度|紧扣|围绕|切实|继续|持续|不断|立足|牢固|扎实|主要|根据|依据|以|在|把|将)/;

// The office a party committee and its government share (坪山区委(区政府)办公室): both bodies' office, its brackets no aside.
const JOINT_OFFICE = /委[(（]([区县市旗]?(?:人民)?政府)[)）]办公室/u;

/** The agency name a phrase ends with, or null when it ends with none. */
export function nameEnding(phrase: string): string | null {
  // 海口市人民政府编制了 | 2018年…报告: the verb after the name is no part of it.
  const rest = phrase.replace(JOINT_OFFICE, "委$1办公室").replace(PARENTHESES, "").replace(/^["“《]+/, "").replace(TRAILING_VERB, "");
  const name = nameRestEnds(rest);
  // 各街道办事处的…年度报告: every body of a kind, none in particular.
  return name !== null && rest.endsWith(`各${name}`) ? null : name;
}

function nameRestEnds(phrase: string): string | null {
  let rest = phrase;
  let cut = 0;
  for (const m of rest.matchAll(LEAD_IN)) cut = m.index + m[0].length;
  rest = rest.slice(cut).replace(YEAR_LEAD, "");
  if (rest.length < 2) return null;
  // 县乡村振兴局, 县市场监督管理局: a level word and a kind of office opening with a level's character.
  const level = LEVEL_OPENING.exec(rest)?.[0];
  if (level && LEVEL_LED_KINDS.has(rest.slice(level.length))) return acceptable(rest);
  // 区投资促进局: a level word and a kind the tagger knows no name in; 医疗保障局: a kind alone, which the tagger splits.
  if (level && KIND_FORMS.has(rest.slice(level.length))) return acceptable(rest);
  if (KIND_FORMS.has(rest)) return acceptable(rest);
  // 区住建委, 省外办: a level word and an office's short form, which the tagger splits apart.
  if (LEVEL_GENERAL_OFFICE.test(rest)) return acceptable(rest);
  const short = shortFormEnding(rest);
  if (short && LEVEL_ONLY.test(rest.slice(0, -short.length))) return acceptable(rest);
  const trimmed = trimToName(rest);
  const tagged = trimmed && !trimmed.anonymized ? trimmed.name : null;
  // The earliest organ, provincial body or place the phrase names opens the name (东风区人力资源和社会保障局), unless
  // the tagger reads a longer name around it (阳兴县… holds the county 兴县).
  for (let i = 0; i < rest.length - 1; i++) {
    if (organAt(rest, i) || provincialBodyAt(rest, i) || placeOpeningAt(rest, i)) {
      const opened = rest.slice(i);
      return acceptable(tagged && tagged.length > opened.length && tagged.endsWith(opened) ? tagged : opened);
    }
  }
  // A zone's committee (苏银产业园管理委员会) is named with its zone, which the tagger reads as no name.
  const zone = zoneBodyEnding(rest);
  if (zone && (!tagged || (zone.length > tagged.length && zone.endsWith(tagged)))) return acceptable(zone);
  // A county or city written by its stem (铜鼓公路分局) opens the name where the tagger reads less of it.
  const stemmed = stemOpening(rest);
  if (stemmed && (!tagged || (stemmed.length > tagged.length && stemmed.endsWith(tagged)))) return acceptable(stemmed);
  // A zone named by a stem the tagger reads as no name (蒲纺工业园区) is named whole.
  if (rest.length <= MAX_ZONE_NAME && isZoneName(rest) && (!tagged || (rest.length > tagged.length && rest.endsWith(tagged)))) return acceptable(rest);
  return tagged ? acceptable(tagged) : null;
}

/**
 * A place run opening at `i` of `rest`; an old name (安县) inside a word (阳安县) opens nothing, as
 * short old names are read in the middle of names the gazetteer does not hold.
 */
function placeOpeningAt(rest: string, i: number): boolean {
  if (!placeRunAt(rest, i)) return false;
  return i === 0 || !/\p{Script=Han}/u.test(rest[i - 1]!) || !opensWithOldNameOnly(rest, i);
}

/** Longest zone name read whole where the tagger finds no name in it. */
const MAX_ZONE_NAME = 12;

function stemOpening(rest: string): string | null {
  for (let i = 0; i < rest.length - 2; i++) {
    for (const len of [3, 2]) {
      if (placesStemmed(rest.slice(i, i + len)).some((p) => p.level === "county" || p.level === "city")) return rest.slice(i);
    }
  }
  return null;
}

function acceptable(written: string): string | null {
  // 泾县人民政府信息公开…: the 政府 read as part of 政府信息公开 belongs to the name.
  const name = written.endsWith("人民") ? `${written}政府` : written;
  if (name.length < 2 || name.length > 30) return null;
  // 本街道 or 全镇 refers to a body without naming it.
  if (LEVEL_WORD_ALONE.test(name)) return null;
  if (placeCutOut(name)) return null;
  const run = placeRunAt(name)?.length;
  if (ORG_END.test(name)) return name;
  // A place alone stands for its government (西藏自治区, 北京市), a zone for its committee (铜仁高新区).
  if (run === name.length || placesNamed(name).length > 0 || isZoneName(name)) return name;
  return subdistrictWrittenShort(name);
}

/** The 街道 a name ending in 街 writes short (白云街 → 白云街道), as it often writes itself; else null. */
export function subdistrictWrittenShort(name: string): string | null {
  return name.endsWith("街") && placesNamed(`${name}道`).length > 0 ? `${name}道` : null;
}

const BARE_LEVEL_GOVERNMENT = /^[区县](?:人民)?政府|^[区县]\p{Script=Han}{2,20}(?:局|厅|委员会|办公室|中心)$/u;

/**
 * Whether a level word stands after a name's place with no place of its own (杭州市区人民政府, 大同市区
 * 自然资源局): a mirror cut the district's name out, and the name names no body.
 */
export function placeCutOut(name: string): boolean {
  const run = placeRunAt(name)?.length;
  return run !== undefined && BARE_LEVEL_GOVERNMENT.test(name.slice(run));
}
const LEVEL_WORD_ALONE = /^[本我全该各]?(?:街道|乡|镇|苏木|区|县|市|旗|团)$/;

/** The names the phrases `pattern` captures (group 1) end with. */
function namesCaptured(text: string, pattern: RegExp, phrase: (captured: string) => string = (c) => c): string[] {
  return [...text.matchAll(pattern)].map((m) => nameEnding(phrase(m[1]!))).filter((n): n is string => n !== null);
}

/** Names announced as the report's own (现发布X2017年政府信息公开工作年度报告, 《X…年度报告》). */
export function announcedNames(text: string): string[] {
  // 《天津市政府信息公开工作年度报告编制办法》 cites rules on reports, not this report.
  return announcements(text)
    .filter((m) => !CITED_TITLE_GOES_ON.test(text.slice(m.index + m[0].length)) && !BASED_ON.test(text.slice(m.index + m[0].length)))
    .map((m) => nameEnding(m[1]!) ?? asideName(m))
    .filter((n): n is string => n !== null);
}

const OPENING_ASIDE = /^[(（]([\u4e00-\u9fff]{3,16})[)）]/u;

/**
 * The name an aside right after the announced name gives (委农办(县农业局), its place taken by a
 * mirror's domain), where the name itself names nothing.
 */
function asideName(m: RegExpExecArray): string | null {
  const after = m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length);
  const aside = OPENING_ASIDE.exec(after)?.[1];
  return aside ? nameEnding(aside) : null;
}

const CITED_TITLE_GOES_ON = /^[\u4e00-\u9fff()（）]{1,16}》/u;
// …的基础上编制: the reports this one is compiled from, not this one.
const BASED_ON = /^的?基础上/u;

const ANNOUNCED_AT = new RegExp(ANNOUNCED.source, "y");
// What every announcement holds, and how many characters other than blanks can stand before it:
// a name of at most 40, a closing quote, a short name of at most 16, a year of at most 6 (blanks
// may follow its digits), 的, an opening quote, then 政府 or 政务.
const ANNOUNCED_CORE = "信息公开";
const ANNOUNCED_REACH = 67;

/**
 * The matches of `ANNOUNCED` in `text`, as `text.matchAll(ANNOUNCED)` finds them, the pattern
 * tried only at the positions that have 信息公开 within its reach: a report names itself a few
 * times, so most positions of a page's head are passed over without running the pattern there.
 */
export function announcements(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let at = 0;
  for (;;) {
    // The nearest 信息公开 a match from `at` could hold; a match from a position too far before it
    // could reach no later one either, since a later one is as far or farther.
    const core = text.indexOf(ANNOUNCED_CORE, at + 2);
    if (core < 0) return out;
    at = Math.max(at, reachStart(text, core));
    let found = false;
    for (; at <= core - 2; at++) {
      ANNOUNCED_AT.lastIndex = at;
      const m = ANNOUNCED_AT.exec(text);
      if (m) {
        out.push(m);
        at = m.index + m[0].length;
        found = true;
        break;
      }
    }
    if (!found) at = Math.max(at, core - 1);
  }
}

/** The first position from which `core` lies within `ANNOUNCED_REACH` characters other than blanks. */
function reachStart(text: string, core: number): number {
  let start = core;
  for (let kept = 0; start > 0; start--) {
    if (!isBlank(text.charCodeAt(start - 1)) && ++kept > ANNOUNCED_REACH) break;
  }
  return start;
}

/** Whether a UTF-16 unit is one `\s` matches: ECMAScript's white space (Zs among it) and line terminators. */
export function isBlank(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Names of the body said to have compiled the report (由X编制, 由X根据…). */
export function compilerNames(text: string): string[] {
  const joined = joinWrappedWords(text);
  return [
    ...compiledBy(joined),
    ...namesCaptured(joined, COMPILED_TITLE),
    ...namesCaptured(joined, COMPILED_FROM_WORK),
    ...namesCaptured(joined, PUBLISHED_FROM_WORK),
    ...namesCaptured(joined, COMPILED_SUMMING_UP),
    ...namesCaptured(joined, COMPILED_FROM_REPORTS),
  ];
}

function compiledBy(text: string): string[] {
  return namesCaptured(text, COMPILED_BY, (captured) => {
    // 由北京市统计局、国家统计局北京调查总队编制: bodies compiling a report together file it under the first.
    const phrase = captured.replace(PARENTHESES, "").split(JOINT_BODIES)[0]!;
    // 由政务公开办公室编制, with no body before it: the disclosure office of a government compiles its report.
    return DISCLOSURE_OFFICE_ALONE.test(phrase) ? "人民政府" : compilingBody(phrase, /人民政府|政府/);
  });
}

const DISCLOSURE_OFFICE_ALONE = /^(?:政务公开|政府信息公开|信息公开)(?:工作)?(?:领导小组|协调小组)?(?:办公室|办)$/u;

/**
 * The body whose report a compiling office makes: 龙港区人民政府政务公开领导小组办公室 compiles the
 * report of 龙港区人民政府, 市政府办公厅 that of 市政府, and 锡山区人民政府厚桥街道党政办公室 that of
 * the 街道 written after its district's government. `government` is how a government's name ends.
 */
export function compilingBody(phrase: string, government: RegExp): string {
  const m = new RegExp(`^(.*?(?:${government.source}))(.*)$`).exec(phrase);
  if (!m) return phrase;
  // 常州市人民政府外事办公室 is a department of its own, written under its government, not a part of it.
  if (isOwnDepartment(m[2]!)) return phrase;
  const township = TOWNSHIP_OPENING.exec(m[2]!);
  return township ? m[1]! + township[0] : m[1]!;
}

const GOVERNMENT_PARTS = new Set(aliases.governmentParts);
const TOWNSHIP_PARTS = [...GOVERNMENT_PARTS].sort((a, b) => b.length - a.length);

/**
 * The government of a township whose office a name is (海虞镇党政办 → 海虞镇人民政府, 长河街道党政办公室 →
 * 长河街道办事处): a township keeps no departments, so its office compiles and answers for it. Null for
 * any other name.
 */
export function townshipOfOffice(name: string): string | null {
  const part = TOWNSHIP_PARTS.find((p) => name.endsWith(p) && name.length > p.length);
  if (!part) return null;
  const place = name.slice(0, -part.length);
  if (!/(?:镇|乡|街道|苏木)$/u.test(place) || !placesNamed(place).some((p) => p.level === "township")) return null;
  return `${place}${place.endsWith("街道") ? "办事处" : "人民政府"}`;
}
// The offices that compile a government's report: its disclosure office or group's office, and the
// department running its disclosure work (政务服务数据管理局, 大数据局).
const COMPILING_OFFICE = /(?:公开|小组)(?:工作)?(?:办公室|办)?$|政务服务|数据/u;
const DEPARTMENT_KIND = /(?:办公室|委员会|局|委|办|厅|室|中心)$/u;

/** Whether what a government's name is followed by (外事办公室) names a department of its own. */
function isOwnDepartment(rest: string): boolean {
  return rest.length >= 4 && DEPARTMENT_KIND.test(rest) && !GOVERNMENT_PARTS.has(rest) && !COMPILING_OFFICE.test(rest) && !TOWNSHIP_OPENING.test(rest);
}

// A township opening what follows a government's name: a stem free of the words kinds of office are
// made of (城乡, 和), then its level word, then its own office or the end.
const TOWNSHIP_OPENING = /^(?:(?![和与及城])[\u4e00-\u9fff]){2,6}?(?:街道|镇|乡|苏木)(?=$|办事处|人民政府|政府|党政|办公室|综合)/;

/**
 * A line holding only a name, over the title that names no agency (抚宁区人民政府办公室 / 2025年…年度报告);
 * of bodies filing together (A•B), the first.
 */
export function headingNames(lines: readonly TextLine[]): string[] {
  const out: string[] = [];
  const head = lines.slice(0, 8);
  head.forEach((line, i) => {
    const t = line.text.replace(/\s+/g, "");
    if (!/^[\u4e00-\u9fff()（）•·・、]{3,40}$/.test(t) || /信息公开|报告/.test(t)) return;
    const title = head.slice(i + 1, i + 3).find(isReportTitle);
    if (!title) return;
    const name = acceptable(t.replace(PARENTHESES, "").split(JOINT_BODIES)[0]!);
    // A title going on with a unit and no place (管理委员会 / 卫生健康办公室2023年…年度报告) names the unit of the body above.
    const unit = UNIT_OPENING_TITLE.exec(title.text.trim())?.[1];
    if (name) out.push(unit && !PLACE_LIKE_OPENING.test(unit) && placeMentions(unit).length === 0 ? name + unit : name);
  });
  return out;
}

// A name opening with what reads as a place (韶罗市交通运输局): a body of its own, not a unit of the one above.
const PLACE_LIKE_OPENING = /^[\u4e00-\u9fff]{2,3}?[省市县区旗]/u;
// A unit's name opening a title line, before the title's year or words (卫生健康办公室2023年政府信息公开…).
const UNIT_OPENING_TITLE = /^([\u4e00-\u9fff]{2,14}?(?:办公室|分局|局|中心|委员会|处|科|所))(?=(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}|政府信息公开|年度)/u;

/**
 * A line titling a report (2025年政府信息公开工作年度报告): a sentence of the body that speaks of the
 * report (本年度报告根据《…条例》编制。) is none, so a site's banner over it is not a heading.
 */
function isReportTitle(line: TextLine): boolean {
  return /信息公开/.test(line.text) && /报告/.test(line.text) && !/[。]/.test(line.text) && line.text.trim().length <= MAX_TITLE;
}
const MAX_TITLE = 80;

const WORK_OF_BODY = /的?(?:政府信息公开|信息公开|政务公开)工作$/u;
// 新开河街道党工委、办事处 / 兴隆镇党委、政府: the place's party committee named with its government,
// which is the body filing.
const WITH_PARTY_COMMITTEE = /(?:党工委|党委)\s*[、和与及]\s*(?=办事处|人民政府|政府)/u;

// A page flattening its lines runs the overview's heading into its first sentence (一、總體情況 開平市…).
const LEADING_HEADING = /^[一二三四五六七八九十]{1,2}[、.．]\s*\p{Script=Han}{2,8}?(?:情况|概述|概况)\s+/u;

/** The body an overview opens with (2022年,鲁山道街道办事处认真贯彻…). */
export function subjectNames(lines: readonly TextLine[]): string[] {
  const out: string[] = [];
  for (const line of lines.slice(0, 14)) {
    const m = SUBJECT_LINE.exec(line.text.trim().replace(LEADING_HEADING, "").replace(WITH_PARTY_COMMITTEE, ""));
    // 2012年省体育局政府信息公开工作在深入… (X的政府信息公开工作在…): the body, then the work of it the sentence is about.
    const name = m ? nameEnding(m[1]!.replace(WORK_OF_BODY, "")) : null;
    if (name) out.push(name);
  }
  return out;
}

// 请与东风区人力资源和社会保障局办公室联系 (可与…联系): the body whose office answers for the report.
// A page may set the name apart with spaces (请与 泰山风景名胜区管理委员会 联系).
// 请联系:长河街道办事处;联系电话…: the body named alone after the colon; 请联系湛江海关办公室…: the body whose office it is.
// A leading group's office (…重点建设项目领导小组办公室综合科) is a body of its own.
const CONTACT =
  /[请可]与\s*((?:[^\s,，。;；:：、()（）]|[(（][^()（）\s]{1,8}[)）]){3,40}?)\s*(?:的)?(?:政府信息公开|信息公开|政务公开|(?<!领导小组)办公室|办公厅|综合科|联系)|请联系[:：]?([^\s,，。;；:：、()（）]{3,40}?)(?=[;；,，。]|办公室|办公厅)/g;

const DISCLOSURE_WORK = /(?:信息公开|政务公开)$/u;

/** The body readers are asked to contact about the report. */
export function contactNames(text: string): string[] {
  // 请联系:朝阳区政府信息公开办公室: the office of a government's disclosure is the government's.
  return [...text.matchAll(CONTACT)].map((m) => nameEnding(m[1] ?? m[2]!.replace(DISCLOSURE_WORK, ""))).filter((n): n is string => n !== null);
}

// A document cited by its title (《国务院办公厅关于…的通知》, a nested 〈…〉 within) or its number
// (国办发〔2019〕14号): the body issuing it is not the one filing the report.
const CITED_DOCUMENT = /《[^《》]{0,120}》|[\u4e00-\u9fff]{1,10}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号/g;
const CITED_TITLE = /《[^《》]{0,120}》/g;

// A document issued to others (《中国气象局办公室关于印发…的通知》, 《…关于做好…的意见》): its title
// opens with its issuer, a body above the one filing the report; an office's own rules (《泉州市
// 人力资源和社会保障局政府信息公开申请办理工作实施细则》) name the office itself.
const ISSUED_DOCUMENT = /《[^《》]{0,60}关于[^《》]{0,120}》/g;

// A body whose instructions or lead the report follows (按照县财政局“三公经费”信息格式, 在市林业局的正确指导下) is above the one filing it.
const DIRECTING_BODY = /(?:按照|根据|依据|遵照)[^,，。;；、“”"《》\s]{2,20}?(?:局|委员会|委|厅|办公室|政府)(?=[“"《]|的|要求|部署|安排|统一)|在[^,，。;；]{2,30}?的?(?:正确|精心|大力|坚强|具体|悉心|有力)?(?:指导|领导)下/gu;

/** `text` with the documents it cites as issued to others, and the bodies it follows, blanked out. */
export function withoutIssuedDocuments(text: string): string {
  return text.replace(ISSUED_DOCUMENT, " ").replace(DIRECTING_BODY, " ");
}

/**
 * Names of places with an office after them and of national organs in `text` (its head), outside
 * the documents the text cites by title or number.
 */
export function mentionedNames(head: string): string[] {
  // The number's pattern tries every character as an issuer's first: only a head citing a number needs it.
  const text = head.includes("号") ? head.replace(CITED_DOCUMENT, " ") : head.replace(CITED_TITLE, " ");
  const out: string[] = [];
  for (const o of organMentions(text)) out.push(o.organ.name);
  for (let i = 0; i < text.length; i++) {
    const run = placeRunAt(text, i);
    if (!run) continue;
    OFFICE_AFTER_PLACE.lastIndex = i + run.length;
    const m = OFFICE_AFTER_PLACE.exec(text);
    if (m) out.push(text.slice(i, i + run.length) + m[0]);
    i += run.length - 1;
  }
  return out;
}

// An office right after a place's name (sticky: matched where the name ends, the text not copied).
const OFFICE_AFTER_PLACE = /[\u4e00-\u9fff]{0,14}?(?:人民政府办公室|人民政府|(?<=[乡镇])政府|行政公署|办事处|委员会|管理局|局|委|厅|办公室)/y;

// A hard-wrapped page breaks lines inside words (北京调 / 查总队); the words are read whole.
function joinWrappedWords(text: string): string {
  return text.replace(/(?<=[\u4e00-\u9fff、])\n(?=[\u4e00-\u9fff])/g, "");
}

// A name in quotes (微信公众号“大余民政”): an account named by its place's stem and its field.
const QUOTED_NAME = /[“"「]([\u4e00-\u9fff]{3,12})[”"」]/gu;

/**
 * The offices an account the report names stands for (“大余民政” of a report saying 我局 → 大余县民政局):
 * a place's stem the gazetteer knows for one county or city, then the field of an office of the
 * kind the report calls itself by (`office`: 局, 委员会).
 */
export function accountNames(text: string, office: string | null): string[] {
  if (office === null) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(QUOTED_NAME)) for (const name of fieldOfficeNames(m[1]!, office)) out.add(name);
  return [...out];
}

/**
 * The offices a name made of a place's stem and a field of work stands for (大余民政 → 大余县民政局,
 * 山西水利 → 山西省水利厅), of the kind a report calls itself by (`office`): the stem that of one
 * province, county or city.
 */
function fieldOfficeNames(named: string, office: string): string[] {
  const out: string[] = [];
  for (const len of [3, 2]) {
    const place = placesStemmed(named.slice(0, len)).find((p) => p.level === "province") ?? countyOrCityOfStem(named.slice(0, len));
    const kind = place ? kindOfField(named.slice(len), office) : null;
    if (place && kind) out.push(place.name + kind);
  }
  return out;
}

/** `name` with the stem it opens with written out as the one county or city it stands for (海口人力资源… → 海口市人力资源…). */
function stemWrittenOut(name: string): string {
  if (placeRunAt(name) !== null) return name;
  for (const len of [3, 2]) {
    const place = countyOrCityOfStem(name.slice(0, len));
    if (place) return place.name + name.slice(len);
  }
  return name;
}

/** The one county or city whose stem is `stem` (大余 → 大余县), or null where none or several are. */
function countyOrCityOfStem(stem: string): Place | null {
  const places = placesStemmed(stem).filter((p) => p.level === "county" || p.level === "city");
  // A city's stem its own district shares (淮安市, 淮安区 within it) names the city.
  const outer = places.filter((p) => !places.some((o) => o !== p && within(p, o)));
  return outer.length === 1 ? outer[0]! : null;
}

/**
 * The governments an account named after a place stands for, in a report calling itself by that
 * place's level (我区, 本县): “北京顺义” of a report saying 本区 is 顺义区人民政府. The account may
 * open with the stem of a place above (北京); the place must be the one of that stem and level.
 */
export function placeAccountNames(text: string, level: string | null): string[] {
  if (level === null || !/^[区县市旗]$/u.test(level)) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(QUOTED_NAME)) {
    const quoted = m[1]!;
    for (let cut = 0; cut <= quoted.length - 2; cut++) {
      const above = quoted.slice(0, cut);
      const places = placesStemmed(quoted.slice(cut)).filter(
        (p) => p.name.endsWith(level) && (above === "" || lineage(p).some((a) => a !== p && a.name.startsWith(above))),
      );
      if (places.length === 1) {
        out.add(`${places[0]!.name}人民政府`);
        break;
      }
    }
  }
  return [...out];
}

// 通过甘肃林业和草原局门户网站发布: a body's own site, through which the report says it published.
// A site named …网 stands right before what is done on it (在山西水利网上下载).
const OWN_SITE = /(?:通过|在|依托)([\u4e00-\u9fff]{4,16}?)(?:门户网站|官方网站|官网|网站|政务外网|政务网|网(?=上下载|上公开|上发布|政府信息|[,，。;；]))/gu;
// 我局门户网站“海口人力资源和社会保障局网站”: the report's own site, by its name in quotes.
const QUOTED_SITE = /[“"「]([\u4e00-\u9fff]{4,20}?)(?:门户网站|网站|网)[”"」]/gu;

/**
 * Bodies whose own site the report says it published through, where the name ends with the kind of
 * office the report calls itself by (`office`: 局 of 我局) and is no government's portal.
 */
export function siteNames(text: string, office: string | null): string[] {
  if (office === null) return [];
  const out = new Set<string>();
  for (const m of [...text.matchAll(OWN_SITE), ...text.matchAll(QUOTED_SITE)]) {
    // 在山西水利网上下载: a site named by its place's stem and its field.
    const name: string | null = nameEnding(m[1]!) ?? fieldOfficeNames(m[1]!, office)[0] ?? null;
    // 市外侨办 ends with 办, its full name with the 办公室 the report calls itself by.
    if (name && normalizeAgencyName(name).endsWith(office) && !/政府/u.test(name)) out.add(stemWrittenOut(name));
  }
  return [...out];
}

// A county's or city's portal named 中国 and its place's stem (在“中国永嘉”县政府门户网站上下载).
const CHINA_PORTAL = /[“"「]中国(\p{Script=Han}{2,4})[”"」]\s*(县|市|区|旗)(?:人民)?政府(?:门户)?网站?/gu;

// A body's own site named by the body's name in quotes (本报告电子版可在“长春市人民政府法制办公室”门户网站下载).
const BODY_SITE = /[“"「](\p{Script=Han}{4,30})[”"」]\s*(?:门户)?网站/gu;

/**
 * The governments whose portal, named 中国 and its place (中国永嘉), the report says it is published
 * on, and the bodies whose own site it names by their name in quotes.
 */
export function portalNames(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(CHINA_PORTAL)) {
    const place = `${m[1]}${m[2]}`;
    if (placesNamed(place).length > 0) out.add(`${place}人民政府`);
  }
  for (const m of text.matchAll(BODY_SITE)) {
    const name = nameEnding(m[1]!);
    if (name === m[1]) out.add(name);
  }
  return [...out];
}

// Words of a government's report summing up the work of every body under it.
const AGGREGATE = /各(?:级)?(?:政府机关|行政机关)|各行署|各地各部门|各地区各部门|各县(?:[(（]?市[)）]?)?区|全(?:省|区|市)各级|全(?:省|区|市)\d+个(?:县|市|区)/;
// A report made from the reports of a place's bodies (根据…北京市西城区各委、办、局…的年度报告编制而成;
// 在…北京市政府各委、办、局的…年度报告的基础上编制).
const SUMMED_FROM = /(?:根据|依据|汇总|综合|在)[^。]{0,80}?((?:\p{Script=Han}{2,8}?(?:省|自治区|市|州|盟))?\p{Script=Han}{1,8}?(?:市|区|县|旗))(?:人民)?(?:政府)?各(?:委、?办、?局|部门|委办局|级行政机关|单位)[^。]{0,60}?(?:编制|汇总|形成)/u;

// A province's report speaking for its bodies as a whole (省级行政机关…, 全省受理…), from no office of its own (我厅).
const PROVINCE_WIDE = /省级(?:行政)?机关|全省(?:共|累计|各|范围|受理|收到)/u;
const OWN_OFFICE = /[我本][局厅委办]/u;

/** The one province a report naming no office of its own speaks for as a whole (江苏省, of 《江苏省人民政府公报》…省级行政机关), or null. */
function provinceSpokenFor(text: string): string | null {
  if (!PROVINCE_WIDE.test(text) || OWN_OFFICE.test(text)) return null;
  const named = new Set(placeMentions(text).flatMap((m) => m.places.filter((p) => p.level === "province" && p.name === m.name).map((p) => p.name)));
  return named.size === 1 ? [...named][0]! : null;
}

/** The government whose bodies' reports the text says it was made from, or null. */
function summedFrom(text: string): string | null {
  const run = SUMMED_FROM.exec(text)?.[1];
  if (!run) return null;
  // The run may open with words before the place (要求及北京市西城区): the longest place it ends with.
  for (let from = 0; from < run.length - 1; from++) {
    const place = run.slice(from);
    if (placeRunAt(place)?.length === place.length || placesNamed(place).length > 0) return `${place}人民政府`;
  }
  return null;
}

/** Distinct places under one government that make its report a summary of theirs. */
const PREFECTURE = /地区/gu;
const MIN_UNITS = 3;

/**
 * The government whose report sums up its bodies' work (各政府机关…, its cities named one by one:
 * 拉萨市、阿里地区、山南地区 → 西藏自治区人民政府): the one place whose children the text lists,
 * where every place it writes lies within that one, and the text speaks of 各政府机关 or the like.
 */
export function aggregateNames(text: string): string[] {
  const summed = summedFrom(text);
  if (summed) return [summed];
  const province = provinceSpokenFor(text);
  if (province) return [`${province}人民政府`];
  if (!AGGREGATE.test(text)) return [];
  const parents = new Map<Place, Set<string>>();
  const addUnit = (p: Place): void => {
    if (p.parent === null) return;
    const units = parents.get(p.parent) ?? new Set<string>();
    units.add(p.name);
    parents.set(p.parent, units);
  };
  const named: Array<readonly Place[]> = [];
  for (const m of placeMentions(text)) {
    named.push(m.places);
    for (const p of m.places) if (p.level !== "township") addUnit(p);
  }
  // A prefecture since made a city (山南地区, now 山南市) is written by its old name, its stem kept.
  for (const m of text.matchAll(PREFECTURE)) {
    for (const p of [2, 3].flatMap((n) => placesStemmed(text.slice(Math.max(0, m.index - n), m.index)))) if (p.level === "city") addUnit(p);
  }
  const outers = [...parents].filter(([, units]) => units.size >= MIN_UNITS).map(([outer]) => outer);
  if (outers.length !== 1) return [];
  const outer = outers[0]!;
  // A place outside it (a partner city, another province) leaves whose summary it is unclear; one
  // it lies in (辽宁省 of 《辽宁省政府信息公开规定》) does not.
  return named.every((places) => places.some((p) => within(p, outer) || within(outer, p))) ? [`${outer.name}人民政府`] : [];
}
