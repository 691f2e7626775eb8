/**
 * The other names a report's title gives its own body: the zones a district's government files one
 * report with (广州市黄埔区人民政府 广州开发区管委会2022年…), and the second name of a body with two
 * (临空先进制造业发展局(临空先进制造业区管委会)2022年…). A question naming either means that report.
 */
import { placeRunAt } from "../../places/gazetteer.ts";
import { isZoneName, ZONE_AUTHORITY_END } from "../../places/zone-names.ts";

// The bodies a title names before its year, parted by a blank or 、.
const NAMES_BEFORE_YEAR = /^(.+?)(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年/u;
const JOINS = /[\s、]/u;

/** The zone names (广州开发区) a report's title joins to the name of the body it is filed under. */
export function zonesBeside(title: string, agency: string): string[] {
  // Most titles name one body and hold no blank or 、 at all: no pattern need run over them (start-up reads 100k).
  if (!JOINS.test(title)) return [];
  const names = NAMES_BEFORE_YEAR.exec(title)?.[1];
  if (!names || !JOINS.test(names.trim())) return [];
  const parts = names.trim().split(/[\s、]+/u);
  return parts
    .filter((p) => p !== agency && !agency.endsWith(p))
    .map((p) => p.replace(ZONE_AUTHORITY_END, ""))
    .filter((p) => p.length >= 3 && isZoneName(p));
}

// A body's second name in brackets right after its first, before the year: an office's name, or
// the township a zone's committee also governs (冶金工业园(锦丰镇)).
const SECOND_NAME = /[(（]([\u4e00-\u9fff]{4,30}(?:管委会|管理委员会|委员会|办公室|局|委|办|馆|中心)|[\u4e00-\u9fff]{2,8}(?:镇|乡|街道))[)）]\s*$/u;

/** The second name a report's title gives in brackets right after `agency` (临空先进制造业区管委会), or null. */
export function secondNameInTitle(title: string, agency: string): string | null {
  // Most titles hold no bracket before their year: no pattern need run over them.
  if (!/[(（]/u.test(title)) return null;
  const names = NAMES_BEFORE_YEAR.exec(title)?.[1]?.trim();
  if (!names) return null;
  // The title may leave out the place the body's name opens with (冶金工业园(锦丰镇) of 张家港市冶金工业园).
  const own = names.includes(agency) ? agency : agency.slice(placeRunAt(agency)?.length ?? agency.length);
  if (own.length < 2 || !names.includes(own)) return null;
  return SECOND_NAME.exec(names.slice(names.indexOf(own) + own.length))?.[1] ?? null;
}

