/**
 * A name the corpus holds no report of that a held report writes as one of its agency's own units
 * (请与尧坝镇党建办联系, 沙依巴克区信息化工作中心办公室): a question naming that unit asks about what
 * the report says of it, so the agency whose report writes the name answers.
 */
import { splitAgencyName } from "./catalog/agency-name.ts";
import type { AgencyEntry } from "./catalog/catalog-index.ts";
import type { ReportCache } from "./report-cache.ts";

/** Near agencies whose reports are read for the name; the resolver lists the likeliest first. */
const NEAR_READ = 3;
/** Shortest name looked for: a short one (党建办) may be written by any report. */
const MIN_UNIT_NAME = 5;
/** Shortest kind looked for alone in a report of the unit's own place (档案馆). */
const MIN_UNIT_KIND = 3;
// A body that files reports of its own (播州区农牧局 linked at a page's foot) is no unit of another.
const FILING_BODY = /(?:局|委员会|委|厅|政府|办事处|公署|署|部|乡|镇|街道|区|县|市|州|旗)$/u;

/**
 * The one agency of `near` whose report (of `years`, or any) writes `mention` verbatim (or, in a
 * report of the unit's place, by its level or kind alone), or null when none or several do.
 */
export async function agencyWritingUnit(mention: string, near: readonly AgencyEntry[], years: readonly number[], reports: ReportCache): Promise<AgencyEntry | null> {
  const name = mention.replace(/\s+/gu, "");
  if (name.length < MIN_UNIT_NAME || FILING_BODY.test(name)) return null;
  // A report of the unit's own place writes it by its level (县档案馆 of 奉节县档案馆) or by its kind alone.
  const { places, kind } = splitAgencyName(name);
  const place = places.at(-1);
  const local = place && kind.length >= MIN_UNIT_KIND ? [`${place.at(-1)}${kind}`, kind] : [];
  const writing: AgencyEntry[] = [];
  for (const agency of near.slice(0, NEAR_READ)) {
    const forms = place && agency.within.has(place) ? [name, ...local] : [name];
    const held = agency.reports.filter((r) => years.length === 0 || (r.year !== null && years.includes(r.year)));
    for (const summary of held) {
      const detail = await reports.get(summary.id);
      if (detail?.passages.some((p) => forms.some((f) => p.text.replace(/\s+/gu, "").includes(f)))) {
        writing.push(agency);
        break;
      }
    }
  }
  return writing.length === 1 ? writing[0]! : null;
}
