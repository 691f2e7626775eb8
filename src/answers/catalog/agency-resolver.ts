/**
 * Resolving the agency a question names against the catalogue. The question's clues are
 * gathered — held places (凉州区, or the stem 凉州), kinds of agency (科技局 through the alias
 * groups, any tail of a stored kind such as 河务局, a group's key right after a place such as 鹤岗公安),
 * and names no held agency explains — and the candidates are the agencies that explain every kind of
 * clue the question gives: named a place and a kind, an agency of both. A place alone means its
 * government, or the office filing for it. Candidates are weighed in `agency-evidence.ts`; a name
 * the catalogue does not hold makes the question about that name.
 */
import { placesNamed } from "../../places/gazetteer.ts";
import { abbreviates } from "../../text/short-names.ts";
import { GOVERNMENT_KEY, GOVERNMENT_OFFICE_KEY, isGovernmentKind, isPlaceAuthorityKind, kindMentions, type KindMention } from "./alias-table.ts";
import { topWeighed, weighAgencies, type QuestionClues } from "./agency-evidence.ts";
import { zoneWordForms, type AgencyEntry, type CatalogIndex } from "./catalog-index.ts";
import { leadingOffice, leadingPlace, nameBefore, officeAfter, placeAfter, placeBefore, spanning, type NameSpan } from "./unheld-names.ts";
import { departmentsFollow } from "../question/metric-intent.ts";
import { levelBefore } from "./level-word.ts";
import { agencyOfFieldWritten } from "./field-written.ts";

export type AgencyResolution =
  /** `evidence`: the clues that made it win (`place:凉州 +10`, `holdsYear:2021 +2`), where weighed. */
  | { kind: "agency"; agency: AgencyEntry; evidence?: string[] }
  | { kind: "ambiguous"; candidates: AgencyEntry[] }
  /** The question names an agency or place the corpus does not hold; `near` lists similar ones. */
  | { kind: "unknown"; mention: string; near: AgencyEntry[] }
  /** A place alone with no government report: the agencies within it. */
  | { kind: "place"; place: string; agencies: AgencyEntry[] }
  | { kind: "none" };

interface Hit {
  token: string;
  index: number;
  entries: AgencyEntry[];
}

const MAX_TOKEN = 14;
const MAX_NEAR = 5;

