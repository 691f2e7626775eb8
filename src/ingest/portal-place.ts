/**
 * The place whose government's web portal a report names (遂溪县政府网, 略阳县人民政府网站, “中国·乳山”): a body
 * publishing there is one of that place's, where its address spells no place of its own.
 */
import { placeMentions, placesStemmed, type Place } from "../places/gazetteer.ts";

// The portal's name right after the place's: 人民政府网站, 政府网, 政府门户网站, 政府公众网, 人民政府门户.
const PORTAL_AFTER = /^(?:人民)?政府(?:(?:门户|公众|信息公开)?网|门户)/u;

// A portal named 中国 and its place's stem (“中国·乳山”政府信息公开网站, “中国永嘉”).
const CHINA_PORTAL = /[“"]中国\s*[·•・]?\s*(\p{Script=Han}{2,4})[”"]/gu;

/** The one place whose government portal `text` names, else null (none, or several). */
export function portalPlace(text: string): Place | null {
  const named = new Set<Place>();
  for (const m of placeMentions(text)) {
    if (m.places.length !== 1 || !PORTAL_AFTER.test(text.slice(m.at + m.name.length))) continue;
    named.add(m.places[0]!);
  }
  for (const m of text.matchAll(CHINA_PORTAL)) {
    const places = placesStemmed(m[1]!).filter((p) => p.level === "city" || p.level === "county");
    if (places.length === 1) named.add(places[0]!);
  }
  return named.size === 1 ? [...named][0]! : null;
}
