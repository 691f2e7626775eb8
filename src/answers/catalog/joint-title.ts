/**
 * The zones a report's title names beside its own body: a district's government and the zone it
 * runs file one report under both names (广州市黄埔区人民政府 广州开发区管委会2022年…), so a question
 * naming the zone means that report.
 */
import { isZoneName } from "../../places/zone-names.ts";

// The bodies a title names before its year, parted by a blank or 、.
const NAMES_BEFORE_YEAR = /^(.+?)(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年/u;
const AUTHORITY = /(?:管理委员会|管委会)$/u;
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
    .map((p) => p.replace(AUTHORITY, ""))
    .filter((p) => p.length >= 3 && isZoneName(p));
}