/** Resolves the agency of `text` (a question's matching form, years removed); `years` break ties. */
export function resolveAgency(text: string, years: readonly number[], index: CatalogIndex): AgencyResolution {
  // 市政府各部门 names a group within the government, not the government asked about.
  // 新下陆街道年报按国办公开办函…: after a place and its 年报, a body named is what the report cites.
  const cited = citedAfter(text, index);
  const allMentions = kindMentions(text).filter((m) => !departmentsFollow(text, m.index + m.form.length) && m.index < cited);
  const allPlaces = maximal(scan(text, index.byPlace)).filter((h) => !insideMention(h, allMentions));
  // 石家庄通过…政务服务中心公开: a body named after a verb or preposition is what the place acted through, not the agency asked.
  const mentions = allMentions.filter((m) => !actedThrough(text, allPlaces, m.index));
  const places = allPlaces.filter((h) => !insideMention(h, mentions));
  // A tail starting inside a place (区管理委员会 of 黔江高新技术产业开发区管理委员会) reads the place's last word as its own.
  const tails = maximal(scan(text, index.byKind)).filter((h) => h.index < cited && !actedThrough(text, places, h.index) && !places.some((p) => h.index > p.index && h.index < p.index + p.token.length));
  const kindSpans: NameSpan[] = [...mentions.map((m) => ({ index: m.index, end: m.index + m.form.length })), ...tails.map(spanOf)].sort((a, b) => a.index - b.index);
  // 省审计厅, 自治区国资委: a level where a place would stand, weighed rather than read as a place.
  const level = places.length === 0 && kindSpans.length > 0 ? levelBefore(text, kindSpans[0]!.index) : null;
  const clues: QuestionClues = { text, places, years, mentions, level };
  const lastPlace = places.length > 0 ? spanOf(places.reduce((a, b) => (b.index + b.token.length > a.index + a.token.length ? b : a))) : null;
  const inPlaces = [...new Set(places.flatMap((p) => p.entries))];

  if (kindSpans.length === 0 && lastPlace === null) {
    // 平潭 of 平潭综合实验区: a place written alone whose reports are filed by the zone named after it.
    const zones = namedAfterRegion(text, index);
    if (zones.length > 0) return choose(zones, clues);
    const leading = leadingPlace(text) ?? leadingOffice(text);
    return leading ? unknown(leading, [], index) : { kind: "none" };
  }
  if (lastPlace === null) {
    const unheld = level === null ? (placeBefore(text, kindSpans[0]!) ?? nameBefore(text, kindSpans[0]!)) : null;
    if (!unheld) return choose(namedKind(mentions, tails, index), clues);
    // 示范区教育局: the end of a held name (杨凌示范区教育局), its place written by the zone's word alone.
    const ending = endingOfHeldNames(text, unheld, kindSpans[0]!, namedKind(mentions, tails, index));
    return ending.length > 0 ? choose(ending, clues) : unknown(unheld, namedKind(mentions, tails, index, MAX_NEAR), index);
  }
  // The kind named with the place: by the alias groups and stored tails, or by a group's key right
  // after the place. Read off the place's agencies: a kind alone may hold tens of thousands.
  // 南通市海门区司法局: a place held nowhere between the held one and the kind is the place asked.
  const inner = kindSpans.length > 0 ? placeAfter(text, lastPlace) : null;
  const innerKind = inner ? kindSpans.find((k) => k.index === lastPlace.index + inner.length) : undefined;
  if (innerKind) {
    return unknown(text.slice(lastPlace.index, innerKind.end), inPlaces.filter((a) => ofNamedKind(a, mentions, tails)).slice(0, MAX_NEAR), index);
  }
  const ofKind = kindSpans.length > 0 ? inPlaces.filter((a) => ofNamedKind(a, mentions, tails)) : keyedAfter(text, lastPlace, inPlaces);
  // 济宁市财政局 where only 济宁市兖州区财政局 is held: a kind written right after a place is that
  // place's own body, not the body of a place within it the question writes nowhere.
  const placeToken = text.slice(lastPlace.index, lastPlace.end);
  const kindAfterPlace = kindSpans.some((k) => k.index === lastPlace.end);
  const writes = (token: string, place: string): boolean => place.startsWith(token) || abbreviates(token, place);
  const parentOnly = (a: AgencyEntry): boolean => {
    const own = a.branch ?? a.places.at(-1);
    // Only a place of the gazetteer is a place within (城市 of 渝北区城市管理局 is the kind's own word).
    return own !== undefined && placesNamed(own).length > 0 && a.places.some((p) => p !== own && writes(placeToken, p)) && !places.some((p) => writes(p.token, own));
  };
  const both = kindAfterPlace ? ofKind.filter((a) => !parentOnly(a)) : ofKind;
  // 鄂温克旗政府办 where only the government's report is held: its office compiles that report.
  if (both.length === 0 && mentions.length > 0 && mentions.every((m) => m.key === GOVERNMENT_OFFICE_KEY) && tails.length === 0) {
    const governments = inPlaces.filter((a) => a.government);
    if (governments.length > 0) return choose(governments, clues);
  }
  // 孝感市人民政府 where only its office's report is held, or only it holds the year asked (the office
  // compiles the government's gazette and files for it): that office's report.
  const governmentNamed = kindSpans.length > 0 && mentions.every((m) => m.key === GOVERNMENT_KEY) && tails.every((t) => isGovernmentKind(t.token));
  if (governmentNamed && !both.some((a) => a.government && (years.length === 0 || holdsYear(a, years)))) {
    const filers = placeOffices(inPlaces, places).filter((a) => years.length === 0 || holdsYear(a, years));
    if (filers.length > 0) return choose(filers, clues);
  }
  if (kindSpans.length > 0 && both.length === 0) {
    return unknown(spanning(text, [...places.map(spanOf), ...kindSpans]), [...new Set([...ofKind.slice(0, MAX_NEAR), ...inPlaces.slice(0, MAX_NEAR), ...namedKind(mentions, tails, index, MAX_NEAR)])], index);
  }
  if (both.length > 0) return choose(both, clues);
  // A place alone: an office (德阳市城管局) or a place within (曲靖市麒麟区) written after it and
  // held nowhere is what is asked.
  const unheld = officeAfter(text, lastPlace!) ?? placeAfter(text, lastPlace!);
  if (unheld) return unknown(unheld, inPlaces, index);
  // The government or office of the innermost place of a run of places (两江新区 of 重庆两江新区) before one of a place around it.
  const last = places.filter((p) => p.index + p.token.length === lastPlace!.end);
  const inRun = last.some((l) => places.some((p) => p.index + p.token.length === l.index));
  const innermost = inRun ? last.flatMap((p) => p.entries) : [];
  const filing = (pool: readonly AgencyEntry[]): { governments: AgencyEntry[]; offices: AgencyEntry[] } => ({
    governments: pool.filter((a) => a.government),
    // A place whose reports are filed by its government's office (浚县人民政府办公室): that office.
    offices: placeOffices(pool, places),
  });
  const own = filing(innermost);
  const { governments, offices } = own.governments.length > 0 || own.offices.length > 0 ? own : filing(inPlaces);
  // The year asked may be filed by the place's office or by a zone governing it (平潭县 under
  // 平潭综合实验区) where its government holds none: the report of that year answers.
  if (years.length > 0 && !governments.some((a) => holdsYear(a, years))) {
    const filers = [...offices, ...zonesOver(places, inPlaces, index)].filter((a) => holdsYear(a, years));
    if (filers.length > 0) return choose(filers, clues);
  }
  if (governments.length > 0) return choose(governments, clues);
  if (offices.length > 0) return choose(offices, clues);
  // 黑龙江全省市场监管系统公示了多少件: the one agency of the place whose field the question writes.
  const ofField = agencyOfFieldWritten(text.slice(lastPlace!.end), inPlaces);
  if (ofField) return choose([ofField], clues);
  return { kind: "place", place: places[0]!.token, agencies: inPlaces };
}

