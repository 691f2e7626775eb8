/**
 * Unified social credit codes (统一社会信用代码, GB 32100) a page prints, often as the head of its
 * index number (索引号 11330700099033995K/2024-121134): an organ's code holds the division code of
 * the place it is registered in (330700, 金华市), which a mirror's spam cannot reach.
 */
import { placeOfDivisionCode, type Place } from "../places/gazetteer.ts";
import type { AddressClues } from "./address-clues.ts";

// 1 (registered by the establishment office), the kind of body, six digits of division, nine of
// organization code and a check character; letters I, O, S, V and Z never stand in a code.
const CREDIT_CODE = /(?<![0-9A-Z])1[1-9]([1-8]\d{5})[0-9A-HJ-NPQRTUWXY]{9}[0-9A-HJ-NPQRTUWXY](?![0-9A-Za-z])/g;
/** Only the page's head carries its own identifiers; codes further down may be other bodies'. */
const HEAD = 1500;

/** The places the credit codes in the head of `text` are registered in, each with its code. */
export function creditCodePlaces(text: string): Array<{ word: string; places: Place[] }> {
  const out: Array<{ word: string; places: Place[] }> = [];
  for (const m of text.slice(0, HEAD).matchAll(CREDIT_CODE)) {
    const place = placeOfDivisionCode(m[1]!);
    if (place && !out.some((o) => o.word === m[0])) out.push({ word: m[0], places: [place] });
  }
  return out;
}

/** `address` with the places the page's credit codes name, which count as the address's own. */
export function withCreditCodePlaces(address: AddressClues, text: string): AddressClues {
  const places = creditCodePlaces(text);
  return places.length === 0 ? address : { ...address, places: [...address.places, ...places] };
}
