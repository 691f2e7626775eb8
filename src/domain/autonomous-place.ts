/**
 * Ethnic autonomous places (湘西土家族苗族自治州, 琼中黎族苗族自治县, 鄂伦春自治旗): a place stem, the
 * peoples it is named for (`autonomousPeoples` in data/aliases.json), then 自治州/县/旗. People
 * write them by the stem alone or with the level (湘西州, 湘西自治州, 琼中县).
 */
import aliases from "../../data/aliases.json" with { type: "json" };

const peoples = [...aliases.autonomousPeoples].sort((a, b) => b.length - a.length).join("|");

/** An autonomous place opening a text: the stem is group 1, the level character group 2. */
export const AUTONOMOUS_PLACE = new RegExp(`^([\\u4e00-\\u9fff]{2,5}?)(?:(?:${peoples})族?)*自治(州|县|旗)`, "u");

// An autonomous region (广西壮族自治区, 宁夏回族自治区): people write its stem alone (广西).
const AUTONOMOUS_REGION = new RegExp(`^([\\u4e00-\\u9fff]{2,3}?)(?:(?:${peoples})族?)+自治区$`, "u");

/** The short forms of an autonomous place as people write them, or [] when `place` is none. */
export function autonomousShortForms(place: string): string[] {
  const region = AUTONOMOUS_REGION.exec(place);
  if (region) return [region[1]!, `${region[1]}自治区`];
  const m = AUTONOMOUS_PLACE.exec(place);
  if (!m || m[0] !== place) return [];
  const [, stem, level] = m;
  // A place named for its people alone (鄂温克族自治旗) goes by the people's name (鄂温克旗).
  const stems = stem!.endsWith("族") && stem!.length > 2 ? [stem!, stem!.slice(0, -1)] : [stem!];
  // A prefecture with a long stem goes by its first character (博尔塔拉蒙古自治州 → 博州, 巴音郭楞 → 巴州).
  const initial = level === "州" && stem!.length >= 4 ? [`${stem![0]}州`] : [];
  return [...stems.flatMap((s) => [s, `${s}${level}`, `${s}自治${level}`]), ...initial];
}

// An ethnic township (兴发苗族彝族回族乡, 长哨营满族乡): a stem, its peoples, then 乡 or 镇.
const ETHNIC_TOWNSHIP = new RegExp(`^([\\u4e00-\\u9fff]{2,5}?)(?:(?:${peoples})族)+(乡|镇)$`, "u");

/** How an ethnic township is written without its peoples (兴发乡), or null when `place` is none. */
export function ethnicTownshipShortForm(place: string): string | null {
  const m = ETHNIC_TOWNSHIP.exec(place);
  return m ? `${m[1]}${m[2]}` : null;
}