/** The places an agency's name writes, a zone written by its stem and its word (重庆 | 高新技术产业开发区) whole too, in either form of its word. */
function placesWritten(a: AgencyEntry): readonly string[] {
  return a.zone ? [...a.places, a.zone, ...zoneWordForms([a.zone])] : a.places;
}

/** The general offices of the governments of the places the question writes (浚县人民政府办公室 of 浚县). */
function placeOffices(inPlaces: readonly AgencyEntry[], places: ReturnType<typeof maximal>): AgencyEntry[] {
  return inPlaces.filter((a) => a.kindKeys.includes(GOVERNMENT_OFFICE_KEY) && placesWritten(a).some((p) => places.some((h) => h.entries.includes(a) && p.startsWith(h.token))));
}

/** The governing authorities of zones within a place the text writes, whose names open with that place's word. */
function namedAfterRegion(text: string, index: CatalogIndex): AgencyEntry[] {
  const out = new Set<AgencyEntry>();
  for (const h of maximal(scan(text, index.byRegion))) {
    for (const a of h.entries) if (isPlaceAuthorityKind(a.kind) && a.name.startsWith(h.token)) out.add(a);
  }
  return [...out];
}

function holdsYear(a: AgencyEntry, years: readonly number[]): boolean {
  return a.reports.some((r) => r.year !== null && years.includes(r.year));
}

/** The governing authorities (管理委员会) of zones lying within the places the question writes. */
function zonesOver(places: readonly Hit[], named: readonly AgencyEntry[], index: CatalogIndex): AgencyEntry[] {
  const zones = new Set<AgencyEntry>();
  for (const h of places) for (const a of index.byRegion.get(h.token) ?? []) if (isPlaceAuthorityKind(a.kind) && !named.includes(a)) zones.add(a);
  return [...zones];
}

// Words between a place and a body that make the body an object of the question (通过, 在, 向, or a clause
// of a verb right before it: 萩芦镇主动公开信息的档案馆送达率), not part of a name.
const ACTED_THROUGH = /通过|依托|利用|借助|经由|[在向对给到]|(?:公开|发布|报送|送达|提供)\p{Script=Han}{0,6}的$/u;

/** Whether the kind at `at` follows the nearest place before it across a verb or preposition. */
function actedThrough(text: string, places: readonly Hit[], at: number): boolean {
  const before = places.filter((p) => p.index + p.token.length <= at);
  if (before.length === 0) return false;
  const end = Math.max(...before.map((p) => p.index + p.token.length));
  return ACTED_THROUGH.test(text.slice(end, at));
}

/** True when `text` names a place, held (凉州区, 凉州) or not (火星市 opening it). */
export function namesPlace(text: string, index: CatalogIndex): boolean {
  return scan(text, index.byPlace).length > 0 || scan(text, index.byRegion).length > 0 || leadingPlace(text) !== null;
}

/** Agencies of a kind the question names through an alias group or a stored kind's tail, at most `limit`. */
const REPORT_WORD = /年报|年度报告|报告/u;

