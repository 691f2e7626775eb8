/**
 * Resolving the agency a question names against the catalogue: places (凉州区, or the stem 凉州)
 * and kinds of agency (科技局 through the alias groups, or any tail of a stored kind such as
 * 河务局) are found in the question and intersected. A place alone means its government; a kind
 * alone resolves when one agency fits (after the question's years); otherwise candidates are listed.
 */
import { abbreviates } from "./abbreviated-name.ts";
import { GOVERNMENT_KEY, GOVERNMENT_OFFICE_KEY, NOT_PLACE_PARTS, PLACE_SUFFIXES, kindMentions, type KindMention } from "./alias-table.ts";
import type { AgencyEntry, CatalogIndex } from "./catalog-index.ts";
import { departmentsFollow, detectIntent } from "../question/metric-intent.ts";
import { openerLength } from "../question/question-opener.ts";

export type AgencyResolution =
  | { kind: "agency"; agency: AgencyEntry }
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
  const mentions = kindMentions(text).filter((m) => !departmentsFollow(text, m.index + m.form.length));
  const places = maximal(scan(text, index.byPlace)).filter((h) => !insideMention(h, mentions));
  const kinds = maximal(scan(text, index.byKind));
  const named = mentions.length > 0 || kinds.length > 0;

  if (named) {
    const kindSet = new Set<AgencyEntry>();
    for (const m of mentions) for (const a of index.byKindKey.get(m.key) ?? []) kindSet.add(a);
    for (const h of kinds) for (const a of h.entries) kindSet.add(a);
    if (places.length === 0) {
      const unknownPlace = placeBefore(text, mentions, kinds) ?? nameBefore(text, mentions, kinds);
      if (unknownPlace) return unknown(unknownPlace.mention, [...kindSet], index);
      return choose(rank([...kindSet], places, text), years, mentions);
    }
    const fitting = [...kindSet].filter((a) => places.some((p) => p.entries.includes(a)));
    if (fitting.length === 0) {
      const near = [...new Set([...places.flatMap((p) => p.entries), ...kindSet])];
      return unknown(mentionAround(text, places, mentions, kinds), near, index);
    }
    return choose(rank(fitting, places, text), years, mentions);
  }
  if (places.length > 0) {
    const within = [...new Set(places.flatMap((p) => p.entries))];
    const keyed = keyedAfterPlace(text, places, within);
    if (keyed.length > 0) return choose(rank(keyed, places, text), years);
    // 德阳市城管局 names an office the alias table does not know: no report of it is held.
    const office = unknownOffice(text, places);
    if (office) return unknown(office, within, index);
    // 曲靖市麒麟区 names a place within the one held: its reports are not the city's.
    const inner = placeAfter(text, places);
    if (inner) return unknown(inner, within, index);
    const governments = within.filter((a) => a.government);
    if (governments.length > 0) return choose(rank(governments, places, text), years);
    // A place whose reports are filed by its government's office (浚县人民政府办公室): that office.
    const offices = within.filter((a) => a.kindKeys.includes(GOVERNMENT_OFFICE_KEY) && a.places.some((p) => places.some((h) => h.entries.includes(a) && p.startsWith(h.token))));
    if (offices.length > 0) return choose(rank(offices, places, text), years);
    return { kind: "place", place: places[0]!.token, agencies: within };
  }
  const leading = leadingPlace(text) ?? leadingOffice(text);
  if (leading) return unknown(leading, [], index);
  return { kind: "none" };
}

/** True when `text` names a place, held (凉州区, 凉州) or not (火星市 opening it). */
export function namesPlace(text: string, index: CatalogIndex): boolean {
  return scan(text, index.byPlace).length > 0 || scan(text, index.byRegion).length > 0 || leadingPlace(text) !== null;
}

// A place word opening the question (马陆镇 of 马陆镇主动公开了多少条信息), not a phrase such as
// 全市, 本区 or 各乡镇 that stands for wherever the chat is about. A name a report withholds (XX镇)
// is written with letters: it still names a place, never the chat's agency.
const LEADING_PLACE = /^((?:[\u4e00-\u9fff]|[A-Za-z]){2,7}?(?:街道|镇|乡|县|区|旗|市))/u;
const GENERIC_OPENING = /^[全本各我该每这那哪其城乡]/;

/** The held place and the unheld place written right after it (曲靖市麒麟区), or null. */
function placeAfter(text: string, places: Hit[]): string | null {
  const last = places.reduce((a, b) => (b.index + b.token.length > a.index + a.token.length ? b : a));
  const end = last.index + last.token.length;
  const inner = leadingPlace(text.slice(end));
  return inner && !/^\s/.test(text.slice(end)) ? text.slice(last.index, end) + inner : null;
}

/** The place the question opens with when the catalogue holds nothing of it, or null. */
function leadingPlace(text: string): string | null {
  const m = LEADING_PLACE.exec(text.slice(openerLength(text)));
  const place = m?.[1];
  // 和 or 与 opening a name (和平镇) is part of it; further in, it joins two words.
  if (!place || GENERIC_OPENING.test(place) || NOT_PLACE_PARTS.some((p) => (p.length === 1 ? place.slice(1) : place).includes(p))) return null;
  // 主动公开最多的县 is a question, not a place; 收录了哪些镇 asks which townships are held.
  if (/[的是在个哪了]/.test(place) || /有/.test(place.slice(1)) || detectIntent(place) !== null) return null;
  return place;
}

/**
 * The office the question opens with when the catalogue holds nothing of it (番禺政数局 of
 * 番禺政数局公开了多少条), or null: such a question names an agency, so it is no follow-up.
 */
