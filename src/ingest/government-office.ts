/**
 * The general office of a government, as a report that calls itself 我办 names it by its place's
 * level alone (区政府办公室, 县人民政府办, 市政府办公厅): which place it is comes from elsewhere (the
 * page's web address).
 */
import { placeStem, type Place } from "../places/gazetteer.ts";

/**
 * `人民政府办公室` (or `人民政府办公厅`) when `text` names the general office of a government of
 * `place`'s level (区政府办公室 for 汉阳区), else null.
 */
export function governmentOfficeByLevel(text: string, place: Place): string | null {
  const level = place.name.slice(placeStem(place.name).length);
  if (!/^(?:省|市|县|区|旗)$/.test(level)) return null;
  // The level opens the name (2022年,区政府办公室…), not 市区政府办 or 全区政府办.
  const pattern = new RegExp(`(?<=^|[^\\u4e00-\\u9fff]|[年由经对在将与和及])${level}(?:人民)?政府办(公室|公厅)?`, "g");
  let office = 0;
  let general = 0;
  for (const m of text.matchAll(pattern)) {
    if (m[1] === "公厅") general++;
    else office++;
  }
  if (office + general === 0) return null;
  return general > office ? "人民政府办公厅" : "人民政府办公室";
}
