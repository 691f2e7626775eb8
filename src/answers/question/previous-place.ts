/**
 * A kind of agency asked as a follow-up without a place (那发改委呢 after a question about
 * 凉州区科学技术局): the chat's previous agency's place fills in what the question leaves out, so it
 * is asked of 凉州区's 发改委, held or not, rather than of another place's.
 */
import { namesPlace, resolveAgency, type AgencyResolution } from "../catalog/agency-resolver.ts";
import type { AgencyEntry, CatalogIndex } from "../catalog/catalog-index.ts";
import { openerLength } from "./question-opener.ts";

// 那发改委呢, 那教育局2020年的: a question that leans on the one before.
const ELLIPTICAL = /^那|呢[？?!！。.\s]*$/u;

/**
 * The resolution of `rest` (the question without its years) within `previous`'s place, with that
 * place, when `text` is shaped as a follow-up, names no place, and names a kind of agency that sits
 * in places; else null.
 */
export function askedOfPreviousPlace(
  text: string,
  rest: string,
  years: readonly number[],
  resolution: AgencyResolution,
  previous: AgencyEntry | undefined,
  index: CatalogIndex,
): { resolution: AgencyResolution; place: string } | null {
  const named = resolution.kind === "agency" ? [resolution.agency] : resolution.kind === "ambiguous" ? resolution.candidates : [];
  if (!previous || previous.places.length === 0 || named.length === 0 || named.includes(previous)) return null;
  // 黄河河务局 sits in no place of its name: it is not one of many such offices.
  if (!named.every((a) => a.places.length > 0) || !ELLIPTICAL.test(text) || namesPlace(rest, index)) return null;
  const place = previous.places.join("");
  const kind = rest.trim();
  const again = resolveAgency(`${place}${kind.slice(openerLength(kind))}`, years, index);
  return again.kind === "agency" || again.kind === "unknown" ? { resolution: again, place } : null;
}