function leadingOffice(text: string): string | null {
  const rest = text.slice(openerLength(text));
  const office = OFFICE.exec(rest)?.[0];
  if (!office || office.length < 3 || GENERIC_OPENING.test(office) || /[的是有在和与个]/.test(office) || detectIntent(office) !== null) return null;
  return office;
}

/** Agencies of the place whose alias group's key is written right after it (鹤岗公安, 临泽卫健). */
function keyedAfterPlace(text: string, places: Hit[], within: AgencyEntry[]): AgencyEntry[] {
  const last = places.reduce((a, b) => (b.index + b.token.length > a.index + a.token.length ? b : a));
  const end = last.index + last.token.length;
  return within.filter((a) => a.kindKeys.some((key) => key !== GOVERNMENT_KEY && text.startsWith(key, end)));
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

/** Prefers agencies matching more of the question's places, then those whose full name or kind is written out. */
function rank(entries: AgencyEntry[], places: Hit[], text: string): AgencyEntry[] {
  const score = (a: AgencyEntry): number =>
    places.filter((p) => p.entries.includes(a)).length * 10 + (text.includes(a.name) ? 20 : 0) + (text.includes(a.kind) ? 5 : 0);
  const scored = entries.map((a) => ({ a, s: score(a) }));
  const best = Math.max(...scored.map((x) => x.s));
  return scored.filter((x) => x.s === best).map((x) => x.a);
}

function choose(candidates: AgencyEntry[], years: readonly number[], mentions: KindMention[] = []): AgencyResolution {
  if (candidates.length === 1) return { kind: "agency", agency: candidates[0]! };
  if (candidates.length === 0) return { kind: "none" };
  let left = candidates;
  if (years.length > 0) {
    const holding = candidates.filter((a) => a.reports.some((r) => r.year !== null && years.includes(r.year)));
    if (holding.length === 1) return { kind: "agency", agency: holding[0]! };
    if (holding.length > 1) left = holding;
  }
  const named = namedAsWritten(left, mentions);
  if (named.length === 1) return { kind: "agency", agency: named[0]! };
  return { kind: "ambiguous", candidates: named.length > 1 ? named : left };
}

/**
 * Of agencies an alias group joins (卫生局 and 卫生健康委员会 are both 卫健), those whose own kind the
 * question wrote or shortened (卫健委 → 卫生健康委员会): a renamed office is asked for by its name.
 */
function namedAsWritten(candidates: AgencyEntry[], mentions: KindMention[]): AgencyEntry[] {
  if (mentions.length === 0) return [];
  return candidates.filter((a) => mentions.some((m) => a.kind.endsWith(m.form) || abbreviates(m.form, a.kind)));
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

// An office word: a few characters ending in a suffix only agencies carry, not a phrase such as
// 的所有, 受理办结 or 局长 where the suffix character opens or ends another word.
const OFFICE = /^(?![的有在各全所是了和与及共])[\u4e00-\u9fff]{1,6}?(?:局|委员会|委|办公室|办|厅|中心|站|队|所)(?![理结件法事长面员托有属])/u;

/** The place and office written right after the last place of the question, when the office is named (局, 委 …). */
function unknownOffice(text: string, places: Hit[]): string | null {
  const last = places.reduce((a, b) => (b.index + b.token.length > a.index + a.token.length ? b : a));
  const end = last.index + last.token.length;
  const m = OFFICE.exec(text.slice(end));
  return m ? text.slice(last.index, end + m[0].length) : null;
}

/** A place-like word written right before the kind (朝阳区 in 朝阳区财政局) that the catalogue does not hold. */
function placeBefore(text: string, mentions: KindMention[], kinds: Hit[]): { mention: string } | null {
  const first = [...mentions.map((m) => ({ index: m.index, end: m.index + m.form.length })), ...kinds.map((k) => ({ index: k.index, end: k.index + k.token.length }))]
    .sort((a, b) => a.index - b.index)[0];
  if (!first) return null;
  const before = text.slice(0, first.index).split(/\s+/).at(-1) ?? "";
  const place = before.match(/[\u3400-\u9fff]{2,9}$/u)?.[0] ?? "";
  if (!PLACE_SUFFIXES.some((s) => place.endsWith(s) && place.length > s.length)) return null;
  return { mention: text.slice(first.index - place.length, first.end) };
}

/**
 * The word opening the question right before the kind (长春 in 长春档案馆, 番禺 in 番禺政数局) when it
 * is no place the catalogue holds: it names another agency of that kind, not the one held.
 */
function nameBefore(text: string, mentions: KindMention[], kinds: Hit[]): { mention: string } | null {
  const first = [...mentions.map((m) => ({ index: m.index, end: m.index + m.form.length })), ...kinds.map((k) => ({ index: k.index, end: k.index + k.token.length }))]
    .sort((a, b) => a.index - b.index)[0];
  if (!first) return null;
  const before = text.slice(openerLength(text), first.index);
  if (!/^[\u4e00-\u9fff]{2,6}$/u.test(before) || GENERIC_OPENING.test(before) || /[的是有在和与个哪了级]/.test(before) || detectIntent(before) !== null) return null;
  return { mention: text.slice(first.index - before.length, first.end) };
}

function mentionAround(text: string, places: Hit[], mentions: KindMention[], kinds: Hit[]): string {
  const spans = [
    ...places.map((p) => [p.index, p.index + p.token.length] as const),
    ...mentions.map((m) => [m.index, m.index + m.form.length] as const),
    ...kinds.map((k) => [k.index, k.index + k.token.length] as const),
  ];
  const start = Math.min(...spans.map((s) => s[0]));
  const end = Math.max(...spans.map((s) => s[1]));
  return text.slice(start, end).trim();
}