/** Where the words after a place's report begin (the 按 of 某街道年报按…), or the text's length when the question has none. */
function citedAfter(text: string, index: CatalogIndex): number {
  const report = REPORT_WORD.exec(text);
  if (!report) return text.length;
  const placed = maximal(scan(text.slice(0, report.index), index.byPlace)).length > 0;
  return placed ? report.index + report[0].length : text.length;
}

/** Shortest name end (示范区 and a kind) that may stand for a held agency's whole name. */
const MIN_ENDING = 5;

/** The held agencies of `kinds` whose names end with what the question writes from `unheld` to the kind's end. */
function endingOfHeldNames(text: string, unheld: string, kind: NameSpan, kinds: readonly AgencyEntry[]): AgencyEntry[] {
  const at = text.lastIndexOf(unheld, kind.index);
  if (at < 0) return [];
  const written = text.slice(at, kind.end);
  if (written.length < MIN_ENDING) return [];
  return kinds.filter((a) => a.name.length > written.length && a.name.endsWith(written));
}

function namedKind(mentions: readonly KindMention[], tails: readonly Hit[], index: CatalogIndex, limit = Infinity): AgencyEntry[] {
  const set = new Set<AgencyEntry>();
  // 沟赵办事处: a held kind written whole says more than the group (办事处) it ends with.
  const named = mentions.filter((m) => !tails.some((h) => h.index <= m.index && h.index + h.token.length >= m.index + m.form.length && h.token.length > m.form.length));
  for (const list of [...named.map((m) => index.byKindKey.get(m.key) ?? []), ...tails.map((h) => h.entries)]) {
    for (const a of list) {
      if (set.size >= limit) return [...set];
      set.add(a);
    }
  }
  return [...set];
}

/** True when `a` is of a kind the question names. */
function ofNamedKind(a: AgencyEntry, mentions: readonly KindMention[], tails: readonly Hit[]): boolean {
  return mentions.some((m) => a.kindKeys.includes(m.key)) || tails.some((h) => h.entries.includes(a));
}

/** Agencies of the place whose alias group's key is written right after it (鹤岗公安, 临泽卫健). */
function keyedAfter(text: string, place: NameSpan, within: readonly AgencyEntry[]): AgencyEntry[] {
  return within.filter((a) => a.kindKeys.some((key) => key !== GOVERNMENT_KEY && text.startsWith(key, place.end)));
}

function spanOf(h: Hit): NameSpan {
  return { index: h.index, end: h.index + h.token.length };
}

function scan(text: string, map: Map<string, AgencyEntry[]>): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < text.length; i++) {
    for (let len = 2; len <= MAX_TOKEN && i + len <= text.length; len++) {
      const token = text.slice(i, i + len);
      const entries = map.get(token);
      if (entries) hits.push({ token, index: i, entries });
    }
  }
  return hits;
}

/** Drops hits inside a longer hit (凉州 inside 凉州区). */
function maximal(hits: Hit[]): Hit[] {
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.token.length > h.token.length && o.index <= h.index && o.index + o.token.length >= h.index + h.token.length),
  );
}

function insideMention(h: Hit, mentions: KindMention[]): boolean {
  return mentions.some((m) => h.index >= m.index && h.index + h.token.length <= m.index + m.form.length);
}

/**
 * The agency the candidates leave, weighed on the question's clues (see `agency-evidence.ts`):
 * the one best-scored, or the ones tied at the top when the question does not decide.
 */
function choose(candidates: AgencyEntry[], clues: QuestionClues): AgencyResolution {
  if (candidates.length === 0) return { kind: "none" };
  const top = topWeighed(weighAgencies(candidates, clues));
  if (top.length === 1) return { kind: "agency", agency: top[0]!.agency, evidence: top[0]!.evidence };
  return { kind: "ambiguous", candidates: top.map((w) => w.agency) };
}

function unknown(mention: string, near: AgencyEntry[], index: CatalogIndex): AgencyResolution {
  const found = new Set(near.slice(0, MAX_NEAR));
  if (found.size < MAX_NEAR) {
    for (const hit of index.search.search(mention, MAX_NEAR)) {
      const a = index.agencies[hit.id];
      // One shared bigram is chance; two make a near match.
      if (a && hit.matched.length >= 2 && found.size < MAX_NEAR) found.add(a);
    }
  }
  return { kind: "unknown", mention, near: [...found] };
}
