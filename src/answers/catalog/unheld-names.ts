/**
 * Names a question writes that no held agency explains: a place or office the catalogue does not
 * hold (朝阳区财政局, 番禺政数局, 德阳市城管局, 曲靖市麒麟区). Such a question is about that name, so
 * it is answered as not held rather than with a held agency it merely overlaps.
 */
import { NOT_PLACE_PARTS, PLACE_SUFFIXES } from "./alias-table.ts";
import { detectIntent } from "../question/metric-intent.ts";
import { openerLength } from "../question/question-opener.ts";
import { placesNamed } from "../../places/gazetteer.ts";

/** Where a name stands in the question: its first character and the one after its last. */
export interface NameSpan {
  index: number;
  end: number;
}

// A place word opening the question (马陆镇 of 马陆镇主动公开了多少条信息), not a phrase such as
// 全市, 本区 or 各乡镇 that stands for wherever the chat is about. A name a report withholds (XX镇)
// is written with letters: it still names a place, never the chat's agency.
const LEADING_PLACE = /^((?:[\u4e00-\u9fff]|[A-Za-z]){2,9}?(?:街道|镇|乡|县|区|旗|市|盟|州))/u;
const GENERIC_OPENING = /^[全本各我该每这那哪其城乡]/;

// An office word: a few characters ending in a suffix only agencies carry, not a phrase such as
// 的所有, 受理办结 or 局长 where the suffix character opens or ends another word, nor a hall (服务大厅), a site
// (门户网站) or a venue (查阅场所), nor what a verb acts on (公开管委会主任办公会议; 公开办 is an office).
const OFFICE = /^(?![的有在各全所是了和与及共年向对给到]|报告|通过|依托|利用|借助|经由|公开(?!办)|发布|召开|举办|开展|收到|受理)[\u4e00-\u9fff]{1,9}?(?:局|委员会|委|办公室|办|(?<!大)厅|中心|(?<!网)站|队|(?<!场)所)(?![理结件法事长面员托有属])/u;

// Words of a question's asking part that no office name holds.
const ASKING_WORD = /[了的是有在个几哪]/u;

const ZONE_AUTHORITY = /^(?:管委会|管理委员会)/u;

/** The place the question opens with when the catalogue holds nothing of it, or null. */
export function leadingPlace(text: string): string | null {
  const m = LEADING_PLACE.exec(text.slice(openerLength(text)));
  const place = m?.[1];
  // 和 or 与 opening a name (和平镇) is part of it; further in, it joins two words.
  if (!place || GENERIC_OPENING.test(place) || NOT_PLACE_PARTS.some((p) => (p.length === 1 ? place.slice(1) : place).includes(p))) return null;
  // 主动公开最多的县 is a question, not a place; 收录了哪些镇 asks which townships are held.
  // 给乡镇 (兴县给乡镇培训…) speaks of townships in general, after a verb or preposition.
  // 公众号魅力侨乡: what follows an account or site word is that account's name, not a place.
  if (/[的是在个哪了给向把被对]|乡镇|公众号|微信|微博|网站|平台|栏目|专栏/.test(place) || /有/.test(place.slice(1)) || detectIntent(place) !== null) return null;
  return place;
}

/**
 * The office the question opens with when the catalogue holds nothing of it (番禺政数局 of
 * 番禺政数局公开了多少条), or null: such a question names an agency, so it is no follow-up.
 */
export function leadingOffice(text: string): string | null {
  const rest = text.slice(openerLength(text));
  const office = OFFICE.exec(rest)?.[0];
  if (!office || office.length < 3 || GENERIC_OPENING.test(office) || /[的是有在和与个]/.test(office) || detectIntent(office) !== null) return null;
  return office;
}

/** The held place and the unheld place written right after it (曲靖市麒麟区), or null. */
export function placeAfter(text: string, place: NameSpan): string | null {
  const inner = leadingPlace(text.slice(place.end));
  // 吾合沙鲁乡公示栏公示乡村信息: a word ending in 乡 the gazetteer does not know is no place within.
  if (!inner || placesNamed(inner).length === 0) return null;
  return !/^\s/.test(text.slice(place.end)) ? text.slice(place.index, place.end) + inner : null;
}

/** The held place and the office written right after it (德阳市城管局), or null. */
export function officeAfter(text: string, place: NameSpan): string | null {
  // A zone's governing committee (广州开发区管委会) is what the zone's name stands for, no office of it.
  if (ZONE_AUTHORITY.test(text.slice(place.end))) return null;
  const m = OFFICE.exec(text.slice(place.end));
  // 设了几处便民查阅场所 is what the place did, not an office of it.
  return m && !ASKING_WORD.test(m[0]) ? text.slice(place.index, place.end + m[0].length) : null;
}

/** A place-like word written right before the first kind (朝阳区 in 朝阳区财政局), with the kind. */
export function placeBefore(text: string, kind: NameSpan): string | null {
  const before = text.slice(0, kind.index).split(/\s+/).at(-1) ?? "";
  const place = before.match(/[\u3400-\u9fff]{2,9}$/u)?.[0] ?? "";
  if (!PLACE_SUFFIXES.some((s) => place.endsWith(s) && place.length > s.length)) return null;
  return text.slice(kind.index - place.length, kind.end);
}

/**
 * The word opening the question right before the first kind (长春 in 长春档案馆, 番禺 in 番禺政数局),
 * with the kind: held nowhere as a place, it names another agency of that kind, not the one held.
 */
export function nameBefore(text: string, kind: NameSpan): string | null {
  const before = text.slice(openerLength(text), kind.index);
  if (!/^[\u4e00-\u9fff]{2,6}$/u.test(before) || GENERIC_OPENING.test(before) || /[的是有在和与个哪了级]/.test(before) || detectIntent(before) !== null) return null;
  return text.slice(kind.index - before.length, kind.end);
}

/** The stretch of the question from its first name to its last. */
export function spanning(text: string, spans: readonly NameSpan[]): string {
  const start = Math.min(...spans.map((s) => s.index));
  const end = Math.max(...spans.map((s) => s.end));
  return text.slice(start, end).trim();
}
